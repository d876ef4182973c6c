package ai.iiagent.adapter.integrations.projects;

import ai.iiagent.domain.projects.DeploymentErrors;
import ai.iiagent.domain.shared.UpstreamFailureException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/** Asks a provider again every {@code interval} until it has an answer, or fails {@code deploy_timeout} at the deadline. */
public record Polling(Duration interval, Duration deadline) {

    public <T> T until(String what, Supplier<Optional<T>> attempt) {
        long end = System.nanoTime() + deadline.toNanos();
        while (true) {
            Optional<T> answer = attempt.get();
            if (answer.isPresent()) {
                return answer.get();
            }
            if (System.nanoTime() + interval.toNanos() > end) {
                throw new UpstreamFailureException(DeploymentErrors.TIMED_OUT, what + " was not done within "
                        + deadline.toSeconds() + " s");
            }
            try {
                Thread.sleep(interval);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UpstreamFailureException(DeploymentErrors.TIMED_OUT, "interrupted while waiting for " + what);
            }
        }
    }
}
