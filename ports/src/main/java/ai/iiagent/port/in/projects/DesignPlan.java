package ai.iiagent.port.in.projects;

import java.util.List;

/** The model's plan for the design iframe: the operations to apply (maybe none) and what it says about them. */
public record DesignPlan(List<DesignOperation> operations, String explanation) {
}
