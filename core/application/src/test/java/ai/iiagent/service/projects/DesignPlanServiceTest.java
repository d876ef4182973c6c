package ai.iiagent.service.projects;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.port.in.projects.DesignOperation;
import ai.iiagent.port.in.projects.DesignPlan;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What of a model's plan reaches the web UI: known operations on the snapshot's elements, no active content. */
class DesignPlanServiceTest {

    private static final Set<String> IDS = Set.of("d1", "d2");

    @Test
    void keepsStyleAndTextOperationsOnKnownElements_inOrder_withTheExplanation() {
        DesignPlan plan = DesignPlanService.parse("""
                - `set_style d1 background-color #1d4ed8`
                set_text d2 Welcome   to the shop
                explanation: Blue title, friendlier text.
                """, IDS);

        assertThat(plan.operations()).containsExactly(
                new DesignOperation("set_style", "d1", "background-color", "#1d4ed8", null),
                new DesignOperation("set_text", "d2", null, null, "Welcome   to the shop"));
        assertThat(plan.explanation()).isEqualTo("Blue title, friendlier text.");
    }

    @Test
    void dropsUnknownElementsAndOperations_andStylesThatCouldLoadOrRunAnything() {
        DesignPlan plan = DesignPlanService.parse("""
                Sure! Here is the plan:
                set_style d9 color red
                remove d1
                set_style d1 background url(https://evil.example.org/x.png)
                set_style d1 width expression(alert(1))
                set_style d1 color red;}body{display:none
                set_style d1 Color<script> red
                set_style d1 color
                """, IDS);

        assertThat(plan.operations()).isEmpty();
        assertThat(plan.explanation()).isEqualTo("The model planned no change it could apply.");
    }
}
