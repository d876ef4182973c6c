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
import org.jboss.logging.Logger;

/**
 * The one {@link LlmPort} the app sees: hands each request to the adapter of its provider; a user's
 * own endpoint is checked against private networks first. No provider's error body is passed on
 * (it may hold account details, or anything a user-chosen endpoint answers): the server log keeps
 * it, users get the HTTP status and a short phrase.
 */
public final class ProviderRouterLlm implements LlmPort {

    private static final Logger LOG = Logger.getLogger(ProviderRouterLlm.class);
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
        boolean users = request.endpoint().userOwned();
        if (users) {
            guard.check(request.endpoint().baseUrl());
        }
        String who = users ? "your model endpoint" : "the model provider";
        try {
            return provider.stream(request, reservation, listener);
        } catch (LlmCallFailedException e) {
            LOG.warnf("model call to %s/%s failed mid-stream: %s", request.provider(), request.modelId(), e.getMessage());
            throw new LlmCallFailedException(who + "'s stream failed", e.usageSoFar());
        } catch (UpstreamFailureException e) {
            LOG.warnf("model call to %s/%s failed: %s", request.provider(), request.modelId(), e.getMessage());
            Matcher status = STATUS.matcher(e.getMessage());
            throw new UpstreamFailureException(e.code(), who + " failed" + (status.find() ? " with HTTP " + status.group(1) : ""));
        }
    }
}
