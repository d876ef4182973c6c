package ai.iiagent.adapter.http.credits;

import ai.iiagent.adapter.http.credits.CreditsWire.AdjustRequest;
import ai.iiagent.adapter.http.credits.CreditsWire.AdjustResponse;
import ai.iiagent.adapter.http.credits.CreditsWire.BreakResponse;
import ai.iiagent.adapter.http.credits.CreditsWire.ConsistencyResponse;
import ai.iiagent.adapter.http.credits.CreditsWire.UsageReportResponse;
import ai.iiagent.adapter.http.credits.CreditsWire.UsageTotalResponse;
import ai.iiagent.adapter.http.users.CurrentIdentity;
import ai.iiagent.domain.credits.CreditPool;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.credits.LedgerEntryType;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.in.credits.CheckLedgerConsistencyUseCase;
import ai.iiagent.port.in.credits.ConsistencyReport;
import ai.iiagent.port.in.credits.CreditGrant;
import ai.iiagent.port.in.credits.GetUsageReportQuery;
import ai.iiagent.port.in.credits.GetUsageReportUseCase;
import ai.iiagent.port.in.credits.GrantCreditsCommand;
import ai.iiagent.port.in.credits.GrantCreditsUseCase;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Operators: adjust a balance, usage by user or model, and the ledger consistency check. */
@Path("/v1/admin")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminCreditsResource {

    private final CurrentIdentity caller;
    private final GrantCreditsUseCase grant;
    private final GetUsageReportUseCase report;
    private final CheckLedgerConsistencyUseCase consistency;

    public AdminCreditsResource(CurrentIdentity caller, GrantCreditsUseCase grant, GetUsageReportUseCase report,
                                CheckLedgerConsistencyUseCase consistency) {
        this.caller = caller;
        this.grant = grant;
        this.report = report;
        this.consistency = consistency;
    }

    @POST
    @Path("/credits/adjust")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add or remove credits (signed amount); send Idempotency-Key to make a retry safe")
    public AdjustResponse adjust(AdjustRequest body, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        if (body == null || body.userId() == null || body.amount() == null) {
            throw new ValidationException("user_id and amount are required");
        }
        if (body.reason() == null || body.reason().isBlank() || body.reason().length() > 500) {
            throw new ValidationException("a reason (1 to 500 characters) is required for the audit trail");
        }
        CreditPool pool = body.pool() == null ? CreditPool.REGULAR : CreditPool.fromCode(body.pool());
        String key = "admin:" + (idempotencyKey == null || idempotencyKey.isBlank() ? UUID.randomUUID() : idempotencyKey.strip());
        CreditGrant result = grant.grant(new GrantCreditsCommand(UserId.of(body.userId()), new Credits(body.amount()), pool,
                LedgerEntryType.ADJUSTMENT, key, body.reason().strip() + " (by " + caller.get().userId() + ")"));
        return new AdjustResponse(result.applied(), result.regular().value(), result.bonus().value());
    }

    @GET
    @Path("/usage")
    @Operation(summary = "Usage totals by user or model between from (inclusive) and to (exclusive), ISO-8601")
    public UsageReportResponse usage(@QueryParam("group_by") String groupBy, @QueryParam("from") String from,
                                     @QueryParam("to") String to) {
        Instant end = to == null ? Instant.now() : instant("to", to);
        Instant start = from == null ? end.minusSeconds(30L * 24 * 3600) : instant("from", from);
        GetUsageReportQuery query = new GetUsageReportQuery(groupBy == null ? "user" : groupBy, start, end);
        return new UsageReportResponse(query.groupBy(), start, end,
                report.report(query).stream().map(UsageTotalResponse::of).toList());
    }

    @GET
    @Path("/credits/consistency")
    @Operation(summary = "Checks that every balance equals its ledger and every reservation its entries")
    public ConsistencyResponse consistency() {
        ConsistencyReport found = consistency.check();
        return new ConsistencyResponse(found.consistent(), found.breaks().stream().map(BreakResponse::of).toList());
    }

    private static Instant instant(String name, String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new ValidationException(name + " must be an ISO-8601 instant such as 2026-12-01T00:00:00Z");
        }
    }
}
