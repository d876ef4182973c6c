package ai.iiagent.service.auth;

import ai.iiagent.domain.auth.AttemptLimit;
import java.util.Objects;

/** Sign-up attempts allowed per client address and in total (every node together when counts are shared). */
public record SignUpLimits(AttemptLimit perAddress, AttemptLimit overall) {

    public SignUpLimits {
        Objects.requireNonNull(perAddress, "perAddress");
        Objects.requireNonNull(overall, "overall");
    }
}
