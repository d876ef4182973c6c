package ai.iiagent.adapter.security;

import ai.iiagent.domain.auth.AccessGrant;
import ai.iiagent.domain.auth.AuthErrors;
import ai.iiagent.domain.auth.RefreshToken;
import ai.iiagent.domain.auth.RefreshTokenId;
import ai.iiagent.domain.users.Email;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.domain.users.UserRole;
import ai.iiagent.port.out.auth.TokenCodecPort;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import java.time.Instant;
import java.util.UUID;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;

/**
 * RS256 JWTs: signed with SmallRye JWT, verified with jose4j pinned to RS256 (so {@code alg:none}
 * and HMAC-with-the-public-key forgeries fail), our issuer, an expiry, and the {@code type} claim
 * that keeps access and refresh tokens apart.
 */
public final class JwtTokenCodec implements TokenCodecPort {

    static final String TYPE = "type";
    static final String ACCESS = "access";
    static final String REFRESH = "refresh";
    private static final int CLOCK_SKEW_SECONDS = 30;

    private final SigningKeys keys;
    private final String issuer;
    private final JwtConsumer consumer;

    public JwtTokenCodec(SigningKeys keys, String issuer) {
        this.keys = keys;
        this.issuer = issuer;
        this.consumer = new JwtConsumerBuilder()
                .setRequireExpirationTime()
                .setRequireSubject()
                .setRequireJwtId()
                .setAllowedClockSkewInSeconds(CLOCK_SKEW_SECONDS)
                .setExpectedIssuer(issuer)
                .setVerificationKey(keys.publicKey())
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                        AlgorithmIdentifiers.RSA_USING_SHA256)
                .build();
    }

    @Override
    public String encodeAccess(AccessGrant grant) {
        return Jwt.issuer(issuer)
                .subject(grant.userId().toString())
                .claim("jti", UUID.randomUUID().toString())
                .claim("email", grant.email().value())
                .claim("role", grant.role().code())
                .claim(TYPE, ACCESS)
                .issuedAt(grant.issuedAt())
                .expiresAt(grant.expiresAt())
                .jws().algorithm(SignatureAlgorithm.RS256).keyId(keys.keyId())
                .sign(keys.privateKey());
    }

    @Override
    public String encodeRefresh(RefreshToken token) {
        return Jwt.issuer(issuer)
                .subject(token.userId().toString())
                .claim("jti", token.id().value().toString())
                .claim(TYPE, REFRESH)
                .issuedAt(token.issuedAt())
                .expiresAt(token.expiresAt())
                .jws().algorithm(SignatureAlgorithm.RS256).keyId(keys.keyId())
                .sign(keys.privateKey());
    }

    @Override
    public AccessGrant decodeAccess(String token) {
        JwtClaims claims = verified(token, ACCESS);
        try {
            return new AccessGrant(UserId.of(UUID.fromString(claims.getSubject())),
                    Email.of(claims.getStringClaimValue("email")),
                    UserRole.fromCode(claims.getStringClaimValue("role")),
                    Instant.ofEpochSecond(claims.getIssuedAt().getValue()),
                    Instant.ofEpochSecond(claims.getExpirationTime().getValue()));
        } catch (MalformedClaimException | RuntimeException e) {
            throw AuthErrors.invalidToken("malformed access token");
        }
    }

    @Override
    public RefreshTokenId decodeRefresh(String token) {
        JwtClaims claims = verified(token, REFRESH);
        try {
            return new RefreshTokenId(UUID.fromString(claims.getJwtId()));
        } catch (MalformedClaimException | RuntimeException e) {
            throw AuthErrors.invalidToken("malformed refresh token");
        }
    }

    private JwtClaims verified(String token, String expectedType) {
        try {
            JwtClaims claims = consumer.processToClaims(token);
            if (!expectedType.equals(claims.getClaimValue(TYPE))) {
                throw AuthErrors.invalidToken("not an " + expectedType + " token");
            }
            return claims;
        } catch (InvalidJwtException e) {
            if (e.hasExpired()) {
                throw AuthErrors.expired();
            }
            throw AuthErrors.invalidToken("invalid token");
        }
    }
}
