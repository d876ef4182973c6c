package ai.iiagent.domain.tasks;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A run's lifecycle. Legal moves: pending → running; running → completed | paused | cancelled |
 * failed | aborting; paused → running (continue) | aborting; aborting → cancelled.
 */
public enum RunStatus {
    PENDING, RUNNING, COMPLETED, PAUSED, ABORTING, CANCELLED, FAILED;

    private static final Map<RunStatus, Set<RunStatus>> NEXT = Map.of(
            PENDING, EnumSet.of(RUNNING),
            RUNNING, EnumSet.of(COMPLETED, PAUSED, CANCELLED, FAILED, ABORTING),
            PAUSED, EnumSet.of(RUNNING, ABORTING),
            ABORTING, EnumSet.of(CANCELLED),
            COMPLETED, EnumSet.noneOf(RunStatus.class),
            CANCELLED, EnumSet.noneOf(RunStatus.class),
            FAILED, EnumSet.noneOf(RunStatus.class));

    public boolean canBecome(RunStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** At most one active run per session (enforced by the database too). */
    public boolean isActive() {
        return this == PENDING || this == RUNNING || this == PAUSED || this == ABORTING;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RunStatus fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
