package ai.iiagent.port.in.credits;

/**
 * The expiry job: a hold nobody settled (its process died between reserve and settle) goes back
 * to the balance as {@code expiry_release}, exactly once even with several nodes running the job.
 */
public interface ExpireReservationsUseCase {

    /** @return how many holds were returned */
    int expire(ExpireReservationsCommand command);
}
