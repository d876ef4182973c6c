package ai.iiagent.port.in.content;

import ai.iiagent.domain.content.Slide;
import java.util.List;

/** A deck: its name and its slides in order. */
public record Presentation(String name, List<Slide> slides) {

    public Presentation {
        slides = List.copyOf(slides);
    }
}
