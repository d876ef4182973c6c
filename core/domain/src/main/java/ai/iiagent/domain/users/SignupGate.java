package ai.iiagent.domain.users;

import ai.iiagent.domain.shared.AccessDeniedException;
import ai.iiagent.domain.shared.ErrorCode;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The waitlist: while it is on, only addresses in allow-listed domains may create an account.
 * Existing accounts are never affected.
 */
public record SignupGate(boolean waitlistEnabled, Set<String> allowedDomains) {

    public SignupGate {
        allowedDomains = allowedDomains.stream().map(domain -> domain.strip().toLowerCase(Locale.ROOT))
                .filter(domain -> !domain.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    public static SignupGate open() {
        return new SignupGate(false, Set.of());
    }

    public void check(Email email) {
        if (waitlistEnabled && !allowedDomains.contains(email.domain())) {
            throw new AccessDeniedException(ErrorCode.of("not_on_waitlist"),
                    "sign-up is limited to invited addresses for now");
        }
    }
}
