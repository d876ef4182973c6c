package ai.iiagent.port.out.billing;

import ai.iiagent.domain.billing.Subscription;
import ai.iiagent.domain.users.UserId;
import java.util.List;
import java.util.Optional;

/**
 * Stores each user's {@link Subscription} (the billing columns of the user's row). Contract:
 * <ul>
 *   <li>a user who exists but never paid reads as {@link Subscription#none}; an unknown user as empty;</li>
 *   <li>{@link #lockForUser} also locks the row until the surrounding unit of work ends, so two
 *       events for one user apply one after the other;</li>
 *   <li>a customer id belongs to at most one user.</li>
 * </ul>
 */
public interface SubscriptionRepository {

    Optional<Subscription> find(UserId user);

    /** Like {@link #find}, holding a row lock until the unit of work ends. */
    Optional<Subscription> lockForUser(UserId user);

    Optional<UserId> findUserByCustomer(String customerId);

    /** Replaces the stored subscription of an existing user. */
    void save(Subscription subscription);

    /**
     * A page of active users' subscriptions in user-id order, starting after {@code after}
     * (null: from the start), at most {@code limit} of them.
     */
    List<Subscription> listActiveUsers(UserId after, int limit);
}
