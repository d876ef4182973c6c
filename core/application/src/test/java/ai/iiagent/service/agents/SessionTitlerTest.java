package ai.iiagent.service.agents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a model writes as a title is tidied to one short line. */
class SessionTitlerTest {

    @Test
    void givenModelAnswers_thenQuotesLabelsFullStopsAndExtraLinesAreDropped() {
        assertThat(SessionTitler.clean("\"Trip to Rome\"")).isEqualTo("Trip to Rome");
        assertThat(SessionTitler.clean("Title: Quarterly   report summary.\nSecond line")).isEqualTo("Quarterly report summary");
        assertThat(SessionTitler.clean("  “Mars weather”  ")).isEqualTo("Mars weather");
        assertThat(SessionTitler.clean("")).isEmpty();
        assertThat(SessionTitler.clean(null)).isEmpty();
        assertThat(SessionTitler.clean("word ".repeat(40))).hasSizeLessThanOrEqualTo(80);
    }
}
