package ai.iiagent.adapter.http.agents;

import ai.iiagent.domain.agents.AgentType;
import ai.iiagent.port.in.agents.ListAgentTypesUseCase;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The agent types for the new-session screen ({@code agent_type} of {@code query} and {@code plan}). */
@Path("/v1/agent-types")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class AgentTypesResource {

    /** One type; {@code unavailable_reason} only when it is not available. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AgentTypeInfo(String id, String name, String description, boolean available,
                                String unavailableReason) {
        static AgentTypeInfo of(AgentType type) {
            return new AgentTypeInfo(type.id(), type.name(), type.description(), type.available(),
                    type.unavailableReason());
        }
    }

    private final ListAgentTypesUseCase types;

    public AgentTypesResource(ListAgentTypesUseCase types) {
        this.types = types;
    }

    @GET
    @Operation(summary = "The agent types: what each is for, and whether it can run on this server yet")
    public List<AgentTypeInfo> list() {
        return types.list().stream().map(AgentTypeInfo::of).toList();
    }
}
