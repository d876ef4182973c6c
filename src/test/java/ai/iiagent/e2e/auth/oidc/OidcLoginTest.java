package ai.iiagent.e2e.auth.oidc;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The authorization code flow with PKCE against a local OpenID provider, as a browser would walk it. */
@QuarkusTest
@WithTestResource(OidcStandIn.class)
class OidcLoginTest {

    private static final String BASE = "/auth/oauth/" + OidcStandIn.PROVIDER;

    @Test
    void givenProvider_whenCodeFlowCompleted_thenOurTokensForTheProvidersVerifiedEmail() {
        given().redirects().follow(false).when().get(BASE + "/login")
                .then().statusCode(303).header("Location", endsWith(BASE + "/callback"));

        Response toProvider = given().redirects().follow(false).when().get(BASE + "/callback");
        assertThat(toProvider.statusCode()).isEqualTo(302);
        Map<String, String> query = query(toProvider.header("Location"));
        assertThat(toProvider.header("Location")).startsWith(OidcStandIn.issuer + "/auth?");
        assertThat(query).containsEntry("response_type", "code").containsEntry("client_id", OidcStandIn.CLIENT_ID)
                .containsEntry("code_challenge_method", "S256").containsKeys("state", "code_challenge");
        assertThat(query.get("redirect_uri")).endsWith(BASE + "/callback");

        String access = given().redirects().follow(false).cookies(toProvider.cookies())
                .queryParam("code", "good-code").queryParam("state", query.get("state"))
                .when().get(BASE + "/callback")
                .then().statusCode(200).body("token_type", equalTo("bearer")).extract().path("access_token");

        OidcStandIn.server.verify(postRequestedFor(urlEqualTo("/realms/test/token"))
                .withRequestBody(containing("code_verifier=")));
        given().header("Authorization", "Bearer " + access).when().get("/auth/me")
                .then().statusCode(200).body("email", equalTo(OidcStandIn.EMAIL)).body("first_name", equalTo("Open"));
    }

    @Test
    void givenProviderWithoutVerifiedEmail_whenCodeFlowCompleted_thenRefused() {
        Response toProvider = given().redirects().follow(false).when().get(BASE + "/callback");
        String state = query(toProvider.header("Location")).get("state");

        given().redirects().follow(false).cookies(toProvider.cookies())
                .queryParam("code", "unverified-code").queryParam("state", state)
                .when().get(BASE + "/callback")
                .then().statusCode(403).contentType("application/problem+json")
                .body("code", equalTo("email_not_verified"));
    }

    @Test
    void givenProvider_whenProvidersListed_thenItsNameAndLoginUrlWithoutSecrets() {
        given().when().get("/auth/providers")
                .then().statusCode(200).body("providers.name", org.hamcrest.Matchers.contains(OidcStandIn.PROVIDER))
                .body("providers[0].login_url", equalTo(BASE + "/login"))
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("secret")));
    }

    @Test
    void givenUnknownProvider_whenLoginStarted_thenNotFound() {
        given().redirects().follow(false).when().get("/auth/oauth/nope/login")
                .then().statusCode(404).contentType("application/problem+json").body("code", equalTo("unknown_provider"));
    }

    private static Map<String, String> query(String location) {
        return Arrays.stream(URI.create(location).getRawQuery().split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0],
                        pair -> URLDecoder.decode(pair.length > 1 ? pair[1] : "", StandardCharsets.UTF_8)));
    }
}
