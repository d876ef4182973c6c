package ai.iiagent.adapter.http.shared;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * RFC 9457 problem details, the body of every error response ({@code application/problem+json}).
 * {@code code} is the stable snake_case error code clients switch on; {@code requestId} matches the
 * {@code X-Request-Id} response header and the server's log lines.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProblemDetail(String type, String title, int status, String detail, String code, String instance,
                            String requestId) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://ii-agent.dev/problems/";

    public static ProblemDetail of(int status, String title, String code, String detail, String instance,
                                   String requestId) {
        return new ProblemDetail(TYPE_BASE + code.replace('_', '-'), title, status, detail, code, instance,
                requestId);
    }
}
