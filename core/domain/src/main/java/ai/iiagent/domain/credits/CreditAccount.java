package ai.iiagent.domain.credits;

import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.domain.users.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A user's credits in two pools. Every change returns the new account together with the ledger
 * entries that explain it, so balance and ledger always move together; the repository stores both
 * in one transaction, guarded by {@code version}.
 */
public record CreditAccount(UserId userId, Credits regular, Credits bonus, boolean reconciliationRequired,
                            long version) {

    /** How long a hold lives before the expiry job returns it. */
    public static final Duration RESERVATION_LIFETIME = Duration.ofMinutes(30);
    /** How far below zero a balance may go through holds and settlement shortfalls. */
    public static final Credits SHORTFALL_WINDOW = Credits.of(50);

    public CreditAccount {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(regular, "regular");
        Objects.requireNonNull(bonus, "bonus");
        if (bonus.isNegative()) {
            throw new IllegalArgumentException("the bonus pool never goes below zero");
        }
    }

    public static CreditAccount open(UserId userId) {
        return new CreditAccount(userId, Credits.ZERO, Credits.ZERO, false, 0);
    }

    public Credits available() {
        return regular.plus(bonus);
    }

    /** Adds (or, for an admin adjustment, removes) credits in one pool. */
    public Change grant(Credits amount, CreditPool pool, LedgerEntryType type, String idempotencyKey, String reason,
                        Instant now) {
        if (!type.isGrant()) {
            throw new IllegalArgumentException(type.code() + " is not a grant");
        }
        if (amount.isZero() || amount.isNegative() && type != LedgerEntryType.ADJUSTMENT) {
            throw new ValidationException("amount must be positive (only adjustments may be negative)");
        }
        boolean toBonus = pool == CreditPool.BONUS;
        if (toBonus && bonus.plus(amount).isNegative() || available().plus(amount).isLessThan(SHORTFALL_WINDOW.negate())) {
            throw new ValidationException("the adjustment would take the balance below what it may owe");
        }
        CreditAccount after = toBonus ? withBonus(bonus.plus(amount)) : withRegular(regular.plus(amount));
        return new Change(after, List.of(after.entry(type, pool, amount, null, BillingSubject.NONE, idempotencyKey,
                reason, now)));
    }

    /** Holds {@code amount} for a call, bonus first. A positive hold needs a positive balance and stays in the window. */
    public Reserved reserve(Credits amount, int outputCap, BillingSubject subject, String idempotencyKey, Instant now) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("a hold is never negative");
        }
        if (amount.isPositive() && (!available().isPositive()
                || available().minus(amount).isLessThan(SHORTFALL_WINDOW.negate()))) {
            throw new InsufficientCreditsException(amount, available());
        }
        Credits fromBonus = bonus.min(amount);
        Credits fromRegular = amount.minus(fromBonus);
        ReservationId id = ReservationId.random();
        CreditAccount after = new CreditAccount(userId, regular.minus(fromRegular), bonus.minus(fromBonus),
                reconciliationRequired, version);
        List<LedgerEntry> entries = new ArrayList<>();
        after.addEntry(entries, LedgerEntryType.RESERVATION_HOLD, CreditPool.BONUS, fromBonus.negate(), id, subject,
                idempotencyKey + ":hold:bonus", now);
        after.addEntry(entries, LedgerEntryType.RESERVATION_HOLD, CreditPool.REGULAR, fromRegular.negate(), id, subject,
                idempotencyKey + ":hold:regular", now);
        CreditReservation reservation = new CreditReservation(id, userId, amount, fromBonus, fromRegular, outputCap,
                subject, idempotencyKey, ReservationStatus.HELD, now, now.plus(RESERVATION_LIFETIME));
        return new Reserved(after, reservation, entries);
    }

    /**
     * Ends a hold with the real cost: the unused part goes back (regular first, since spending took
     * bonus first), a shortfall is charged from the live balance down to the window's floor; what
     * cannot be charged marks the account for reconciliation and the reservation as failed.
     */
    public Ended settle(CreditReservation reservation, Credits actual, Instant now) {
        requireOwn(reservation);
        if (actual.isNegative()) {
            throw new IllegalArgumentException("an actual cost is never negative");
        }
        if (actual.isZero()) {
            return release(reservation, LedgerEntryType.RESERVATION_RELEASE, now);
        }
        String key = reservation.idempotencyKey();
        List<LedgerEntry> entries = new ArrayList<>();
        if (!actual.isLessThan(reservation.held())) {
            return chargeShortfall(reservation, actual.minus(reservation.held()), entries, now);
        }
        Credits refund = reservation.held().minus(actual);
        Credits toRegular = reservation.fromRegular().min(refund);
        Credits toBonus = refund.minus(toRegular);
        CreditAccount after = new CreditAccount(userId, regular.plus(toRegular), bonus.plus(toBonus),
                reconciliationRequired, version);
        after.addEntry(entries, LedgerEntryType.RESERVATION_RELEASE, CreditPool.REGULAR, toRegular, reservation.id(),
                reservation.subject(), key + ":settle:regular", now);
        after.addEntry(entries, LedgerEntryType.RESERVATION_RELEASE, CreditPool.BONUS, toBonus, reservation.id(),
                reservation.subject(), key + ":settle:bonus", now);
        return new Ended(after, reservation.ended(ReservationStatus.SETTLED), entries, Credits.ZERO);
    }

    /** Returns the whole hold (failure, cancel: {@code reservation_release}; the expiry job: {@code expiry_release}). */
    public Ended release(CreditReservation reservation, LedgerEntryType type, Instant now) {
        requireOwn(reservation);
        if (type != LedgerEntryType.RESERVATION_RELEASE && type != LedgerEntryType.EXPIRY_RELEASE) {
            throw new IllegalArgumentException(type.code() + " does not release a hold");
        }
        CreditAccount after = new CreditAccount(userId, regular.plus(reservation.fromRegular()),
                bonus.plus(reservation.fromBonus()), reconciliationRequired, version);
        List<LedgerEntry> entries = new ArrayList<>();
        String key = reservation.idempotencyKey() + ":" + type.code();
        after.addEntry(entries, type, CreditPool.REGULAR, reservation.fromRegular(), reservation.id(),
                reservation.subject(), key + ":regular", now);
        after.addEntry(entries, type, CreditPool.BONUS, reservation.fromBonus(), reservation.id(),
                reservation.subject(), key + ":bonus", now);
        ReservationStatus ending = type == LedgerEntryType.EXPIRY_RELEASE ? ReservationStatus.EXPIRED
                : ReservationStatus.RELEASED;
        return new Ended(after, reservation.ended(ending), entries, Credits.ZERO);
    }

    private Ended chargeShortfall(CreditReservation reservation, Credits shortfall, List<LedgerEntry> entries,
                                    Instant now) {
        Credits chargeable = available().plus(SHORTFALL_WINDOW).max(Credits.ZERO).min(shortfall);
        Credits fromBonus = bonus.min(chargeable);
        Credits fromRegular = chargeable.minus(fromBonus);
        Credits uncharged = shortfall.minus(chargeable);
        CreditAccount after = new CreditAccount(userId, regular.minus(fromRegular), bonus.minus(fromBonus),
                reconciliationRequired || uncharged.isPositive(), version);
        String key = reservation.idempotencyKey();
        after.addEntry(entries, LedgerEntryType.SETTLEMENT_CHARGE, CreditPool.BONUS, fromBonus.negate(),
                reservation.id(), reservation.subject(), key + ":shortfall:bonus", now);
        after.addEntry(entries, LedgerEntryType.SETTLEMENT_CHARGE, CreditPool.REGULAR, fromRegular.negate(),
                reservation.id(), reservation.subject(), key + ":shortfall:regular", now);
        ReservationStatus ending = uncharged.isPositive() ? ReservationStatus.SETTLEMENT_FAILED : ReservationStatus.SETTLED;
        return new Ended(after, reservation.ended(ending), entries, uncharged);
    }

    private void requireOwn(CreditReservation reservation) {
        if (!reservation.userId().equals(userId)) {
            throw new IllegalArgumentException("reservation " + reservation.id() + " belongs to another account");
        }
    }

    private CreditAccount withRegular(Credits value) {
        return new CreditAccount(userId, value, bonus, reconciliationRequired, version);
    }

    private CreditAccount withBonus(Credits value) {
        return new CreditAccount(userId, regular, value, reconciliationRequired, version);
    }

    private void addEntry(List<LedgerEntry> entries, LedgerEntryType type, CreditPool pool, Credits amount,
                          ReservationId reservation, BillingSubject subject, String key, Instant now) {
        if (!amount.isZero()) {
            entries.add(entry(type, pool, amount, reservation, subject, key, null, now));
        }
    }

    private LedgerEntry entry(LedgerEntryType type, CreditPool pool, Credits amount, ReservationId reservation,
                              BillingSubject subject, String key, String description, Instant now) {
        Credits balanceAfter = pool == CreditPool.BONUS ? bonus : regular;
        return new LedgerEntry(UUID.randomUUID(), userId, type, pool, amount, balanceAfter, reservation, subject, key,
                description, now);
    }

    /** The account after a change and the ledger entries that explain it. */
    public record Change(CreditAccount account, List<LedgerEntry> entries) {
    }

    /** The account after a hold, the reservation and its ledger entries. */
    public record Reserved(CreditAccount account, CreditReservation reservation, List<LedgerEntry> entries) {
    }

    /** The account after a hold ended (settled, released, expired), the ended reservation, its entries, what could not be charged. */
    public record Ended(CreditAccount account, CreditReservation reservation, List<LedgerEntry> entries,
                          Credits uncharged) {
    }
}
