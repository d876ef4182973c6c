package ai.iiagent.port.out.documents;

/**
 * Whether the renderer can run on this node.
 *
 * @param available true when renders will be attempted
 * @param reason why not, written for an operator (empty when available)
 */
public record RenderAvailability(boolean available, String reason) {

    public static RenderAvailability yes() {
        return new RenderAvailability(true, "");
    }

    public static RenderAvailability no(String reason) {
        return new RenderAvailability(false, reason);
    }
}
