package ai.iiagent.adapter.persistence.agents;

import ai.iiagent.domain.agents.RunEvent;
import ai.iiagent.domain.agents.RunEvent.BrowserScreenshot;
import ai.iiagent.domain.agents.RunEvent.Completed;
import ai.iiagent.domain.agents.RunEvent.FromSubAgent;
import ai.iiagent.domain.agents.RunEvent.SubAgentCompleted;
import ai.iiagent.domain.agents.RunEvent.SubAgentStarted;
import ai.iiagent.domain.agents.RunEvent.Continued;
import ai.iiagent.domain.agents.RunEvent.CreditsDeducted;
import ai.iiagent.domain.agents.RunEvent.EnvironmentSaved;
import ai.iiagent.domain.agents.RunEvent.ErrorOccurred;
import ai.iiagent.domain.agents.RunEvent.Interrupted;
import ai.iiagent.domain.agents.RunEvent.McpServerUnavailable;
import ai.iiagent.domain.agents.RunEvent.ModelCompacted;
import ai.iiagent.domain.agents.RunEvent.Processing;
import ai.iiagent.domain.agents.RunEvent.PromptGenerated;
import ai.iiagent.domain.agents.RunEvent.Reasoning;
import ai.iiagent.domain.agents.RunEvent.ReasoningDelta;
import ai.iiagent.domain.agents.RunEvent.ReasoningStarted;
import ai.iiagent.domain.agents.RunEvent.Response;
import ai.iiagent.domain.agents.RunEvent.ResponseDelta;
import ai.iiagent.domain.agents.RunEvent.SentFile;
import ai.iiagent.domain.agents.RunEvent.StreamCompleted;
import ai.iiagent.domain.agents.RunEvent.SummaryCompleted;
import ai.iiagent.domain.agents.RunEvent.SummaryStarted;
import ai.iiagent.domain.agents.RunEvent.ToolCalled;
import ai.iiagent.domain.agents.RunEvent.ToolConfirmation;
import ai.iiagent.domain.agents.RunEvent.ToolResulted;
import ai.iiagent.domain.agents.RunEvent.UserMessage;
import ai.iiagent.domain.agents.AttachedFile;
import ai.iiagent.domain.agents.RunEvent.WaitingCall;
import ai.iiagent.domain.sessions.events.EventName;
import ai.iiagent.domain.sessions.events.SystemErrorContent;
import ai.iiagent.domain.tasks.RunId;
import ai.iiagent.domain.tasks.RunStatus;
import ai.iiagent.port.out.agents.RunEventEncoding;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@link RunEvent}s in the protocol's names and content keys (the original system's, reference §4.3):
 * the one place they are spelled. Content keeps the order the original sends; a run's events carry
 * its {@code run_id} last.
 */
@ApplicationScoped
public class RunEventJson implements RunEventEncoding {

    private static final String MESSAGE = "message";
    private static final String TEXT = "text";
    private static final String RUN_STATUS = "run_status";
    private static final String TOOL_CALL_ID = "tool_call_id";
    private static final String TOOL_NAME = "tool_name";
    private static final String TOOL_INPUT = "tool_input";

    @Override
    public Encoded encode(RunId runId, RunEvent event) {
        Content content = new Content();
        EventName name = switch (event) {
            case UserMessage e -> {
                content.put(TEXT, e.text()).put("files", files(e.files())).put("build_mode", e.buildMode())
                        .put("milestone_ids", e.milestoneIds());
                yield EventName.SESSION_USER_MESSAGE;
            }
            case Processing e -> {
                content.put(MESSAGE, e.message()).put("model", e.model()).put("model_provider", e.modelProvider())
                        .put("offline_model", e.offlineModel()).put(RUN_STATUS, RunStatus.RUNNING.code());
                yield EventName.AGENT_PROCESSING;
            }
            case SummaryStarted e -> {
                content.put(MESSAGE, e.message());
                yield EventName.SESSION_SUMMARY_STARTED;
            }
            case ModelCompacted e -> {
                content.put("status", "compacted").put("summary", e.summary());
                yield EventName.AGENT_MODEL_COMPACT;
            }
            case SummaryCompleted e -> {
                content.put(MESSAGE, e.message());
                yield EventName.SESSION_SUMMARY_COMPLETED;
            }
            case Continued e -> {
                content.put(MESSAGE, e.message()).put("confirmed", e.confirmed());
                yield EventName.AGENT_CONTINUE;
            }
            case ReasoningStarted e -> EventName.AGENT_REASONING_START;
            case ReasoningDelta e -> {
                content.put(TEXT, e.text());
                yield EventName.AGENT_REASONING_DELTA;
            }
            case Reasoning e -> {
                content.put(TEXT, e.text());
                yield EventName.AGENT_REASONING;
            }
            case ResponseDelta e -> {
                content.put(TEXT, e.text());
                yield EventName.AGENT_RESPONSE_DELTA;
            }
            case Response e -> {
                content.put(TEXT, e.text());
                yield EventName.AGENT_RESPONSE;
            }
            case ToolCalled e -> {
                content.put(TOOL_CALL_ID, e.toolCallId()).put(TOOL_NAME, e.toolName()).put(TOOL_INPUT, e.toolInput());
                yield EventName.AGENT_TOOL_CALL;
            }
            case ToolResulted e -> {
                content.put(TOOL_CALL_ID, e.toolCallId()).put(TOOL_NAME, e.toolName()).put(TOOL_INPUT, e.toolInput())
                        .put("result", wire(e.result())).put("is_error", e.error());
                yield EventName.AGENT_TOOL_RESULT;
            }
            case BrowserScreenshot e -> {
                content.put(TOOL_CALL_ID, e.toolCallId()).put(TOOL_NAME, e.toolName()).put("url", e.url())
                        .put("title", e.title()).put("tabs", e.tabs()).put("screenshot", wire(e.screenshot()));
                yield EventName.MEDIA_BROWSER_SCREENSHOT;
            }
            case ToolConfirmation e -> {
                content.put(MESSAGE, e.message()).put("tools", e.tools().stream().map(RunEventJson::waiting).toList())
                        .put(RUN_STATUS, RunStatus.PAUSED.code());
                yield EventName.AGENT_TOOL_CONFIRMATION;
            }
            case EnvironmentSaved e -> {
                content.put(MESSAGE, e.message()).put("status", "env_saved").put("keys", e.keys())
                        .put(TOOL_CALL_ID, e.toolCallId());
                yield EventName.AGENT_STATUS_UPDATE;
            }
            case Completed e -> {
                content.put(TEXT, e.text()).put(RUN_STATUS, RunStatus.COMPLETED.code());
                yield EventName.AGENT_COMPLETE;
            }
            case Interrupted e -> {
                interrupted(content, e);
                yield EventName.AGENT_RESPONSE_INTERRUPTED;
            }
            case StreamCompleted e -> {
                content.put(MESSAGE, "Stream complete").put("api_version", "v1");
                yield EventName.AGENT_STREAM_COMPLETE;
            }
            case ErrorOccurred e -> {
                content.putAll(SystemErrorContent.ofRun(runId == null ? null : runId.value(), category(e.category()),
                        e.code().value(), e.message(), e.recoverable()));
                yield EventName.SYSTEM_ERROR;
            }
            case McpServerUnavailable e -> {
                content.put("level", "warning").put("code", "mcp_server_unavailable").put("reason", e.reason())
                        .put("server", e.server()).put(MESSAGE, e.message());
                yield EventName.SYSTEM_NOTIFICATION;
            }
            case SubAgentStarted e -> {
                content.put("description", e.description()).put("prompt", e.prompt()).put("agent_type", e.agentType())
                        .put(TOOL_CALL_ID, e.toolCallId());
                yield EventName.AGENT_SUB_AGENT_STARTED;
            }
            case SubAgentCompleted e -> {
                content.put("status", e.end().name().toLowerCase(Locale.ROOT)).put("description", e.description())
                        .put("result", e.result()).put("turns", e.turns());
                yield EventName.AGENT_SUB_AGENT_COMPLETE;
            }
            case FromSubAgent e -> {
                // The event as the run's own (without run_id, which comes last), then who sent it.
                Encoded inner = encode(null, e.event());
                content.putAll(inner.content());
                content.put("sub_agent_id", e.tag().subAgentId())
                        .put("parent_run_id", runId == null ? null : runId.toString())
                        .put("sub_agent_depth", e.tag().depth());
                if (e.tag().parentSubAgentId() != null) {
                    content.put("parent_sub_agent_id", e.tag().parentSubAgentId());
                }
                yield inner.name();
            }
            case CreditsDeducted e -> {
                content.put("credits_used", e.charged().value()).put("credits_remaining", e.remaining().value())
                        .put("source", e.toolName() != null ? "tool" : "llm").put("model_id", e.modelId())
                        .put(TOOL_NAME, e.toolName()).put("status", e.status().code());
                yield EventName.BILLING_CREDITS_DEDUCTED;
            }
            case PromptGenerated e -> {
                content.put("prompt", e.prompt()).put("original", e.original());
                yield EventName.AGENT_PROMPT_GENERATED;
            }
        };
        if (runId != null) {
            content.map.putIfAbsent("run_id", runId.toString());
        }
        return new Encoded(name, content.map);
    }

    private static void interrupted(Content content, Interrupted event) {
        content.put(MESSAGE, event.message());
        switch (event.end()) {
            case CANCELLED -> content.put(RUN_STATUS, RunStatus.CANCELLED.code()).put("reason", "cancelled");
            case CREDITS_RAN_OUT -> content.put(RUN_STATUS, RunStatus.CANCELLED.code()).put("reason", "insufficient_credits");
            case CANCELLED_WHILE_PAUSED -> content.put(RUN_STATUS, RunStatus.CANCELLED.code());
            case FAILED -> content.put(RUN_STATUS, RunStatus.FAILED.code());
        }
    }

    /** A tool's display as JSON: the files it sent become {@code {id, name, size, content_type, url, path}}. */
    private static Object wire(Object value) {
        return switch (value) {
            case SentFile file -> {
                Map<String, Object> wire = new LinkedHashMap<>();
                wire.put("id", file.id());
                wire.put("name", file.name());
                wire.put("size", file.size());
                wire.put("content_type", file.contentType());
                wire.put("url", file.url());
                wire.put("path", file.path());
                yield wire;
            }
            case Map<?, ?> map -> {
                Map<Object, Object> wire = new LinkedHashMap<>();
                map.forEach((key, item) -> wire.put(key, wire(item)));
                yield wire;
            }
            case List<?> list -> list.stream().map(RunEventJson::wire).toList();
            case null, default -> value;
        };
    }

    private static Map<String, Object> waiting(WaitingCall call) {
        Map<String, Object> wire = new LinkedHashMap<>();
        wire.put(TOOL_CALL_ID, call.toolCallId());
        wire.put(TOOL_NAME, call.toolName());
        wire.put(TOOL_INPUT, call.toolInput());
        wire.put("requires_confirmation", call.requiresConfirmation());
        wire.put("requires_user_input", call.requiresUserInput());
        return wire;
    }

    private static String category(RunEvent.ErrorCategory category) {
        return switch (category) {
            case EXECUTION -> "execution_error";
            case INSUFFICIENT_CREDITS -> "insufficient_credits";
            case ENHANCE_PROMPT -> "enhance_prompt_error";
        };
    }

    private static List<Map<String, Object>> files(List<AttachedFile> files) {
        return files.stream().map(file -> {
            Map<String, Object> shown = new LinkedHashMap<>();
            shown.put("id", file.id());
            shown.put("name", file.name());
            shown.put("size", file.size());
            shown.put("content_type", file.contentType());
            return shown;
        }).toList();
    }

    /** An ordered content object, filled fluently. */
    private static final class Content {

        private final Map<String, Object> map = new LinkedHashMap<>();

        Content put(String key, Object value) {
            map.put(key, value);
            return this;
        }

        void putAll(Map<String, Object> values) {
            map.putAll(values);
        }
    }
}
