package ai.iiagent.service.chat;

import ai.iiagent.domain.agents.RunPolicy;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.Identity;
import ai.iiagent.port.in.files.ShareSessionFileUseCase;
import ai.iiagent.port.out.llm.ToolSpec;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.port.out.tools.ToolOutcome;
import ai.iiagent.port.out.tools.ToolPolicy;
import ai.iiagent.service.agents.UserFiles;
import ai.iiagent.service.agents.engine.ToolRunner;
import ai.iiagent.service.metering.BillableExecutor;
import ai.iiagent.service.metering.ToolPrices;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The tools a chat answer may use (reference §6.2). Chat has no human in the loop, so only tools
 * that run without asking are kept. They run on the engine's {@link ToolRunner} (reserved through
 * metering first, a free tool's hold is zero, each bounded by its timeout).
 */
public final class ChatToolbox {

    /** Results longer than this are cut before the model sees them (as agent tool results). */
    static final int MAX_OUTPUT_CHARS = RunPolicy.CHAT.maxToolOutputChars();

    private final Map<String, AgentTool> tools = new LinkedHashMap<>();
    private final ShareSessionFileUseCase share;

    /** Tools that hand the user no files (a file a tool hands over stays in the workspace only). */
    public ChatToolbox(List<AgentTool> tools) {
        this(tools, null);
    }

    /**
     * @param share stores the files a tool hands to the user (generate_image's picture) among the
     *              session's files, as in agent runs
     */
    public ChatToolbox(List<AgentTool> tools, ShareSessionFileUseCase share) {
        this.share = share;
        ToolPrices.requirePriced(tools);
        tools.stream().filter(tool -> tool.policy() == ToolPolicy.AUTOMATIC && !tool.endsRun())
                .forEach(tool -> this.tools.put(tool.spec().name(), tool));
    }

    public static ChatToolbox none() {
        return new ChatToolbox(List.of());
    }

    /** The names of every chat tool there is. */
    Set<String> names() {
        return Collections.unmodifiableSet(tools.keySet());
    }

    /** The names of the tools this user is offered at all (asked once per turn: a connector tool may look the user up). */
    Set<String> offeredTo(UserId user) {
        return tools.values().stream().filter(tool -> tool.offeredTo(user)).map(tool -> tool.spec().name())
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** The specs of the tools switched on. */
    List<ToolSpec> specs(Predicate<String> enabled) {
        return tools.values().stream().map(AgentTool::spec).filter(spec -> enabled.test(spec.name())).toList();
    }

    /** A runner of the tools switched on: any other name is an unknown tool to it. */
    ToolRunner runner(Predicate<String> enabled, BillableExecutor billable) {
        Map<String, AgentTool> on = new LinkedHashMap<>();
        tools.forEach((name, tool) -> {
            if (enabled.test(name)) {
                on.put(name, tool);
            }
        });
        return new ToolRunner(on, MAX_OUTPUT_CHARS, billable);
    }

    /** The outcome as the user gets it: the files it hands over stored among the session's files. */
    ToolOutcome delivered(Identity owner, SessionId session, ToolOutcome outcome) {
        return share == null ? outcome : new UserFiles(share, owner, session).deliver(outcome);
    }

    /** The output shown and stored with the answer's tool steps. */
    static String forModel(ToolOutcome outcome) {
        String text = outcome.text();
        return text.length() <= MAX_OUTPUT_CHARS ? text : text.substring(0, MAX_OUTPUT_CHARS)
                + "\n[truncated: " + (text.length() - MAX_OUTPUT_CHARS) + " more characters]";
    }
}
