package ai.iiagent.bootstrap.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.port.out.tx.UnitOfWork;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JTA unit of work runs after-commit actions after the outermost commit, in order, and never after a rollback. */
@QuarkusTest
class UnitOfWorkAfterCommitTest {

    @Inject
    UnitOfWork unitOfWork;

    @Test
    void givenActionsInsideNestedUnits_thenTheyRunInOrderOnceTheOutermostCommits() {
        List<String> seen = new ArrayList<>();

        unitOfWork.run(() -> {
            unitOfWork.afterCommit(() -> seen.add("first"));
            unitOfWork.run(() -> unitOfWork.afterCommit(() -> seen.add("second")));
            seen.add("work done");
        });

        assertThat(seen).containsExactly("work done", "first", "second");
    }

    @Test
    void givenARollback_thenTheActionNeverRuns_andOutsideAUnitItRunsAtOnce() {
        List<String> seen = new ArrayList<>();

        assertThatThrownBy(() -> unitOfWork.run(() -> {
            unitOfWork.afterCommit(() -> seen.add("published"));
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        unitOfWork.afterCommit(() -> seen.add("at once"));

        assertThat(seen).containsExactly("at once");
    }
}
