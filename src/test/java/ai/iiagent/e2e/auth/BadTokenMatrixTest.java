package ai.iiagent.e2e.auth;

import static ai.iiagent.e2e.auth.Accounts.bearer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import ai.iiagent.adapter.security.JwtTokenCodec;
import ai.iiagent.adapter.security.SigningKeys;
import ai.iiagent.domain.auth.AccessGrant;
import ai.iiagent.domain.users.Email;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.domain.users.UserRole;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every way a bearer credential can be wrong ends in 401 problem+json with a stable code. */
@QuarkusTest
class BadTokenMatrixTest {

    @ConfigProperty(name = "app.data-dir")
    String dataDir;

    @TempDir
    Path otherKeys;

    private SigningKeys serverKeys() {
        return SigningKeys.loadOrCreate(Path.of(dataDir, "keys"));
    }

    @Test
    void noCredential_isAuthenticationRequired() {
        given().when().get("/auth/me").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer").body("code", equalTo("authentication_required"));
    }

    @Test
    void garbage_isAuthError() {
        rejected("definitely-not-a-token", "auth_error");
    }

    @Test
    void algNone_isAuthError() {
        JsonPath user = Accounts.register(Accounts.uniqueEmail("none"));
        String payload = b64("{\"iss\":\"ii-agent\",\"sub\":\"" + subjectOf(user) + "\",\"jti\":\"x\",\"type\":\"access\","
                + "\"role\":\"admin\",\"email\":\"a@b.io\",\"iat\":1,\"exp\":4102444800}");
        rejected(b64("{\"alg\":\"none\"}") + "." + payload + ".", "auth_error");
    }

    @Test
    void signedWithAnotherKey_isAuthError() {
        rejected(new JwtTokenCodec(SigningKeys.loadOrCreate(otherKeys), "ii-agent").encodeAccess(grantForNewUser()),
                "auth_error");
    }

    @Test
    void otherIssuer_isAuthError() {
        rejected(new JwtTokenCodec(serverKeys(), "evil-issuer").encodeAccess(grantForNewUser()), "auth_error");
    }

    @Test
    void expired_isSessionExpired() {
        AccessGrant fresh = grantForNewUser();
        Instant past = Instant.now().minus(Duration.ofHours(2));
        AccessGrant expired = new AccessGrant(fresh.userId(), fresh.email(), fresh.role(), past, past.plusSeconds(900));
        rejected(new JwtTokenCodec(serverKeys(), "ii-agent").encodeAccess(expired), "session_expired");
    }

    @Test
    void refreshTokenUsedAsAccessToken_isAuthError() {
        rejected(Accounts.register(Accounts.uniqueEmail("swap")).getString("refresh_token"), "auth_error");
    }

    @Test
    void tamperedPayload_isAuthError() {
        String[] parts = Accounts.accessTokenOfNewUser("tamper").split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replaceAll("\"role\":\"[a-z]+\"", "\"role\":\"admin\"").replace("\"email\":\"", "\"email\":\"x");
        rejected(parts[0] + "." + b64(payload) + "." + parts[2], "auth_error");
    }

    @Test
    void hmacSignedWithOurPublicKey_isAuthError() throws Exception {
        serverKeys();
        byte[] publicPem = Files.readAllBytes(Path.of(dataDir, "keys", "jwt-public.pem"));
        String forged = io.smallrye.jwt.build.Jwt.issuer("ii-agent").subject(UUID.randomUUID().toString())
                .claim("jti", "x").claim("type", "access").claim("role", "admin").claim("email", "a@b.io")
                .expiresAt(Instant.now().plusSeconds(600))
                .jws().algorithm(io.smallrye.jwt.algorithm.SignatureAlgorithm.HS256)
                .sign(new javax.crypto.spec.SecretKeySpec(publicPem, "HmacSHA256"));
        rejected(forged, "auth_error");
    }

    @Test
    void tokenOfUnknownUser_isAuthError() {
        AccessGrant ghost = new AccessGrant(UserId.random(), Email.of("ghost@example.org"), UserRole.ADMIN,
                Instant.now(), Instant.now().plusSeconds(600));
        rejected(new JwtTokenCodec(serverKeys(), "ii-agent").encodeAccess(ghost), "auth_error");
    }

    @Test
    void unknownApiKey_isAuthError() {
        rejected("ii_" + "x".repeat(40), "auth_error");
    }

    private AccessGrant grantForNewUser() {
        JsonPath user = Accounts.register(Accounts.uniqueEmail("matrix"));
        return new AccessGrant(UserId.of(UUID.fromString(subjectOf(user))), Email.of("m@example.org"), UserRole.USER,
                Instant.now(), Instant.now().plusSeconds(600));
    }

    private static String subjectOf(JsonPath tokens) {
        String payload = tokens.getString("access_token").split("\\.")[1];
        return JsonPath.from(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8)).getString("sub");
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static void rejected(String credential, String code) {
        given().header("Authorization", bearer(credential)).when().get("/auth/me")
                .then().statusCode(401).contentType("application/problem+json").body("code", equalTo(code));
    }
}
