package ai.iiagent.domain.content;

/** The names slide exports carry on the wire: their billing subject. */
public final class SlideWire {

    /** The billing subject (tool name) of a deck export's hold. */
    public static final String EXPORT_TOOL = "slides_export";

    private SlideWire() {
    }
}
