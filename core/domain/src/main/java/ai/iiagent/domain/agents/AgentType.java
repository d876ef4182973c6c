package ai.iiagent.domain.agents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * One kind of agent a session can run (reference §5.10): what it is for, the instructions it starts
 * with and the tools it may use. A type whose tools this server does not have yet is listed but not
 * {@code available}, with the reason in words; runs of it are refused.
 *
 * @param id the wire name ({@code agent_type})
 * @param name a short human name
 * @param description one line on what it is for
 * @param available whether runs of this type can start on this server
 * @param unavailableReason why not, naming what is missing; null when available
 * @param tools the tool names beyond {@link AgentTypes#COMMON_TOOLS}, before the model-family swaps
 */
public record AgentType(String id, String name, String description, boolean available, String unavailableReason,
                        List<String> tools) {

    public AgentType {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        tools = List.copyOf(tools);
        if (available == (unavailableReason != null)) {
            throw new IllegalArgumentException("an unavailable type says why, an available one does not: " + id);
        }
    }

    static AgentType ready(String id, String name, String description, List<String> tools) {
        return new AgentType(id, name, description, true, null, tools);
    }

    static AgentType planned(String id, String name, String description, String reason, List<String> tools) {
        return new AgentType(id, name, description, false, reason, tools);
    }

    /** This type, not available on this server now, for {@code reason} (a CLI that cannot be installed, say). */
    public AgentType unavailable(String reason) {
        return new AgentType(id, name, description, false, Objects.requireNonNull(reason, "reason"), tools);
    }

    /** The type's system prompt, a resource file per type ({@code prompts/<id>.md} beside this class). */
    public String systemPrompt() {
        String resource = "prompts/" + id + ".md";
        try (InputStream in = AgentType.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no system prompt for agent type " + id + " (" + resource + ")");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
