package ai.iiagent.port.in.projects;

import ai.iiagent.domain.shared.ErrorCode;

/**
 * Whether a subdomain can be claimed.
 *
 * @param name   the name as it would be stored (lower-cased)
 * @param reason why not ({@code invalid_subdomain}, {@code subdomain_reserved}, {@code subdomain_taken}), null when available
 */
public record SubdomainAvailability(String name, boolean available, ErrorCode reason, String message) {
}
