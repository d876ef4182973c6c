package ai.iiagent.port.out.tools;

import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.credits.Credits;

/**
 * Billed work a tool does in several parts within one call: each query of {@code web_batch_search},
 * each page of {@code web_visit_compress}, a cheap model extracting an answer from a page. Every
 * part holds its own reservation through metering before it runs and settles what it cost (or
 * releases the hold when it fails), exactly like a tool call; the tool's own call then declares
 * only what it spends itself. Implemented by metering; thread-safe, parts may run in parallel.
 */
public interface ToolParts {

    /**
     * Runs one paid part of {@code call} holding {@code maxCost}, recorded for {@code toolName};
     * {@code part} names it within the call (e.g. {@code q2}) so a retried part never holds twice.
     *
     * @throws RuntimeException what the work threw (its hold released), or the credits refusal
     */
    <T> T paid(ToolInvocation call, String toolName, String part, Credits maxCost, PaidPart<T> work);

    /**
     * One call of the model configured for extraction (a cheap one; the offline model by default),
     * billed as an LLM call of the run: {@code instructions} as the system message, {@code input} as
     * the user message; answers the model's text.
     *
     * @throws RuntimeException when the model fails or the user has no credits for it
     */
    String complete(ToolInvocation call, String part, String instructions, String input);

    /** A part made with the reservation that pays for it, and what it finally cost. */
    interface PaidPart<T> {

        T run(CreditReservation reservation);

        Credits cost(T result);
    }
}
