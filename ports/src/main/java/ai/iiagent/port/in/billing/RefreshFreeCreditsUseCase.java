package ai.iiagent.port.in.billing;

/**
 * Tops every active user without an active paid plan up to the free plan's monthly credits in the
 * regular pool, once per user and period: a user already refreshed in the period is skipped,
 * whatever their balance, so running it again (or on several nodes) changes nothing. Each user is
 * its own unit of work; the grant's idempotency key is {@code refresh:<user id>:<yyyy-MM>}.
 */
public interface RefreshFreeCreditsUseCase {

    FreeCreditsRefresh refresh(RefreshFreeCreditsCommand command);
}
