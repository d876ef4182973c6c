package ai.iiagent.adapter.http.shared;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** Stable codes for errors raised by the HTTP stack itself rather than by the domain. */
record FrameworkProblem(String title, String code, String detail) {

    /** A 400 from the JSON reader: what was wrong with the body, by the parse error that caused it. */
    static FrameworkProblem forBadRequest(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidTextException) {
                return new FrameworkProblem("Invalid text", InvalidTextException.CODE, InvalidTextException.DETAIL);
            }
            if (cause instanceof StreamConstraintsException) {
                return new FrameworkProblem("Bad request", "json_limits_exceeded",
                        "The JSON body is nested too deeply or holds a value too long to read.");
            }
        }
        return forStatus(400);
    }

    /** Names the field by its path in the body (never its value). */
    static FrameworkProblem forMismatch(MismatchedInputException error) {
        StringBuilder path = new StringBuilder();
        error.getPath().forEach(reference -> path.append(reference.getFieldName() != null
                ? (path.isEmpty() ? "" : ".") + reference.getFieldName() : "[" + reference.getIndex() + "]"));
        String field = path.isEmpty() ? "the body" : "field '" + path + "'";
        return new FrameworkProblem("Bad request", "invalid_json_field",
                "The JSON of " + field + " has the wrong type or a value that cannot be read.");
    }

    static FrameworkProblem forStatus(int status) {
        return switch (status) {
            case 400 -> new FrameworkProblem("Bad request", "malformed_request", "The request could not be read (malformed JSON or a wrong parameter type).");
            case 401 -> new FrameworkProblem("Authentication required", "authentication_required",
                    "Send a valid bearer token.");
            case 403 -> new FrameworkProblem("Forbidden", "forbidden", "You may not do this.");
            case 404 -> new FrameworkProblem("Not found", "not_found", "No such resource.");
            case 405 -> new FrameworkProblem("Method not allowed", "method_not_allowed",
                    "This resource does not support that HTTP method.");
            case 406 -> new FrameworkProblem("Not acceptable", "not_acceptable",
                    "No representation matches the Accept header.");
            case 413 -> new FrameworkProblem("Payload too large", "payload_too_large", "The request body is too large.");
            case 415 -> new FrameworkProblem("Unsupported media type", "unsupported_media_type",
                    "Send a supported Content-Type.");
            default -> status >= 500
                    ? new FrameworkProblem("Internal server error", "internal_error", "Something went wrong on our side.")
                    : new FrameworkProblem("Request failed", "request_failed", "The request failed.");
        };
    }
}
