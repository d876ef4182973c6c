package ai.iiagent.service.agents;

import ai.iiagent.domain.agents.ToolNames;
import ai.iiagent.port.out.llm.ResolvedModel;
import ai.iiagent.port.out.tools.AgentTool;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The reference's model-family tool swaps (§5.10): GPT-family models edit files with
 * {@code apply_patch}, Claude-family models with {@code str_replace_based_edit_tool}; both lose
 * {@code Write}, {@code Edit}, {@code BashList} and {@code BashWriteToProcess}. Every other model
 * keeps those and gets neither family tool.
 */
final class ModelToolSets {

    /** Which tool set a model gets. */
    enum Family { OPENAI, ANTHROPIC, OTHER }

    static final String APPLY_PATCH = ToolNames.APPLY_PATCH;
    static final String TEXT_EDITOR = ToolNames.TEXT_EDITOR;
    private static final Set<String> NOT_FOR_FAMILIES = Set.of("Write", "Edit", "BashList", "BashWriteToProcess");
    private static final Pattern O_SERIES = Pattern.compile("(^|.*/)o[1-9].*");

    private ModelToolSets() {
    }

    /** By name as the reference does (gpt, o-series, openai; claude), or Anthropic as the provider. */
    static Family familyOf(ResolvedModel model) {
        String id = model.modelId().toLowerCase(Locale.ROOT);
        if (model.provider().equalsIgnoreCase("anthropic") || id.contains("claude")) {
            return Family.ANTHROPIC;
        }
        if (id.contains("gpt") || id.contains("openai") || O_SERIES.matcher(id).matches()) {
            return Family.OPENAI;
        }
        return Family.OTHER;
    }

    static List<AgentTool> select(List<AgentTool> tools, ResolvedModel model) {
        Family family = familyOf(model);
        return tools.stream().filter(tool -> switch (tool.spec().name()) {
            case APPLY_PATCH -> family == Family.OPENAI;
            case TEXT_EDITOR -> family == Family.ANTHROPIC;
            default -> family == Family.OTHER || !NOT_FOR_FAMILIES.contains(tool.spec().name());
        }).toList();
    }
}
