package ai.iiagent.adapter.persistence.credits;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The lane setting: one per core, one per account or a count; anything else stops start-up with its name. */
class CreditFastPathLanesTest {

    @Test
    void onePerCoreOnePerAccountOrACountIsAccepted() {
        for (int lanes : new int[] {CreditFastPathAdapter.LANE_PER_CORE, CreditFastPathAdapter.LANE_PER_ACCOUNT, 1, 4}) {
            assertThatCode(() -> new CreditFastPathAdapter(null, null, null, 64, 8, lanes)).doesNotThrowAnyException();
        }
    }

    @Test
    void aNegativeCountOtherThanOnePerCoreIsRefused() {
        assertThatThrownBy(() -> new CreditFastPathAdapter(null, null, null, 64, 8, -2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("app.credits.group-commit-lanes");
    }
}
