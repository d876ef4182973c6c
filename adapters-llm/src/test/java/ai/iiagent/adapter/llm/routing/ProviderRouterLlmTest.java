package ai.iiagent.adapter.llm.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.domain.credits.TokenUsage;
import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.UpstreamFailureException;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.port.out.llm.LlmCallFailedException;
import ai.iiagent.port.out.llm.LlmEndpoint;
import ai.iiagent.domain.agents.Message;
import ai.iiagent.port.out.llm.LlmPort;
import ai.iiagent.port.out.llm.LlmRequest;
import ai.iiagent.port.out.llm.LlmTurn;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Users' own endpoints: never inside our network, never their error bodies passed on. */
class ProviderRouterLlmTest {

    private final LlmPort answering = (request, reservation, listener) -> new LlmTurn("ok", "stop", TokenUsage.NONE);

    @Test
    void givenAUsersEndpointOnAPrivateOrLocalAddress_thenRefusedBeforeAnyCall() {
        ProviderRouterLlm router = new ProviderRouterLlm(Map.of("openai", (request, reservation, listener) -> {
            throw new AssertionError("must not be called");
        }), new UserEndpointGuard(false));
        for (String url : List.of("http://127.0.0.1:8080/v1", "http://127.1/v1", "http://localhost/v1",
                "http://[::1]/v1", "http://10.0.0.7/v1", "http://169.254.169.254/latest", "http://[fd00::1]/v1",
                "http://100.64.0.1/v1")) {
            assertThatThrownBy(() -> router.stream(request(LlmEndpoint.ofUser(url, "sk-user")), null, text -> { }))
                    .as(url).isInstanceOf(ValidationException.class).hasMessageContaining("refused");
        }
    }

    @Test
    void givenSystemEndpointsOrTheOperatorsPermission_thenInternalAddressesAreAllowed() {
        assertThat(new ProviderRouterLlm(Map.of("openai", answering), new UserEndpointGuard(false))
                .stream(request(new LlmEndpoint("http://127.0.0.1:1/v1", null)), null, text -> { }).text()).isEqualTo("ok");
        assertThat(new ProviderRouterLlm(Map.of("openai", answering), new UserEndpointGuard(true))
                .stream(request(LlmEndpoint.ofUser("http://127.0.0.1:1/v1", "k")), null, text -> { }).text()).isEqualTo("ok");
    }

    @Test
    void givenAFailingUsersEndpoint_thenOnlyTheStatusIsReported_notWhatItSaid() {
        ProviderRouterLlm router = new ProviderRouterLlm(Map.of("openai", (request, reservation, listener) -> {
            throw new UpstreamFailureException(ErrorCode.of("llm_provider_error"),
                    "the model provider answered 500: root:x:0:0:secret-internal-page");
        }), new UserEndpointGuard(true));

        assertThatThrownBy(() -> router.stream(request(LlmEndpoint.ofUser("http://127.0.0.1:1/v1", "k")), null, t -> { }))
                .hasMessage("your model endpoint failed with HTTP 500");
    }

    @Test
    void givenAFailingSystemProvider_thenUsersGetItsStatusAndAShortPhrase_neverItsBody() {
        ProviderRouterLlm failing = new ProviderRouterLlm(Map.of("openai", (request, reservation, listener) -> {
            throw new UpstreamFailureException(ErrorCode.of("llm_provider_error"),
                    "the model provider answered 400: {\"error\":{\"message\":\"org-canary-42 over quota\"}}");
        }), new UserEndpointGuard(false));
        assertThatThrownBy(() -> failing.stream(request(new LlmEndpoint(null, null)), null, t -> { }))
                .isInstanceOf(UpstreamFailureException.class)
                .hasMessage("the model provider failed with HTTP 400")
                .satisfies(e -> assertThat(((UpstreamFailureException) e).code().value()).isEqualTo("llm_provider_error"));

        ProviderRouterLlm midStream = new ProviderRouterLlm(Map.of("openai", (request, reservation, listener) -> {
            throw new LlmCallFailedException("the provider reported an error mid-stream: org-canary-42 context",
                    new TokenUsage(10, 3, 0, 0, 0));
        }), new UserEndpointGuard(false));
        assertThatThrownBy(() -> midStream.stream(request(new LlmEndpoint(null, null)), null, t -> { }))
                .isInstanceOf(LlmCallFailedException.class)
                .hasMessage("the model provider's stream failed")
                .satisfies(e -> assertThat(((LlmCallFailedException) e).usageSoFar().input()).isEqualTo(10));
    }

    @Test
    void givenPublicAddresses_thenTheyAreNotInternal() throws Exception {
        assertThat(UserEndpointGuard.isInternal(InetAddress.getByName("8.8.8.8"))).isFalse();
        assertThat(UserEndpointGuard.isInternal(InetAddress.getByName("2001:4860:4860::8888"))).isFalse();
        assertThat(UserEndpointGuard.isInternal(InetAddress.getByName("192.168.1.2"))).isTrue();
    }

    @Test
    void givenAUsersEndpoint_thenTheServersKeyAndBaseUrlNeverFollow() {
        LlmEndpoint users = LlmEndpoint.ofUser(null, null);
        assertThat(users.apiKeyOr("sk-operator")).isNull();
        assertThat(users.baseUrlOr("http://internal-llm:8000/v1", "https://api.openai.com/v1"))
                .isEqualTo("https://api.openai.com/v1");
        LlmEndpoint system = new LlmEndpoint(null, null);
        assertThat(system.apiKeyOr("sk-operator")).isEqualTo("sk-operator");
        assertThat(system.baseUrlOr("http://internal-llm:8000/v1", "https://api.openai.com/v1"))
                .isEqualTo("http://internal-llm:8000/v1");
    }

    private static LlmRequest request(LlmEndpoint endpoint) {
        return new LlmRequest("openai", "m", endpoint, List.of(Message.user("hi")), List.of(), 100);
    }
}
