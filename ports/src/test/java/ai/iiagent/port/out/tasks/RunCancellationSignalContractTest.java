package ai.iiagent.port.out.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.domain.tasks.RunId;
import org.junit.jupiter.api.Test;

/** What every {@link RunCancellationSignal} adapter must do; subclasses supply two views of one store. */
public abstract class RunCancellationSignalContractTest {

    /** The adapter as the node that receives {@code cancel} sees it. */
    protected abstract RunCancellationSignal signal();

    /** The same store as another node (the one executing the run) sees it. */
    protected abstract RunCancellationSignal otherNode();

    @Test
    void a_run_is_not_cancelled_until_someone_raises_its_flag() {
        assertThat(signal().isRaised(RunId.random())).isFalse();
    }

    @Test
    void a_raised_flag_is_seen_by_the_node_executing_the_run() {
        RunId run = RunId.random();
        signal().raise(run);
        assertThat(otherNode().isRaised(run)).isTrue();
    }

    @Test
    void raising_twice_is_harmless_and_flags_are_per_run() {
        RunId run = RunId.random();
        RunId other = RunId.random();
        signal().raise(run);
        signal().raise(run);
        assertThat(otherNode().isRaised(run)).isTrue();
        assertThat(otherNode().isRaised(other)).isFalse();
    }

    @Test
    void clearing_forgets_the_flag() {
        RunId run = RunId.random();
        signal().raise(run);
        otherNode().clear(run);
        assertThat(signal().isRaised(run)).isFalse();
    }
}
