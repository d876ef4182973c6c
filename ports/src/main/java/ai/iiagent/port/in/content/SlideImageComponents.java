package ai.iiagent.port.in.content;

import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.content.DetectedImagePart;
import java.util.List;

/** What was found on an image slide's picture, its pixel size, who found it and what it cost. */
public record SlideImageComponents(List<DetectedImagePart> components, int imageWidth, int imageHeight, String model,
                                   String provider, boolean offline, Credits cost) {

    public SlideImageComponents {
        components = List.copyOf(components);
    }
}
