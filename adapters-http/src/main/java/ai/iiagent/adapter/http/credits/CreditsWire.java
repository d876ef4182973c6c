package ai.iiagent.adapter.http.credits;

import ai.iiagent.domain.credits.LedgerBreak;
import ai.iiagent.domain.credits.LedgerEntry;
import ai.iiagent.domain.credits.SessionUsage;
import ai.iiagent.domain.credits.UsageTotal;
import ai.iiagent.port.in.credits.CreditBalance;
import ai.iiagent.port.in.credits.CreditHistory;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Wire shapes of the credits API (reference §3.2, snake_case by the app's Jackson settings). */
final class CreditsWire {

    private CreditsWire() {
    }

    record BalanceResponse(UUID userId, BigDecimal credits, BigDecimal bonusCredits, BigDecimal totalCredits,
                           BigDecimal heldCredits, boolean reconciliationRequired) {
        static BalanceResponse of(CreditBalance balance) {
            return new BalanceResponse(balance.userId().value(), balance.regular().value(), balance.bonus().value(),
                    balance.total().value(), balance.held().value(), balance.reconciliationRequired());
        }
    }

    record TransactionResponse(UUID id, String transactionType, String creditType, BigDecimal amount,
                               BigDecimal balanceAfter, UUID reservationId, UUID sessionId, UUID runId, String modelId,
                               String toolName, String description, Instant createdAt) {
        static TransactionResponse of(LedgerEntry entry) {
            return new TransactionResponse(entry.id(), entry.type().code(), entry.pool().code(), entry.amount().value(),
                    entry.balanceAfter().value(), entry.reservationId() == null ? null : entry.reservationId().value(),
                    entry.subject().sessionId(), entry.subject().runId(), entry.subject().modelId(),
                    entry.subject().toolName(), entry.description(), entry.createdAt());
        }
    }

    record HistoryResponse(List<TransactionResponse> transactions, long total, int page, int perPage) {
        static HistoryResponse of(CreditHistory history) {
            return new HistoryResponse(history.entries().stream().map(TransactionResponse::of).toList(), history.total(),
                    history.page(), history.perPage());
        }
    }

    record SessionUsageResponse(UUID sessionId, String sessionTitle, BigDecimal credits, long calls, long inputTokens,
                                long outputTokens, long cacheReadTokens, long cacheWriteTokens, long reasoningTokens,
                                Instant updatedAt) {
        static SessionUsageResponse of(SessionUsage usage) {
            return new SessionUsageResponse(usage.sessionId(), usage.sessionTitle(), usage.credits().value(),
                    usage.calls(), usage.inputTokens(), usage.outputTokens(), usage.cacheReadTokens(),
                    usage.cacheWriteTokens(), usage.reasoningTokens(), usage.lastUsedAt());
        }
    }

    record UsageListResponse(List<SessionUsageResponse> sessions, long total, int page, int perPage) {
    }

    record SessionCostResponse(UUID sessionId, String sessionTitle, BigDecimal totalCredits, long calls,
                               List<TransactionResponse> items, long totalItems, int page, int perPage) {
    }

    record AdjustRequest(UUID userId, BigDecimal amount, String pool, String reason) {
    }

    record AdjustResponse(boolean applied, BigDecimal credits, BigDecimal bonusCredits) {
    }

    record UsageTotalResponse(String key, BigDecimal credits, BigDecimal usd, long calls, long inputTokens,
                              long outputTokens) {
        static UsageTotalResponse of(UsageTotal total) {
            return new UsageTotalResponse(total.key(), total.credits().value(), total.usd(), total.calls(),
                    total.inputTokens(), total.outputTokens());
        }
    }

    record UsageReportResponse(String groupBy, Instant from, Instant to, List<UsageTotalResponse> rows) {
    }

    record BreakResponse(UUID userId, String kind, String detail) {
        static BreakResponse of(LedgerBreak found) {
            return new BreakResponse(found.userId().value(), found.kind(), found.detail());
        }
    }

    record ConsistencyResponse(boolean consistent, List<BreakResponse> breaks) {
    }
}
