package ai.iiagent.adapter.http.shared;

import ai.iiagent.domain.shared.AccessDeniedException;
import ai.iiagent.domain.shared.AuthenticationRequiredException;
import ai.iiagent.domain.shared.ConflictException;
import ai.iiagent.domain.shared.DomainException;
import ai.iiagent.domain.shared.NotFoundException;
import ai.iiagent.domain.shared.PaymentRequiredException;
import ai.iiagent.domain.shared.RateLimitedException;
import ai.iiagent.domain.shared.ServiceUnavailableException;
import ai.iiagent.domain.shared.UpstreamFailureException;
import ai.iiagent.domain.shared.ValidationException;

/** The single place where a domain error category becomes an HTTP status and title. */
public record ProblemStatus(int status, String title) {

    /** Exhaustive over the sealed hierarchy: a new category does not compile until it is mapped here. */
    public static ProblemStatus of(DomainException error) {
        return switch (error) {
            case ValidationException e -> new ProblemStatus(400, "Invalid request");
            case AuthenticationRequiredException e -> new ProblemStatus(401, "Authentication required");
            case PaymentRequiredException e -> new ProblemStatus(402, "Payment required");
            case AccessDeniedException e -> new ProblemStatus(403, "Forbidden");
            case NotFoundException e -> new ProblemStatus(404, "Not found");
            case ConflictException e -> new ProblemStatus(409, "Conflict");
            case RateLimitedException e -> new ProblemStatus(429, "Too many requests");
            case UpstreamFailureException e -> new ProblemStatus(502, "Upstream provider failed");
            case ServiceUnavailableException e -> new ProblemStatus(503, "Service unavailable");
        };
    }
}
