package ai.iiagent.port.out.sessions;

import ai.iiagent.domain.shared.ModelSettingId;
import ai.iiagent.domain.users.Identity;

/**
 * Whether a caller may name a model setting on a session: their own or a system one. Sessions
 * store model setting ids without owning them, so they ask before storing one.
 */
@FunctionalInterface
public interface ModelSettingVisibility {

    /** @return false for another user's setting and for one that does not exist (the caller cannot tell them apart) */
    boolean visibleTo(Identity caller, ModelSettingId id);
}
