package ai.iiagent.domain.content;

import java.util.Objects;

/**
 * One change asked of an image slide's picture: what kind, where (null for the whole picture) and the words that
 * go with it (the new text, or what to change; empty for a background removal).
 */
public record ImageEditInstruction(Kind kind, ImageArea area, String text) {

    /** What a step does. */
    public enum Kind {
        /** The text in the region becomes {@code text}, in the same style. */
        REPLACE_TEXT,
        /** The region (or picture) changes as {@code text} describes. */
        MODIFY,
        /** The background becomes transparent; the subject stays. */
        REMOVE_BACKGROUND
    }

    public ImageEditInstruction {
        Objects.requireNonNull(kind, "kind");
        text = text == null ? "" : text;
    }
}
