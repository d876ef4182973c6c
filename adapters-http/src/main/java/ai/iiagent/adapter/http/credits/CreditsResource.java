package ai.iiagent.adapter.http.credits;

import ai.iiagent.adapter.http.credits.CreditsWire.BalanceResponse;
import ai.iiagent.adapter.http.credits.CreditsWire.HistoryResponse;
import ai.iiagent.adapter.http.credits.CreditsWire.SessionCostResponse;
import ai.iiagent.adapter.http.credits.CreditsWire.SessionUsageResponse;
import ai.iiagent.adapter.http.credits.CreditsWire.TransactionResponse;
import ai.iiagent.adapter.http.credits.CreditsWire.UsageListResponse;
import ai.iiagent.adapter.http.users.CurrentIdentity;
import ai.iiagent.domain.credits.LedgerEntryType;
import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.in.credits.GetCreditBalanceQuery;
import ai.iiagent.port.in.credits.GetCreditBalanceUseCase;
import ai.iiagent.port.in.credits.GetSessionUsageQuery;
import ai.iiagent.port.in.credits.GetSessionUsageUseCase;
import ai.iiagent.port.in.credits.ListCreditHistoryQuery;
import ai.iiagent.port.in.credits.ListCreditHistoryUseCase;
import ai.iiagent.port.in.credits.ListSessionUsageQuery;
import ai.iiagent.port.in.credits.ListSessionUsageUseCase;
import ai.iiagent.port.in.credits.SessionCost;
import ai.iiagent.port.in.credits.SessionUsagePage;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The caller's own credits: balance, ledger history and what each session cost. */
@Path("/v1/credits")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class CreditsResource {

    private final CurrentIdentity caller;
    private final GetCreditBalanceUseCase balance;
    private final ListCreditHistoryUseCase history;
    private final ListSessionUsageUseCase usage;
    private final GetSessionUsageUseCase sessionUsage;

    public CreditsResource(CurrentIdentity caller, GetCreditBalanceUseCase balance, ListCreditHistoryUseCase history,
                           ListSessionUsageUseCase usage, GetSessionUsageUseCase sessionUsage) {
        this.caller = caller;
        this.balance = balance;
        this.history = history;
        this.usage = usage;
        this.sessionUsage = sessionUsage;
    }

    @GET
    @Path("/balance")
    @Operation(summary = "Regular and bonus credits of the caller")
    public BalanceResponse balance() {
        return BalanceResponse.of(balance.balance(new GetCreditBalanceQuery(me())));
    }

    @GET
    @Path("/history")
    @Operation(summary = "The caller's ledger, newest first; filter with transaction_type")
    public HistoryResponse history(@QueryParam("page") @DefaultValue("1") int page,
                                   @QueryParam("per_page") @DefaultValue("20") int perPage,
                                   @QueryParam("transaction_type") String type) {
        Optional<LedgerEntryType> filter = type == null || type.isBlank() ? Optional.empty()
                : Optional.of(LedgerEntryType.fromCode(type));
        return HistoryResponse.of(history.history(new ListCreditHistoryQuery(me(), filter, page, perPage)));
    }

    @GET
    @Path("/usage")
    @Operation(summary = "What each of the caller's sessions cost, most recently used first")
    public UsageListResponse usage(@QueryParam("page") @DefaultValue("1") int page,
                                   @QueryParam("per_page") @DefaultValue("20") int perPage) {
        SessionUsagePage found = usage.list(new ListSessionUsageQuery(me(), page, perPage));
        return new UsageListResponse(found.sessions().stream().map(SessionUsageResponse::of).toList(), found.total(),
                found.page(), found.perPage());
    }

    @GET
    @Path("/usage/{session_id}")
    @Operation(summary = "One session's cost and the ledger entries booked for it")
    public SessionCostResponse sessionUsage(@PathParam("session_id") String sessionId,
                                            @QueryParam("page") @DefaultValue("1") int page,
                                            @QueryParam("per_page") @DefaultValue("20") int perPage) {
        SessionCost cost = sessionUsage.usage(new GetSessionUsageQuery(me(), parse(sessionId), page, perPage));
        return new SessionCostResponse(cost.usage().sessionId(), cost.usage().sessionTitle(),
                cost.usage().credits().value(), cost.usage().calls(),
                cost.items().entries().stream().map(TransactionResponse::of).toList(), cost.items().total(),
                cost.items().page(), cost.items().perPage());
    }

    private UserId me() {
        return caller.get().userId();
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ValidationException(ErrorCode.of("invalid_session_id"), "session_id is not a UUID");
        }
    }
}
