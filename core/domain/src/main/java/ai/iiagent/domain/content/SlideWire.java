package ai.iiagent.domain.content;

/** The names slide exports and image-slide edits carry on the wire: billing subjects, a version source. */
public final class SlideWire {

    /** The billing subject (tool name) of a deck export's hold. */
    public static final String EXPORT_TOOL = "slides_export";

    /** The billing subject of an image slide's edit (regenerate, remove-background). */
    public static final String IMAGE_EDIT_TOOL = "slide_image_edit";
    /** The billing subject of finding the components of an image slide. */
    public static final String IMAGE_DETECT_TOOL = "slide_image_detect";
    /** The version source of a slide whose picture was edited. */
    public static final String IMAGE_EDIT_SOURCE = "image_edit";

    private SlideWire() {
    }
}
