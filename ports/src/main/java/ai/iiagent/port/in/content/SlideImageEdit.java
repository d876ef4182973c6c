package ai.iiagent.port.in.content;

import ai.iiagent.domain.content.Slide;
import ai.iiagent.domain.credits.Credits;

/**
 * An edited image slide: the slide at its new version, the new picture as a {@code data:} URL, and
 * who made it at what cost.
 */
public record SlideImageEdit(Slide slide, String imageUrl, String model, String provider, boolean offline, Credits cost) {
}
