package ai.iiagent.adapter.llm.routing;

import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ServiceUnavailableException;
import ai.iiagent.port.out.llm.LlmCallFailedException;
import ai.iiagent.port.out.llm.LlmPort;
import ai.iiagent.port.out.llm.LlmRequest;
import ai.iiagent.port.out.llm.LlmStreamListener;
import ai.iiagent.port.out.llm.LlmTurn;
import ai.iiagent.domain.shared.UpstreamFailureException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one {@link LlmPort} the app sees: hands each request to the adapter of its provider; a user's
 * own endpoint is checked against private networks first, and its error bodies are not passed on.
 */
public final class ProviderRouterLlm implements LlmPort {

    private static final Pattern STATUS = Pattern.compile("answered (\\d{3})");

    private final Map<String, LlmPort> byProvider;
    private final UserEndpointGuard guard;

    public ProviderRouterLlm(Map<String, LlmPort> byProvider, UserEndpointGuard guard) {
        this.byProvider = Map.copyOf(byProvider);
        this.guard = guard;
    }

    @Override
    public LlmTurn stream(LlmRequest request, CreditReservation reservation, LlmStreamListener listener) {
        LlmPort provider = byProvider.get(request.provider());
        if (provider == null) {
            throw new ServiceUnavailableException(ErrorCode.of("provider_unavailable"),
                    "no adapter for provider '" + request.provider() + "' on this server");
        }
        if (!request.endpoint().userOwned()) {
            return provider.stream(request, reservation, listener);
        }
        guard.check(request.endpoint().baseUrl());
        try {
            return provider.stream(request, reservation, listener);
        } catch (LlmCallFailedException e) {
            throw new LlmCallFailedException("your model endpoint's stream failed", e.usageSoFar());
        } catch (UpstreamFailureException e) {
            // Never echo what a user-chosen endpoint answered: only whether and how it failed.
            Matcher status = STATUS.matcher(e.getMessage());
            throw new UpstreamFailureException(e.code(), "your model endpoint failed"
                    + (status.find() ? " with HTTP " + status.group(1) : ""));
        }
    }
}
