package ai.iiagent.domain.content;

import java.util.List;
import java.util.Optional;

/**
 * The built-in media templates (seeded prompts for the gallery) and the media mini-tools, written for
 * this product. Public: anyone may browse them.
 */
public final class MediaCatalogue {

    /** The billing subject's tool name of {@code POST /v1/media/reference-image}. */
    public static final String REFERENCE_IMAGE_TOOL = "reference_image";

    private static final List<MediaTemplate> TEMPLATES = List.of(
            image("product-shot", "Product shot", "marketing", "A clean studio photo of a product on a plain background",
                    "Studio product photograph of {subject} on a seamless pastel background, soft box lighting, sharp focus,"
                            + " gentle shadow", "1:1"),
            image("watercolor-illustration", "Watercolour illustration", "illustration",
                    "A loose watercolour painting with visible paper texture",
                    "Loose watercolour illustration of {subject}, visible brush strokes, cold-press paper texture,"
                            + " muted palette", "4:3"),
            image("isometric-scene", "Isometric scene", "illustration", "A tidy isometric 3D scene, like a game tile",
                    "Isometric 3D render of {subject}, miniature diorama, soft global illumination, pastel colours", "1:1"),
            image("cinematic-still", "Cinematic still", "photography", "A wide film still with dramatic light",
                    "Cinematic wide shot of {subject}, anamorphic lens, golden hour backlight, shallow depth of field,"
                            + " film grain", "16:9"),
            image("poster", "Event poster", "marketing", "A bold poster with room for a headline",
                    "Bold graphic poster about {subject}, strong geometric shapes, two-colour print, large empty area"
                            + " for a headline", "2:3"),
            image("social-portrait", "Story background", "social", "A vertical background for stories and reels",
                    "Vertical background image of {subject}, vibrant gradient, uncluttered centre for text", "9:16"),
            video("product-turntable", "Product turntable", "marketing", "A slow 360° turn of a product",
                    "A slow 360 degree turntable shot of {subject} on a pedestal, studio lighting, seamless background",
                    "1:1"),
            video("drone-flyover", "Drone fly-over", "travel", "A smooth aerial glide over a landscape",
                    "Smooth drone fly-over of {subject} at sunrise, slow forward motion, light mist, cinematic colour",
                    "16:9"),
            video("vertical-teaser", "Vertical teaser", "social", "A short vertical clip with quick motion",
                    "Fast-paced vertical teaser of {subject}, dynamic camera moves, bright colours", "9:16"));

    private static final List<MediaTool> TOOLS = List.of(
            new MediaTool("image-generator", "Image generator", MediaCategory.IMAGE,
                    "Makes a picture from a description, in the shape you choose", "generate_image", true, null),
            new MediaTool("video-generator", "Video generator", MediaCategory.VIDEO,
                    "Makes a short clip from a description, optionally starting from an image", "generate_video", true,
                    null),
            new MediaTool("voice-over", "Voice-over", MediaCategory.AUDIO, "Speaks a text aloud as an MP3 or WAV file",
                    "generate_speech", true, null),
            new MediaTool("reference-image", "Reference image", MediaCategory.IMAGE,
                    "Makes a reference picture to guide later generations", REFERENCE_IMAGE_TOOL, true, null),
            new MediaTool("concatenate-videos", "Join clips", MediaCategory.VIDEO,
                    "Joins clips into one video, one after the other", "concatenate_videos", true, null),
            new MediaTool("extract-frames", "Extract frames", MediaCategory.IMAGE,
                    "Takes still pictures out of a video at chosen moments", "extract_frames", true, null));

    private MediaCatalogue() {
    }

    /** The templates in gallery order. */
    public static List<MediaTemplate> templates() {
        return TEMPLATES;
    }

    public static Optional<MediaTemplate> template(String id) {
        return TEMPLATES.stream().filter(template -> template.id().equals(id)).findFirst();
    }

    /** The mini-tools in the order the product presents them. */
    public static List<MediaTool> tools() {
        return TOOLS;
    }

    public static Optional<MediaTool> tool(String id) {
        return TOOLS.stream().filter(tool -> tool.id().equals(id)).findFirst();
    }

    private static MediaTemplate image(String id, String name, String category, String description, String prompt,
                                       String ratio) {
        return new MediaTemplate(id, name, MediaCategory.IMAGE, category, description, prompt, ratio);
    }

    private static MediaTemplate video(String id, String name, String category, String description, String prompt,
                                       String ratio) {
        return new MediaTemplate(id, name, MediaCategory.VIDEO, category, description, prompt, ratio);
    }
}
