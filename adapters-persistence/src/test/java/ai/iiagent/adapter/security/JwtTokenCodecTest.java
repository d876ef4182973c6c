package ai.iiagent.adapter.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.domain.auth.AccessGrant;
import ai.iiagent.domain.auth.RefreshToken;
import ai.iiagent.domain.shared.AuthenticationRequiredException;
import ai.iiagent.domain.users.Email;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.domain.users.UserRole;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The token half of the bad-token matrix: every forgery and misuse is a 401 code, never a crash. */
class JwtTokenCodecTest {

    private static final String ISSUER = "ii-agent";

    @TempDir
    Path keyDir;

    private JwtTokenCodec codec() {
        return new JwtTokenCodec(SigningKeys.loadOrCreate(keyDir), ISSUER);
    }

    private static AccessGrant grant(Instant issuedAt, Duration lifetime) {
        return new AccessGrant(UserId.random(), Email.of("ada@example.org"), UserRole.ADMIN, issuedAt,
                issuedAt.plus(lifetime));
    }

    @Test
    void givenAccessToken_whenDecoded_thenSameGrant() {
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        AccessGrant grant = grant(now, Duration.ofMinutes(15));

        assertThat(codec().decodeAccess(codec().encodeAccess(grant))).isEqualTo(grant);
    }

    @Test
    void givenRefreshToken_whenDecoded_thenItsId() {
        RefreshToken token = RefreshToken.startFamily(UserId.random(), Instant.now(), Duration.ofDays(7));

        assertThat(codec().decodeRefresh(codec().encodeRefresh(token))).isEqualTo(token.id());
    }

    @Test
    void givenKeysOnDisk_whenLoadedAgain_thenTokensStillVerify() {
        String token = codec().encodeAccess(grant(Instant.now(), Duration.ofMinutes(5)));

        assertThat(new JwtTokenCodec(SigningKeys.loadOrCreate(keyDir), ISSUER).decodeAccess(token)).isNotNull();
        assertThat(keyDir.resolve(SigningKeys.PRIVATE_FILE)).exists();
    }

    @Test
    void givenExpiredAccessToken_whenDecoded_thenSessionExpired() {
        String token = codec().encodeAccess(grant(Instant.now().minus(Duration.ofHours(1)), Duration.ofMinutes(15)));

        assertCode(() -> codec().decodeAccess(token), "session_expired");
    }

    @Test
    void givenRefreshToken_whenUsedAsAccess_thenAuthError_andTheReverse() {
        RefreshToken refresh = RefreshToken.startFamily(UserId.random(), Instant.now(), Duration.ofDays(7));
        String access = codec().encodeAccess(grant(Instant.now(), Duration.ofMinutes(15)));

        assertCode(() -> codec().decodeAccess(codec().encodeRefresh(refresh)), "auth_error");
        assertCode(() -> codec().decodeRefresh(access), "auth_error");
    }

    @Test
    void givenTokenSignedByAnotherKey_whenDecoded_thenAuthError(@TempDir Path otherDir) {
        String forged = new JwtTokenCodec(SigningKeys.loadOrCreate(otherDir), ISSUER)
                .encodeAccess(grant(Instant.now(), Duration.ofMinutes(15)));

        assertCode(() -> codec().decodeAccess(forged), "auth_error");
    }

    @Test
    void givenTokenFromAnotherIssuer_whenDecoded_thenAuthError() {
        String foreign = new JwtTokenCodec(SigningKeys.loadOrCreate(keyDir), "someone-else")
                .encodeAccess(grant(Instant.now(), Duration.ofMinutes(15)));

        assertCode(() -> codec().decodeAccess(foreign), "auth_error");
    }

    @Test
    void givenAlgNoneToken_whenDecoded_thenAuthError() {
        String header = base64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        String payload = base64("{\"iss\":\"ii-agent\",\"sub\":\"" + UUID.randomUUID() + "\",\"jti\":\"x\","
                + "\"type\":\"access\",\"role\":\"admin\",\"email\":\"a@b.io\",\"iat\":1,\"exp\":4102444800}");

        assertCode(() -> codec().decodeAccess(header + "." + payload + "."), "auth_error");
    }

    @Test
    void givenHmacTokenKeyedWithOurPublicKey_whenDecoded_thenAuthError() throws Exception {
        codec(); // creates the key files first
        byte[] publicPem = Files.readAllBytes(keyDir.resolve(SigningKeys.PUBLIC_FILE));
        String confused = Jwt.issuer(ISSUER).subject(UUID.randomUUID().toString()).claim("jti", "x")
                .claim("type", "access").claim("role", "admin").claim("email", "a@b.io")
                .expiresAt(Instant.now().plusSeconds(600))
                .jws().algorithm(SignatureAlgorithm.HS256).sign(new SecretKeySpec(publicPem, "HmacSHA256"));

        assertCode(() -> codec().decodeAccess(confused), "auth_error");
    }

    @Test
    void givenTamperedPayload_whenDecoded_thenAuthError() {
        String[] parts = codec().encodeAccess(grant(Instant.now(), Duration.ofMinutes(15))).split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"role\":\"admin\"", "\"role\":\"user\"");

        assertCode(() -> codec().decodeAccess(parts[0] + "." + base64(payload) + "." + parts[2]), "auth_error");
    }

    @Test
    void givenGarbage_whenDecoded_thenAuthError() {
        assertCode(() -> codec().decodeAccess("not.a.jwt"), "auth_error");
        assertCode(() -> codec().decodeRefresh(""), "auth_error");
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertCode(Runnable decode, String code) {
        assertThatThrownBy(decode::run).isInstanceOfSatisfying(AuthenticationRequiredException.class,
                e -> assertThat(e.code().value()).isEqualTo(code));
    }
}
