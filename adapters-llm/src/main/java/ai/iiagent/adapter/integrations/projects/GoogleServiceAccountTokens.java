package ai.iiagent.adapter.integrations.projects;

import ai.iiagent.domain.projects.DeploymentErrors;
import ai.iiagent.domain.shared.UpstreamFailureException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * OAuth access tokens for a Google service account (RFC 7523 JWT bearer grant, as Google documents
 * for server-to-server apps): a JWT {@code {iss: client_email, scope, aud: token_uri, iat, exp}}
 * signed RS256 with the key of the service-account JSON is exchanged at its {@code token_uri} for
 * an access token, kept until a minute before it expires. The key and tokens are never logged;
 * {@link #toString()} says nothing of them.
 */
public final class GoogleServiceAccountTokens {

    static final String CLOUD_PLATFORM = "https://www.googleapis.com/auth/cloud-platform";
    private static final Duration ASSERTION_LIFETIME = Duration.ofHours(1);
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private final String clientEmail;
    private final String keyId;
    private final PrivateKey key;
    private final String tokenUri;
    private final DeployHttp http;
    private final Clock clock;
    private String token;
    private Instant expiresAt = Instant.MIN;

    /** @param serviceAccountJson the key file Google issues ({@code type: service_account}) */
    public GoogleServiceAccountTokens(String serviceAccountJson, DeployHttp http, Clock clock) {
        JsonNode account = DeployHttp.parse(serviceAccountJson.getBytes(StandardCharsets.UTF_8));
        this.clientEmail = account.path("client_email").asText("");
        this.keyId = account.path("private_key_id").asText("");
        this.tokenUri = account.path("token_uri").asText("https://oauth2.googleapis.com/token");
        if (clientEmail.isEmpty() || !account.path("private_key").isTextual()) {
            throw new IllegalArgumentException("the Google credentials are not a service-account key (client_email, private_key)");
        }
        this.key = privateKey(account.path("private_key").asText());
        this.http = http;
        this.clock = clock;
    }

    /** A valid access token, fetched again when the kept one is about to expire. */
    public synchronized String accessToken() {
        Instant now = clock.instant();
        if (token != null && now.isBefore(expiresAt.minusSeconds(60))) {
            return token;
        }
        String form = "grant_type=" + DeployHttp.encode("urn:ietf:params:oauth:grant-type:jwt-bearer") + "&assertion="
                + assertion(now);
        JsonNode answer = http.send(HttpRequest.newBuilder(java.net.URI.create(tokenUri)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (!answer.path("access_token").isTextual()) {
            throw new UpstreamFailureException(DeploymentErrors.PROVIDER_FAILED, "Google issued no access token");
        }
        token = answer.path("access_token").asText();
        expiresAt = now.plusSeconds(answer.path("expires_in").asLong(3600));
        return token;
    }

    public String clientEmail() {
        return clientEmail;
    }

    String assertion(Instant now) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("alg", "RS256");
        header.put("typ", "JWT");
        if (!keyId.isEmpty()) {
            header.put("kid", keyId);
        }
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", clientEmail);
        claims.put("scope", CLOUD_PLATFORM);
        claims.put("aud", tokenUri);
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plus(ASSERTION_LIFETIME).getEpochSecond());
        try {
            String signingInput = URL.encodeToString(DeployHttp.JSON.writeValueAsBytes(header)) + "."
                    + URL.encodeToString(DeployHttp.JSON.writeValueAsBytes(claims));
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key);
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + URL.encodeToString(rsa.sign());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("the service-account key cannot sign", e);
        }
    }

    private static PrivateKey privateKey(String pem) {
        String body = pem.replace("-----BEGIN PRIVATE KEY-----", "").replace("-----END PRIVATE KEY-----", "")
                .replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("the service-account private_key is not a PKCS#8 RSA key");
        }
    }

    @Override
    public String toString() {
        return "GoogleServiceAccountTokens[" + clientEmail + ", key=<sealed>]";
    }
}
