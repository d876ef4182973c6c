package ai.iiagent.domain.storybooks;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One page as generated or edited: its scene (what the illustration shows), its text, and the assets of its
 * illustration, voice-over and background. A page never changes once stored; an edit stores a new page in a new
 * version of the book, and the other pages are shared between the versions.
 */
public record StoryPage(UUID id, String scene, String text, Optional<UUID> imageAssetId, Optional<UUID> audioAssetId,
                        Optional<UUID> backgroundAssetId, Instant createdAt) {

    public static final int MAX_TEXT_CHARS = 5_000;
    /** Largest background picture accepted (bytes). */
    public static final long MAX_BACKGROUND_BYTES = 5L * 1024 * 1024;

    public StoryPage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scene, "scene");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(imageAssetId, "imageAssetId");
        Objects.requireNonNull(audioAssetId, "audioAssetId");
        Objects.requireNonNull(backgroundAssetId, "backgroundAssetId");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** The same page on another background: a new page (new id), text, picture and voice-over kept. */
    public StoryPage withBackground(UUID backgroundAsset, Instant now) {
        return new StoryPage(UUID.randomUUID(), scene, text, imageAssetId, audioAssetId, Optional.of(backgroundAsset), now);
    }

    /** The same page with another illustration: a new page (new id), text, voice-over and background kept. */
    public StoryPage withImage(UUID imageAsset, Instant now) {
        return new StoryPage(UUID.randomUUID(), scene, text, Optional.of(imageAsset), audioAssetId, backgroundAssetId, now);
    }

    /** The same page read aloud: a new page (new id), everything else kept. */
    public StoryPage withAudio(UUID audioAsset, Instant now) {
        return new StoryPage(UUID.randomUUID(), scene, text, imageAssetId, Optional.of(audioAsset), backgroundAssetId, now);
    }

    /** The same page with other text: a new page (new id), the same pictures and background, no voice-over. */
    public StoryPage withText(String newText, Instant now) {
        return new StoryPage(UUID.randomUUID(), scene, newText, imageAssetId, Optional.empty(), backgroundAssetId, now);
    }
}
