package ai.iiagent.port.out.jobs;

import java.util.Map;
import java.util.Objects;

/**
 * A job to run: its {@code kind} (which {@link JobHandler} runs it), the {@code subject} it works on (a storybook id,
 * for listing), its parameters (small strings; big inputs live in their own tables) and its retry policy.
 */
public record JobRequest(String kind, String subject, Map<String, String> parameters, RetryPolicy retry) {

    public JobRequest {
        Objects.requireNonNull(kind, "kind");
        subject = subject == null ? "" : subject;
        parameters = Map.copyOf(parameters);
        Objects.requireNonNull(retry, "retry");
    }
}
