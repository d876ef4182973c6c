package ai.iiagent.domain.sessions.events;

import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ValidationException;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The closed set of event names the server can emit (reference §4.3: 56 names in 10 groups), each
 * with its group and delivery. The wire name is the dotted string; docs/protocol/events.md lists
 * the same set and a test keeps the two equal.
 */
public enum EventName {
    AGENT_STATUS_UPDATE("agent.status.update", EventGroup.AGENT, Delivery.PERSISTED),
    AGENT_INITIALIZED("agent.initialized", EventGroup.AGENT, Delivery.PERSISTED),
    AGENT_PROCESSING("agent.processing", EventGroup.AGENT, Delivery.PERSISTED),
    AGENT_REASONING_START("agent.reasoning.start", EventGroup.AGENT, Delivery.TRANSIENT),
    AGENT_REASONING_DELTA("agent.reasoning.delta", EventGroup.AGENT, Delivery.TRANSIENT),
    AGENT_REASONING("agent.reasoning", EventGroup.AGENT, Delivery.PERSISTED),
    AGENT_TOOL_CALL("agent.tool.call", EventGroup.AGENT, Delivery.PERSISTED),
    AGENT_TOOL_RESULT("agent.tool.result", EventGroup.AGENT, Delivery.PERSISTED),
    AGENT_TOOL_CONFIRMATION("agent.tool.confirmation", EventGroup.AGENT, Delivery.PERSISTED),
    AGENT_RESPONSE("agent.response", EventGroup.AGENT, Delivery.PERSISTED),
    AGENT_RESPONSE_DELTA("agent.response.delta", EventGroup.AGENT, Delivery.TRANSIENT),
    AGENT_RESPONSE_INTERRUPTED("agent.response.interrupted", EventGroup.AGENT, Delivery.PERSISTED),
    AGENT_STREAM_COMPLETE("agent.stream.complete", EventGroup.AGENT, Delivery.PERSISTED),
    AGENT_COMPLETE("agent.complete", EventGroup.AGENT, Delivery.PERSISTED),
    AGENT_SUB_AGENT_STARTED("agent.sub_agent.started", EventGroup.AGENT, Delivery.PERSISTED),
    AGENT_SUB_AGENT_COMPLETE("agent.sub_agent.complete", EventGroup.AGENT, Delivery.PERSISTED),
    AGENT_MODEL_COMPACT("agent.model.compact", EventGroup.AGENT, Delivery.PERSISTED),
    AGENT_CONTINUE("agent.continue", EventGroup.AGENT, Delivery.PERSISTED),
    AGENT_PROMPT_GENERATED("agent.prompt.generated", EventGroup.AGENT, Delivery.PERSISTED),
    SESSION_CREATED("session.created", EventGroup.SESSION, Delivery.PERSISTED),
    SESSION_UPDATED("session.updated", EventGroup.SESSION, Delivery.PERSISTED),
    SESSION_DELETED("session.deleted", EventGroup.SESSION, Delivery.PERSISTED),
    SESSION_FORKED("session.forked", EventGroup.SESSION, Delivery.PERSISTED),
    SESSION_SUMMARY_STARTED("session.summary.started", EventGroup.SESSION, Delivery.PERSISTED),
    SESSION_SUMMARY_COMPLETED("session.summary.completed", EventGroup.SESSION, Delivery.PERSISTED),
    SESSION_USER_MESSAGE("session.user_message", EventGroup.SESSION, Delivery.PERSISTED),
    CONNECTION_ESTABLISHED("connection.established", EventGroup.CONNECTION, Delivery.TRANSIENT),
    CONNECTION_WORKSPACE_INFO("connection.workspace_info", EventGroup.CONNECTION, Delivery.PERSISTED),
    SANDBOX_INITIALIZED("sandbox.initialized", EventGroup.SANDBOX, Delivery.PERSISTED),
    SANDBOX_STATUS_CHANGED("sandbox.status_changed", EventGroup.SANDBOX, Delivery.PERSISTED),
    BILLING_LLM_USAGE("billing.llm.usage", EventGroup.BILLING, Delivery.INTERNAL),
    BILLING_TOOL_USAGE("billing.tool.usage", EventGroup.BILLING, Delivery.INTERNAL),
    BILLING_CREDITS_DEDUCTED("billing.credits.deducted", EventGroup.BILLING, Delivery.PERSISTED),
    BILLING_METRICS_UPDATED("billing.metrics.updated", EventGroup.BILLING, Delivery.TRANSIENT),
    PLAN_MILESTONE_GENERATED("plan.milestone.generated", EventGroup.PLAN, Delivery.PERSISTED),
    PLAN_MILESTONE_UPDATED("plan.milestone.updated", EventGroup.PLAN, Delivery.PERSISTED),
    PLAN_MODIFICATION_OPTIONS("plan.modification.options", EventGroup.PLAN, Delivery.PERSISTED),
    PLAN_INPUT_AWAITED("plan.input.awaited", EventGroup.PLAN, Delivery.PERSISTED),
    FILE_UPLOADED("file.uploaded", EventGroup.FILE, Delivery.PERSISTED),
    FILE_EDITED("file.edited", EventGroup.FILE, Delivery.PERSISTED),
    FILE_TREE_LISTED("file.tree.listed", EventGroup.FILE, Delivery.TRANSIENT),
    FILE_CONTENT_READ("file.content.read", EventGroup.FILE, Delivery.TRANSIENT),
    FILE_TREE_UPDATED("file.tree.updated", EventGroup.FILE, Delivery.TRANSIENT),
    MEDIA_GENERATED("media.generated", EventGroup.MEDIA, Delivery.PERSISTED),
    MEDIA_PROGRESS("media.progress", EventGroup.MEDIA, Delivery.TRANSIENT),
    MEDIA_BROWSER_SCREENSHOT("media.browser_screenshot", EventGroup.MEDIA, Delivery.PERSISTED),
    SYSTEM_ERROR("system.error", EventGroup.SYSTEM, Delivery.PERSISTED),
    SYSTEM_PONG("system.pong", EventGroup.SYSTEM, Delivery.TRANSIENT),
    SYSTEM_NOTIFICATION("system.notification", EventGroup.SYSTEM, Delivery.PERSISTED),
    INTEGRATION_APPLE_AUTH_STATUS("integration.apple.auth.status", EventGroup.INTEGRATION, Delivery.PERSISTED),
    INTEGRATION_APPLE_AUTH_2FA_REQUIRED("integration.apple.auth.2fa_required", EventGroup.INTEGRATION, Delivery.PERSISTED),
    INTEGRATION_APPLE_AUTH_TEAM_SELECTION("integration.apple.auth.team_selection", EventGroup.INTEGRATION, Delivery.PERSISTED),
    INTEGRATION_APPLE_APP_SETUP_STATUS("integration.apple.app.setup_status", EventGroup.INTEGRATION, Delivery.PERSISTED),
    INTEGRATION_APPLE_APP_LIST("integration.apple.app.list", EventGroup.INTEGRATION, Delivery.PERSISTED),
    INTEGRATION_APPLE_AUTH_CHECK_RESULT("integration.apple.auth.check_result", EventGroup.INTEGRATION, Delivery.PERSISTED),
    INTEGRATION_EXPO_TOKEN_SAVED("integration.expo.token_saved", EventGroup.INTEGRATION, Delivery.PERSISTED),
    INTEGRATION_TESTFLIGHT_LOG("integration.testflight.log", EventGroup.INTEGRATION, Delivery.PERSISTED);

    private static final Map<String, EventName> BY_WIRE_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(EventName::wireName, Function.identity()));

    private final String wireName;
    private final EventGroup group;
    private final Delivery delivery;

    EventName(String wireName, EventGroup group, Delivery delivery) {
        this.wireName = wireName;
        this.group = group;
        this.delivery = delivery;
    }

    public String wireName() {
        return wireName;
    }

    public EventGroup group() {
        return group;
    }

    public Delivery delivery() {
        return delivery;
    }

    public static EventName fromWireName(String wireName) {
        EventName name = BY_WIRE_NAME.get(wireName);
        if (name == null) {
            throw new ValidationException(ErrorCode.of("unknown_event_name"), "unknown event name: " + wireName);
        }
        return name;
    }
}
