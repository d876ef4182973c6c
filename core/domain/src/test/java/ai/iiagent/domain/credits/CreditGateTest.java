package ai.iiagent.domain.credits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CreditGateTest {

    private final CreditGate gate = CreditGate.STANDARD;

    @Test
    void givenLessThanOneCredit_thenWorkMayNotStart_unlessOnTheUsersOwnKey() {
        assertThat(gate.mayStart(Credits.of(1), false)).isTrue();
        assertThat(gate.mayStart(Credits.ZERO, false)).isFalse();
        assertThat(gate.mayStart(Credits.ZERO, true)).isTrue();
        assertThatThrownBy(() -> gate.requireToStart(Credits.ZERO, false))
                .isInstanceOf(InsufficientCreditsException.class).hasMessageContaining("about 1 credits; 0 available");
        gate.requireToStart(Credits.of(2), false);
    }

    @Test
    void givenWhatIsLeftAfterASettlement_thenBelowOneCreditHasRunOut() {
        assertThat(gate.ranOut(Credits.ZERO)).isTrue();
        assertThat(gate.ranOut(Credits.of(1))).isFalse();
    }
}
