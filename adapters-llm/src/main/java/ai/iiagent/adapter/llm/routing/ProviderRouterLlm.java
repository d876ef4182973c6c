package ai.iiagent.adapter.llm.routing;

import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ServiceUnavailableException;
import ai.iiagent.port.out.llm.LlmPort;
import ai.iiagent.port.out.llm.LlmRequest;
import ai.iiagent.port.out.llm.LlmStreamListener;
import ai.iiagent.port.out.llm.LlmTurn;
import java.util.Map;

/** The one {@link LlmPort} the app sees: hands each request to the adapter of its provider. */
public final class ProviderRouterLlm implements LlmPort {

    private final Map<String, LlmPort> byProvider;

    public ProviderRouterLlm(Map<String, LlmPort> byProvider) {
        this.byProvider = Map.copyOf(byProvider);
    }

    @Override
    public LlmTurn stream(LlmRequest request, CreditReservation reservation, LlmStreamListener listener) {
        LlmPort provider = byProvider.get(request.provider());
        if (provider == null) {
            throw new ServiceUnavailableException(ErrorCode.of("provider_unavailable"),
                    "no adapter for provider '" + request.provider() + "' on this server");
        }
        return provider.stream(request, reservation, listener);
    }
}
