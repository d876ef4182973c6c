package ai.iiagent.e2e;

import ai.iiagent.domain.shared.ConflictException;
import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.NotFoundException;
import ai.iiagent.domain.shared.PaymentRequiredException;
import ai.iiagent.domain.shared.RateLimitedException;
import ai.iiagent.domain.shared.ValidationException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.Duration;

/** Test-only endpoint (never on the production class path) that fails in each way a real one can. */
@Path("/test-only/fail/{kind}")
public class ThrowingTestResource {

    /** Thrown for "bug": stands for a programming error whose message must not leak. */
    static final class SecretLeakingBug extends IllegalStateException {
        SecretLeakingBug() {
            super("password=hunter2 in a stack trace");
        }
    }

    @GET
    public String fail(@PathParam("kind") String kind) {
        throw switch (kind) {
            case "validation" -> new ValidationException(ErrorCode.of("invalid_email"), "not a valid email address");
            case "not-found" -> new NotFoundException(ErrorCode.of("session_not_found"), "session x not found");
            case "conflict" -> new ConflictException(ErrorCode.of("run_already_active"), "a run is active");
            case "payment" -> new PaymentRequiredException(ErrorCode.of("insufficient_credits"), "balance too low");
            case "rate" -> new RateLimitedException(ErrorCode.of("too_many_login_attempts"), "slow down",
                    Duration.ofSeconds(42));
            default -> new SecretLeakingBug();
        };
    }
}
