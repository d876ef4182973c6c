package ai.iiagent.e2e.auth.oidc;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

/**
 * A local OpenID provider on WireMock: discovery document, JWKS, and a token endpoint that issues
 * RS256-signed ID tokens, answering only when the PKCE code_verifier is sent. Code
 * {@code good-code} yields a verified e-mail, {@code unverified-code} an unverified one.
 */
public class OidcStandIn implements QuarkusTestResourceLifecycleManager {

    static final String PROVIDER = "standin";
    static final String CLIENT_ID = "ii-agent-test";
    static final String EMAIL = "oidc-" + UUID.randomUUID() + "@example.org";
    private static final String KEY_ID = "stand-in-key-1";

    static WireMockServer server;
    static String issuer;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        issuer = server.baseUrl() + "/realms/test";
        KeyPair keys = rsaKeys();
        server.stubFor(get(urlEqualTo("/realms/test/.well-known/openid-configuration")).willReturn(json("""
                {"issuer":"%1$s","authorization_endpoint":"%1$s/auth","token_endpoint":"%1$s/token",
                 "jwks_uri":"%1$s/certs","response_types_supported":["code"],"subject_types_supported":["public"],
                 "id_token_signing_alg_values_supported":["RS256"],"code_challenge_methods_supported":["S256"]}
                """.formatted(issuer))));
        server.stubFor(get(urlEqualTo("/realms/test/certs")).willReturn(json(jwks((RSAPublicKey) keys.getPublic()))));
        stubToken("good-code", idToken(keys, true));
        stubToken("unverified-code", idToken(keys, false));
        return Map.of(
                "app.auth.oidc." + PROVIDER + ".auth-server-url", issuer,
                "app.auth.oidc." + PROVIDER + ".client-id", CLIENT_ID,
                "app.auth.oidc." + PROVIDER + ".client-secret", "stand-in-client-secret-with-32-plus-chars");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private static void stubToken(String code, String idToken) {
        server.stubFor(post(urlEqualTo("/realms/test/token"))
                .withRequestBody(containing("code=" + code))
                .withRequestBody(containing("code_verifier="))
                .willReturn(json("""
                        {"access_token":"%1$s","id_token":"%1$s","token_type":"Bearer","expires_in":300}
                        """.formatted(idToken))));
    }

    private static String idToken(KeyPair keys, boolean emailVerified) {
        return Jwt.issuer(issuer).audience(CLIENT_ID).subject("stand-in-subject-1")
                .claim("email", EMAIL).claim("email_verified", emailVerified)
                .claim("given_name", "Open").claim("family_name", "Id")
                .expiresIn(3600)
                .jws().algorithm(SignatureAlgorithm.RS256).keyId(KEY_ID).sign(keys.getPrivate());
    }

    private static String jwks(RSAPublicKey key) {
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        return """
                {"keys":[{"kty":"RSA","kid":"%s","use":"sig","alg":"RS256","n":"%s","e":"%s"}]}
                """.formatted(KEY_ID, url.encodeToString(unsigned(key.getModulus().toByteArray())),
                url.encodeToString(key.getPublicExponent().toByteArray()));
    }

    private static byte[] unsigned(byte[] bytes) {
        return bytes[0] == 0 ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    private static KeyPair rsaKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
