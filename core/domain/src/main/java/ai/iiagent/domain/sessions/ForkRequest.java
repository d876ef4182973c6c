package ai.iiagent.domain.sessions;

import ai.iiagent.domain.shared.ModelSettingId;
import java.util.Objects;

/** The caller's choices for a fork; a null model setting means "the parent's". */
public record ForkRequest(ForkType forkType, SandboxMode sandboxMode, ForkContext context,
                          ModelSettingId modelSettingId) {

    public ForkRequest {
        Objects.requireNonNull(forkType, "forkType");
        sandboxMode = sandboxMode == null ? SandboxMode.SHARE : sandboxMode;
        context = context == null ? new ForkContext(null, null) : context;
    }
}
