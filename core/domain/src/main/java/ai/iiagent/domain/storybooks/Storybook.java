package ai.iiagent.domain.storybooks;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One version of an illustrated book made in a session. Every edit makes a new version: same {@code rootId} (the
 * first version's id), {@code parentId} the version it was made from, {@code version} one higher; pages not edited
 * are shared with the parent. Only a published version is visible without signing in.
 */
public record Storybook(StorybookId id, UserId owner, SessionId sessionId, String title, String style,
                        StorybookId rootId, Optional<StorybookId> parentId, int version, int pageCount,
                        StorybookStatus status, boolean voiceOver, boolean published, Instant createdAt,
                        Instant updatedAt) {

    public static final int MAX_PAGES = 100;
    public static final int MAX_TITLE_CHARS = 300;

    public Storybook {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(rootId, "rootId");
        Objects.requireNonNull(parentId, "parentId");
        Objects.requireNonNull(status, "status");
        if (version < 1) {
            throw new IllegalArgumentException("version must be at least 1");
        }
        if (pageCount < 1 || pageCount > MAX_PAGES) {
            throw new IllegalArgumentException("page count must be 1.." + MAX_PAGES);
        }
    }

    /** The first version of a new book, about to be generated. */
    public static Storybook first(UserId owner, SessionId sessionId, String title, String style, int pageCount,
                                  boolean voiceOver, Instant now) {
        StorybookId id = StorybookId.random();
        return new Storybook(id, owner, sessionId, title, style, id, Optional.empty(), 1, pageCount,
                StorybookStatus.GENERATING, voiceOver, false, now, now);
    }

    /** The version an edit of this one makes: ready, unpublished, one higher, this one as its parent. */
    public Storybook nextVersion(int newestVersion, Instant now) {
        return new Storybook(StorybookId.random(), owner, sessionId, title, style, rootId, Optional.of(id),
                newestVersion + 1, pageCount, StorybookStatus.READY, voiceOver, false, now, now);
    }
}
