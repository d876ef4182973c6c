package ai.iiagent.service.agents;

import ai.iiagent.domain.settings.SkillToolDisplay;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.settings.Skill;
import ai.iiagent.domain.settings.UserSkill;
import ai.iiagent.port.out.llm.ToolSpec;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code Skill}: loads the instructions ({@code SKILL.md}) of one of the user's enabled skills,
 * built-in or uploaded. Made per run from the skills the user had enabled when it started; the
 * description lists them so the model knows what it can load. An uploaded skill's package files are
 * copied into the workspace at {@code .skills/<name>/} when it is loaded ({@link SkillFiles}).
 */
final class SkillTool implements AgentTool {

    static final String NAME = "Skill";

    private final Map<String, Skill> skills = new LinkedHashMap<>();
    private final ToolSpec spec;
    private final SkillFiles files;

    SkillTool(List<UserSkill> enabled, SkillFiles files) {
        this.files = files;
        enabled.forEach(skill -> skills.put(skill.skill().name(), skill.skill()));
        StringBuilder description = new StringBuilder("Load a skill: instructions for a kind of task. Load the one that"
                + " fits before you start such a task, then follow it. Available skills:");
        skills.values().forEach(skill -> description.append("\n- ").append(skill.name()).append(": ")
                .append(skill.manifest().description()));
        spec = new ToolSpec(NAME, description.toString(), Map.of("type", "object", "required", List.of("skill"),
                "properties", Map.of("skill", Map.of("type", "string", "enum", List.copyOf(skills.keySet()),
                        "description", "The skill's name"))));
    }

    /** A Skill tool when the user has enabled skills, else none (as the reference: only if the user has skills). */
    static List<AgentTool> forSkills(List<UserSkill> all, SkillFiles files) {
        List<UserSkill> enabled = all.stream().filter(UserSkill::enabled).toList();
        return enabled.isEmpty() ? List.of() : List.of(new SkillTool(enabled, files));
    }

    @Override
    public Credits maxCost() {
        return Credits.ZERO; // Reads a stored skill: free.
    }

    @Override
    public ToolSpec spec() {
        return spec;
    }

    @Override
    public ToolOutcome run(ToolInvocation invocation) {
        String wanted = String.valueOf(invocation.arguments().get("skill")).strip();
        Skill skill = skills.get(wanted);
        if (skill == null) {
            skill = skills.get(wanted.toLowerCase(Locale.ROOT));
        }
        if (skill == null) {
            return ToolOutcome.failed("There is no enabled skill named '" + wanted + "'. Available: "
                    + String.join(", ", skills.keySet()));
        }
        Map<String, Object> display = new LinkedHashMap<>();
        display.put("skill", skill.name());
        display.put("description", skill.manifest().description());
        display.put("source", skill.source().code());
        String where = "";
        try {
            Optional<SkillFiles.Copied> copied = files.copy(invocation.sessionId(), skill, invocation.reservation());
            if (copied.isPresent()) {
                display.put(SkillToolDisplay.FILES_DIRECTORY, "/workspace/" + copied.get().directory());
                display.put(SkillToolDisplay.FILES, copied.get().files());
                where = " Its files are in /workspace/" + copied.get().directory()
                        + "/ (paths in the instructions are relative to that folder).";
            }
        } catch (RuntimeException e) {
            // the instructions are still useful without the files; say so instead of failing the load
            where = " Its files could not be copied into the workspace: " + e.getMessage();
            display.put(SkillToolDisplay.FILES_ERROR, String.valueOf(e.getMessage()));
        }
        return new ToolOutcome("Skill '" + skill.name() + "' loaded." + where + " Follow these instructions:\n\n"
                + skill.manifest().content(), display, false);
    }
}
