package ai.iiagent.service.agents;

import ai.iiagent.domain.agents.AgentType;
import ai.iiagent.domain.agents.AgentTypes;
import ai.iiagent.port.out.llm.ResolvedModel;
import ai.iiagent.port.out.tools.AgentTool;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A run's built-in tools from its agent type: the type's tools and the common ones, out of those the
 * server registered, then the model family's swaps ({@link ModelToolSets}). A tool the type names
 * but the server does not have yet (the research and sub-agent tools until their work lands) is left
 * out and reported in {@link Selection#missing()}, never offered to the model as a broken tool.
 */
final class AgentTypeTools {

    /** The tools the run gets, and the type's tools this server does not have. */
    record Selection(List<AgentTool> tools, List<String> missing) {
    }

    private AgentTypeTools() {
    }

    static Selection select(AgentType type, List<AgentTool> registered, ResolvedModel model) {
        Set<String> wanted = new LinkedHashSet<>(type.tools());
        wanted.addAll(AgentTypes.COMMON_TOOLS);
        List<AgentTool> offered = registered.stream().filter(tool -> wanted.contains(tool.spec().name())).toList();
        Set<String> present = new LinkedHashSet<>();
        registered.forEach(tool -> present.add(tool.spec().name()));
        List<String> missing = wanted.stream().filter(name -> !present.contains(name)).toList();
        return new Selection(ModelToolSets.select(offered, model), missing);
    }
}
