package ai.iiagent.adapter.persistence.agents;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.domain.agents.AgentErrors;
import ai.iiagent.domain.agents.AttachedFile;
import ai.iiagent.domain.agents.RunEvent;
import ai.iiagent.domain.agents.RunEvent.ErrorCategory;
import ai.iiagent.domain.agents.RunEvent.RunEnd;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.credits.ReservationStatus;
import ai.iiagent.domain.sessions.events.EventName;
import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.tasks.RunId;
import ai.iiagent.port.out.agents.RunEventEncoding.Encoded;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each run event in the protocol's name and content, key for key and in the original's order. */
class RunEventJsonTest {

    private static final RunId RUN = RunId.random();
    private final RunEventJson json = new RunEventJson();

    @Test
    void givenTheEventsOfARun_thenTheirNamesAndContentAreTheProtocols_withTheRunIdLast() {
        Map<String, Object> input = Map.of("command", "ls");
        assertEncoded(new RunEvent.UserMessage("hi", List.of(), "build", List.of("m1")), EventName.SESSION_USER_MESSAGE,
                "text", "hi", "files", List.of(), "build_mode", "build", "milestone_ids", List.of("m1"));
        assertEncoded(new RunEvent.Processing("Working on it", "gpt", "openai", false), EventName.AGENT_PROCESSING,
                "message", "Working on it", "model", "gpt", "model_provider", "openai", "offline_model", false,
                "run_status", "running");
        assertEncoded(new RunEvent.SummaryStarted("Summarising"), EventName.SESSION_SUMMARY_STARTED, "message", "Summarising");
        assertEncoded(new RunEvent.ModelCompacted("short"), EventName.AGENT_MODEL_COMPACT, "status", "compacted",
                "summary", "short");
        assertEncoded(new RunEvent.SummaryCompleted("done"), EventName.SESSION_SUMMARY_COMPLETED, "message", "done");
        assertEncoded(new RunEvent.Continued("Continuing", false), EventName.AGENT_CONTINUE, "message", "Continuing",
                "confirmed", false);
        assertEncoded(new RunEvent.ReasoningStarted(), EventName.AGENT_REASONING_START);
        assertEncoded(new RunEvent.ReasoningDelta("hm"), EventName.AGENT_REASONING_DELTA, "text", "hm");
        assertEncoded(new RunEvent.Reasoning("hmm"), EventName.AGENT_REASONING, "text", "hmm");
        assertEncoded(new RunEvent.ResponseDelta("He"), EventName.AGENT_RESPONSE_DELTA, "text", "He");
        assertEncoded(new RunEvent.Response("Hello"), EventName.AGENT_RESPONSE, "text", "Hello");
        assertEncoded(new RunEvent.ToolCalled("call_1", "bash", input), EventName.AGENT_TOOL_CALL,
                "tool_call_id", "call_1", "tool_name", "bash", "tool_input", input);
        assertEncoded(new RunEvent.ToolResulted("call_1", "bash", input, "ok", false), EventName.AGENT_TOOL_RESULT,
                "tool_call_id", "call_1", "tool_name", "bash", "tool_input", input, "result", "ok", "is_error", false);
        assertEncoded(new RunEvent.EnvironmentSaved("Saved 1 environment variable: A", List.of("A"), "call_2"),
                EventName.AGENT_STATUS_UPDATE, "message", "Saved 1 environment variable: A", "status", "env_saved",
                "keys", List.of("A"), "tool_call_id", "call_2");
        assertEncoded(new RunEvent.Completed("Done."), EventName.AGENT_COMPLETE, "text", "Done.", "run_status", "completed");
        assertEncoded(new RunEvent.StreamCompleted(), EventName.AGENT_STREAM_COMPLETE, "message", "Stream complete",
                "api_version", "v1");
        assertEncoded(new RunEvent.McpServerUnavailable("github", "mcp_unavailable", "MCP server 'github' is down"),
                EventName.SYSTEM_NOTIFICATION, "level", "warning", "code", "mcp_server_unavailable",
                "reason", "mcp_unavailable", "server", "github", "message", "MCP server 'github' is down");
    }

    @Test
    void givenASubAgentsEvents_thenEachIsTheRunsOwnEvent_plusTheSubAgentTag_withTheRunIdLast() {
        RunEvent.SubAgentTag child = new RunEvent.SubAgentTag("sa-1", 1, null);
        RunEvent.SubAgentTag grandchild = new RunEvent.SubAgentTag("sa-2", 2, "sa-1");
        assertEncoded(new RunEvent.FromSubAgent(child, new RunEvent.SubAgentStarted("say hi", "say hi to me", "task_agent",
                "call_1")), EventName.AGENT_SUB_AGENT_STARTED, "description", "say hi", "prompt", "say hi to me",
                "agent_type", "task_agent", "tool_call_id", "call_1", "sub_agent_id", "sa-1", "parent_run_id",
                RUN.toString(), "sub_agent_depth", 1);
        assertEncoded(new RunEvent.FromSubAgent(grandchild, new RunEvent.ResponseDelta("hi")),
                EventName.AGENT_RESPONSE_DELTA, "text", "hi", "sub_agent_id", "sa-2", "parent_run_id", RUN.toString(),
                "sub_agent_depth", 2, "parent_sub_agent_id", "sa-1");
        assertEncoded(new RunEvent.FromSubAgent(child, new RunEvent.SubAgentCompleted(RunEvent.SubAgentEnd.FAILED,
                "say hi", "it broke", 3)), EventName.AGENT_SUB_AGENT_COMPLETE, "status", "failed", "description", "say hi",
                "result", "it broke", "turns", 3, "sub_agent_id", "sa-1", "parent_run_id", RUN.toString(),
                "sub_agent_depth", 1);
        // Untagged, the same record is the run's own event: no sub-agent fields.
        assertEncoded(new RunEvent.ResponseDelta("hi"), EventName.AGENT_RESPONSE_DELTA, "text", "hi");
    }

    @Test
    void givenAToolThatSentFiles_thenEachFileIsAnObjectInTheResultsFiles() {
        Map<String, Object> display = new LinkedHashMap<>();
        display.put("message", "sent");
        display.put("files", List.of(new RunEvent.SentFile("a-1", "a.txt", 1, "text/plain", "https://x/a", "out/a.txt")));

        Encoded encoded = json.encode(RUN, new RunEvent.ToolResulted("call_1", "send_user_files", Map.of(), display, false));

        assertThat(encoded.content().get("result")).isEqualTo(ordered("message", "sent", "files", List.of(ordered(
                "id", "a-1", "name", "a.txt", "size", 1L, "content_type", "text/plain", "url", "https://x/a",
                "path", "out/a.txt"))));
    }

    @Test
    void givenABrowserScreenshot_thenItIsMediaBrowserScreenshotWithThePageAndTheScreenshotFile() {
        assertEncoded(new RunEvent.BrowserScreenshot("call_2", "browser_click", "https://example.org/", "Example", 2,
                        new RunEvent.SentFile("f-1", "browser-call_2.jpg", 9, "image/jpeg", "https://x/f", "browser/browser-call_2.jpg")),
                EventName.MEDIA_BROWSER_SCREENSHOT, "tool_call_id", "call_2", "tool_name", "browser_click",
                "url", "https://example.org/", "title", "Example", "tabs", 2, "screenshot", ordered("id", "f-1",
                        "name", "browser-call_2.jpg", "size", 9L, "content_type", "image/jpeg", "url", "https://x/f",
                        "path", "browser/browser-call_2.jpg"));
    }

    @Test
    void givenAPause_thenEachWaitingCallSaysWhatItNeeds() {
        Encoded encoded = json.encode(RUN, new RunEvent.ToolConfirmation("Answer please", List.of(
                new RunEvent.WaitingCall("call_1", "ask_user_select", Map.of("options", List.of("A")), false, true))));

        assertThat(encoded.name()).isEqualTo(EventName.AGENT_TOOL_CONFIRMATION);
        assertThat(new ArrayList<>(encoded.content().keySet())).containsExactly("message", "tools", "run_status", "run_id");
        assertThat(encoded.content()).containsEntry("run_status", "paused");
        assertThat(encoded.content().get("tools")).isEqualTo(List.of(ordered("tool_call_id", "call_1",
                "tool_name", "ask_user_select", "tool_input", Map.of("options", List.of("A")),
                "requires_confirmation", false, "requires_user_input", true)));
    }

    @Test
    void givenEachWayARunIsInterrupted_thenItsStatusAndReason() {
        assertEncoded(new RunEvent.Interrupted("Run cancelled by the user.", RunEnd.CANCELLED),
                EventName.AGENT_RESPONSE_INTERRUPTED, "message", "Run cancelled by the user.", "run_status", "cancelled",
                "reason", "cancelled");
        assertEncoded(new RunEvent.Interrupted("Out of credits.", RunEnd.CREDITS_RAN_OUT),
                EventName.AGENT_RESPONSE_INTERRUPTED, "message", "Out of credits.", "run_status", "cancelled",
                "reason", "insufficient_credits");
        assertEncoded(new RunEvent.Interrupted("Run cancelled by the user.", RunEnd.CANCELLED_WHILE_PAUSED),
                EventName.AGENT_RESPONSE_INTERRUPTED, "message", "Run cancelled by the user.", "run_status", "cancelled");
        assertEncoded(new RunEvent.Interrupted("Too many turns.", RunEnd.FAILED), EventName.AGENT_RESPONSE_INTERRUPTED,
                "message", "Too many turns.", "run_status", "failed");
    }

    @Test
    void givenSettlements_thenCreditsDeductedSaysWhatWasChargedAndLeft_asTheModelsOrTheToolsCost() {
        // Sent with the run's id beside it, not in it (as before the typed event): encoded run-less.
        Encoded llm = json.encode(null, new RunEvent.CreditsDeducted(Credits.of("2.5"), Credits.of(40), "gpt-4o", null,
                ReservationStatus.SETTLED));
        assertThat(llm.name()).isEqualTo(EventName.BILLING_CREDITS_DEDUCTED);
        assertThat(new ArrayList<>(llm.content().entrySet())).containsExactlyElementsOf(ordered(
                "credits_used", Credits.of("2.5").value(), "credits_remaining", Credits.of(40).value(), "source", "llm",
                "model_id", "gpt-4o", "tool_name", null, "status", "settled").entrySet());
        Encoded tool = json.encode(null, new RunEvent.CreditsDeducted(Credits.of(1), Credits.of("0.4"), null, "web_search",
                ReservationStatus.SETTLED));
        assertThat(new ArrayList<>(tool.content().entrySet())).containsExactlyElementsOf(ordered(
                "credits_used", Credits.of(1).value(), "credits_remaining", Credits.of("0.4").value(), "source", "tool",
                "model_id", null, "tool_name", "web_search", "status", "settled").entrySet());
    }

    @Test
    void givenErrors_thenTheSystemErrorShape_withTheRunIdOnlyForARunsError() {
        assertEncoded(new RunEvent.ErrorOccurred(ErrorCategory.EXECUTION, AgentErrors.MAX_TURNS_REACHED, "limit", true),
                EventName.SYSTEM_ERROR, "error_code", "execution_error", "code", "max_turns_reached", "message", "limit",
                "recoverable", true);
        assertEncoded(new RunEvent.ErrorOccurred(ErrorCategory.INSUFFICIENT_CREDITS, AgentErrors.INSUFFICIENT_CREDITS,
                "broke", true), EventName.SYSTEM_ERROR, "error_code", "insufficient_credits", "code",
                "insufficient_credits", "message", "broke", "recoverable", true);

        Encoded runless = json.encode(null, new RunEvent.ErrorOccurred(ErrorCategory.ENHANCE_PROMPT,
                ErrorCode.of("unknown_model"), "no such model", true));
        assertThat(runless.content()).isEqualTo(ordered("error_code", "enhance_prompt_error", "code", "unknown_model",
                "message", "no such model", "recoverable", true));
        Encoded generated = json.encode(null, new RunEvent.PromptGenerated("Better", "better?"));
        assertThat(generated.name()).isEqualTo(EventName.AGENT_PROMPT_GENERATED);
        assertThat(new ArrayList<>(generated.content().entrySet())).containsExactlyElementsOf(
                ordered("prompt", "Better", "original", "better?").entrySet());
    }

    @Test
    void givenAQueryWithAttachedFiles_thenTheUserMessageListsThemForTheUi() {
        assertEncoded(new RunEvent.UserMessage("read this", List.of(new AttachedFile("a1", "report.pdf", 1234,
                "application/pdf")), "build", List.of()), EventName.SESSION_USER_MESSAGE, "text", "read this",
                "files", List.of(ordered("id", "a1", "name", "report.pdf", "size", 1234L, "content_type", "application/pdf")),
                "build_mode", "build", "milestone_ids", List.of());
    }

    private void assertEncoded(RunEvent event, EventName name, Object... keysAndValues) {
        Encoded encoded = json.encode(RUN, event);
        Map<String, Object> expected = ordered(keysAndValues);
        expected.put("run_id", RUN.toString());
        assertThat(encoded.name()).as(event.toString()).isEqualTo(name);
        assertThat(new ArrayList<>(encoded.content().entrySet())).as(event.toString())
                .containsExactlyElementsOf(expected.entrySet());
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
