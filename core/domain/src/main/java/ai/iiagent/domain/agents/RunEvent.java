package ai.iiagent.domain.agents;

import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.credits.ReservationStatus;
import ai.iiagent.domain.shared.ErrorCode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the agent wing tells a session, one record per event name of the contract
 * (docs/protocol/events.md). The core builds these; the wire names and JSON content are the
 * adapters' ({@code port.out.agents.RunEventEncoding}), so no snake_case key is spelled here.
 */
public sealed interface RunEvent {

    /** {@code session.user_message}: the text that started a run, as the user sent it. */
    record UserMessage(String text, List<AttachedFile> files, String buildMode, List<String> milestoneIds) implements RunEvent {

        public UserMessage {
            Objects.requireNonNull(text, "text");
            files = files == null ? List.of() : List.copyOf(files);
            milestoneIds = milestoneIds == null ? List.of() : List.copyOf(milestoneIds);
        }
    }

    /** {@code agent.processing}: the run started working, with this model. */
    record Processing(String message, String model, String modelProvider, boolean offlineModel) implements RunEvent {
    }

    /** {@code session.summary.started}: the history is being summarised to fit the model's window. */
    record SummaryStarted(String message) implements RunEvent {
    }

    /** {@code agent.model.compact}: the history was replaced by this summary. */
    record ModelCompacted(String summary) implements RunEvent {
    }

    /** {@code session.summary.completed}. */
    record SummaryCompleted(String message) implements RunEvent {
    }

    /** {@code agent.continue}: a paused run goes on, with ({@code confirmed}) or without the user's answer. */
    record Continued(String message, boolean confirmed) implements RunEvent {
    }

    /** {@code agent.reasoning.start}: the model began to think aloud (sent, never stored). */
    record ReasoningStarted() implements RunEvent {
    }

    /** {@code agent.reasoning.delta}: a piece of the model's reasoning (sent, never stored). */
    record ReasoningDelta(String text) implements RunEvent {
    }

    /** {@code agent.reasoning}: a turn's whole reasoning. */
    record Reasoning(String text) implements RunEvent {
    }

    /** {@code agent.response.delta}: a piece of the answer being written (sent, never stored). */
    record ResponseDelta(String text) implements RunEvent {
    }

    /** {@code agent.response}: a turn's whole text. */
    record Response(String text) implements RunEvent {
    }

    /** {@code agent.tool.call}: the model asked for a tool. */
    record ToolCalled(String toolCallId, String toolName, Map<String, Object> toolInput) implements RunEvent {

        public ToolCalled {
            toolInput = copy(toolInput);
        }
    }

    /**
     * {@code agent.tool.result}: what a tool gave back; {@code result} is its text or its structured
     * display (JSON values, and {@link SentFile}s under {@code files}).
     */
    record ToolResulted(String toolCallId, String toolName, Map<String, Object> toolInput, Object result, boolean error)
            implements RunEvent {

        public ToolResulted {
            toolInput = copy(toolInput);
        }
    }

    /**
     * A file a tool handed to the user, stored among the session's files; it appears in the
     * {@code files} of its tool result's display.
     */
    record SentFile(String id, String name, long size, String contentType, String url, String path) {
    }

    /**
     * {@code media.browser_screenshot}: the agent's browser after one of its tools, for the live browser
     * view: the page's address and title, how many tabs are open and the screenshot (a session file).
     */
    record BrowserScreenshot(String toolCallId, String toolName, String url, String title, int tabs,
                             SentFile screenshot) implements RunEvent {

        public BrowserScreenshot {
            Objects.requireNonNull(screenshot, "screenshot");
        }
    }

    /** {@code agent.tool.confirmation}: the run paused until the user answers for these calls. */
    record ToolConfirmation(String message, List<WaitingCall> tools) implements RunEvent {

        public ToolConfirmation {
            tools = List.copyOf(tools);
        }
    }

    /** One call a paused run waits on, and what it needs from the user. */
    record WaitingCall(String toolCallId, String toolName, Map<String, Object> toolInput, boolean requiresConfirmation,
                       boolean requiresUserInput) {

        public WaitingCall {
            toolInput = copy(toolInput);
        }
    }

    /**
     * {@code agent.status.update}: the variables a {@code save_env} answer stored for the session,
     * by name only (their values never reach an event).
     */
    record EnvironmentSaved(String message, List<String> keys, String toolCallId) implements RunEvent {

        public EnvironmentSaved {
            keys = List.copyOf(keys);
        }
    }

    /** {@code agent.complete}: the run finished with this answer. */
    record Completed(String text) implements RunEvent {
    }

    /** {@code agent.response.interrupted}: the run ended before its answer; {@code reason} only for a cancel. */
    record Interrupted(String message, RunEnd end) implements RunEvent {

        public Interrupted {
            Objects.requireNonNull(end, "end");
        }
    }

    /** {@code agent.stream.complete}: the last event of every run. */
    record StreamCompleted() implements RunEvent {
    }

    /** {@code system.error}: what went wrong, under the original protocol's {@code category} and our stable code. */
    record ErrorOccurred(ErrorCategory category, ErrorCode code, String message, boolean recoverable) implements RunEvent {

        public ErrorOccurred {
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(code, "code");
        }
    }

    /** {@code system.notification}: one of the user's MCP servers cannot be used in this run. */
    record McpServerUnavailable(String server, String reason, String message) implements RunEvent {
    }

    /**
     * {@code billing.credits_deducted}: a model turn ({@code toolName} null) or a tool call was settled for
     * {@code charged}, leaving {@code remaining}.
     */
    record CreditsDeducted(Credits charged, Credits remaining, String modelId, String toolName,
                           ReservationStatus status) implements RunEvent {

        public CreditsDeducted {
            Objects.requireNonNull(charged, "charged");
            Objects.requireNonNull(remaining, "remaining");
            Objects.requireNonNull(status, "status");
        }
    }

    /** {@code agent.prompt.generated}: the rewritten prompt of {@code enhance_prompt}, beside the original. */
    record PromptGenerated(String prompt, String original) implements RunEvent {
    }

    /** {@code agent.sub_agent.started}: a sub-agent took a delegated task (sent {@link FromSubAgent tagged}). */
    record SubAgentStarted(String description, String prompt, String agentType, String toolCallId) implements RunEvent {
    }

    /** {@code agent.sub_agent.complete}: a sub-agent ended, with its answer or why it has none (sent tagged). */
    record SubAgentCompleted(SubAgentEnd end, String description, String result, int turns) implements RunEvent {

        public SubAgentCompleted {
            Objects.requireNonNull(end, "end");
        }
    }

    /**
     * One of a sub-agent's events in its parent run's stream: the event as a run's own, plus who sent it.
     * A sub-agent never sends the events that end a run (complete, interrupted, stream complete).
     */
    record FromSubAgent(SubAgentTag tag, RunEvent event) implements RunEvent {

        public FromSubAgent {
            Objects.requireNonNull(tag, "tag");
            Objects.requireNonNull(event, "event");
            if (event instanceof FromSubAgent) {
                throw new IllegalArgumentException("a sub-agent's event is tagged once");
            }
        }
    }

    /**
     * Which sub-agent an event comes from.
     *
     * @param depth 1 for a run's own sub-agent, 2 for that one's, …
     * @param parentSubAgentId the sub-agent that started this one, or null for a run's own
     */
    record SubAgentTag(String subAgentId, int depth, String parentSubAgentId) {

        public SubAgentTag {
            Objects.requireNonNull(subAgentId, "subAgentId");
        }
    }

    /** How a sub-agent ended. */
    enum SubAgentEnd {
        COMPLETED, FAILED, CANCELLED
    }

    /** How an interrupted run ended. */
    enum RunEnd {
        /** The user cancelled it. */
        CANCELLED,
        /** The user's credits ran out, which stops the run the way a cancel does. */
        CREDITS_RAN_OUT,
        /** It failed (a system.error says why). */
        FAILED,
        /** Cancelled while paused, so no loop was there to say why. */
        CANCELLED_WHILE_PAUSED
    }

    /** The original protocol's error categories the agent wing reports. */
    enum ErrorCategory {
        EXECUTION, INSUFFICIENT_CREDITS, ENHANCE_PROMPT
    }

    private static Map<String, Object> copy(Map<String, Object> map) {
        // Tool arguments are JSON: they may hold nulls, which Map.copyOf refuses.
        return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
