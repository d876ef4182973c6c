package ai.iiagent.port.out.integrations;

import ai.iiagent.domain.integrations.OAuthState;
import java.time.Instant;
import java.util.Optional;

/** Authorisations in progress, addressed by the SHA-256 of their state value. */
public interface OAuthStateRepository {

    void save(OAuthState state);

    Optional<OAuthState> find(String stateHash);

    /**
     * Marks a state used, atomically: of two callbacks racing with the same state only one gets true.
     *
     * @return false when it was used already (or is unknown)
     */
    boolean markUsed(String stateHash, Instant at);

    /** Removes states that expired before {@code before}. @return how many */
    int deleteExpired(Instant before);
}
