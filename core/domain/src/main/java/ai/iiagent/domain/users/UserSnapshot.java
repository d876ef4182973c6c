package ai.iiagent.domain.users;

import java.time.Instant;

/**
 * The complete persisted state of a {@link User}: what {@link User#snapshot()} hands to storage
 * and {@link User#rehydrate(UserSnapshot)} takes back. No invariants are re-checked on the way in.
 */
public record UserSnapshot(
        UserId id,
        Email email,
        String firstName,
        String lastName,
        String avatarUrl,
        UserRole role,
        Language language,
        boolean active,
        String loginProvider,
        Instant createdAt,
        Instant updatedAt) {
}
