package ai.iiagent.port.in.billing;

/**
 * Reads the user's current plan, status, cycle and period end (free with nothing linked for a
 * user who never paid). Works without a payment provider configured.
 *
 * @throws ai.iiagent.domain.users.UserNotFoundException when the user does not exist
 */
public interface GetSubscriptionUseCase {

    SubscriptionView get(GetSubscriptionQuery query);
}
