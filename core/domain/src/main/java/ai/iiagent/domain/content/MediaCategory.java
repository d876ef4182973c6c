package ai.iiagent.domain.content;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a media template, tool or model makes: images, videos or audio (speech). */
public enum MediaCategory {
    IMAGE, VIDEO, AUDIO;

    /** The category as written on the wire ({@code image}, {@code video}, {@code audio}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<MediaCategory> ofCode(String code) {
        return code == null ? Optional.empty() : Arrays.stream(values())
                .filter(category -> category.code().equals(code.strip().toLowerCase(Locale.ROOT))).findFirst();
    }
}
