package ai.iiagent.port.out.integrations;

import ai.iiagent.domain.integrations.ComposioProfile;
import ai.iiagent.domain.users.UserId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The users' Composio profiles. Every lookup names the owner, so another user's profile is never
 * found. Profile names are unique per owner.
 */
public interface ComposioProfileRepository {

    /** Inserts or replaces by id. @throws IllegalStateException when the owner has another profile of that name */
    void save(ComposioProfile profile);

    Optional<ComposioProfile> find(UserId owner, UUID id);

    Optional<ComposioProfile> findByConnectedAccount(UserId owner, String connectedAccountId);

    Optional<ComposioProfile> findByName(UserId owner, String profileName);

    /**
     * The profiles of a Composio connected account, whoever owns them: only for Composio's own signed
     * webhook, which names the account and no user of ours.
     */
    List<ComposioProfile> findAllByConnectedAccount(String connectedAccountId);

    /** The owner's profiles, oldest first; only one toolkit's when {@code toolkitSlug} is given. */
    List<ComposioProfile> list(UserId owner, String toolkitSlug);

    boolean delete(UserId owner, UUID id);
}
