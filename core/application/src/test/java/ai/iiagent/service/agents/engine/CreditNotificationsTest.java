package ai.iiagent.service.agents.engine;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.domain.agents.AgentErrors;
import ai.iiagent.domain.agents.RunEvent;
import ai.iiagent.domain.credits.BillingSubject;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.credits.ReservationStatus;
import ai.iiagent.domain.sessions.events.EventName;
import ai.iiagent.domain.tasks.RunId;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.in.credits.Settlement;
import ai.iiagent.port.in.sessions.PublishSessionEventsCommand;
import ai.iiagent.port.out.agents.RunEventEncoding;
import ai.iiagent.port.out.tasks.InMemoryRunCancellationSignal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What the session hears after a settlement, and when a run is stopped for lack of credits. The
 * events are checked as typed records; their wire keys are pinned by {@code RunEventJsonTest}.
 */
class CreditNotificationsTest {

    private final List<PublishSessionEventsCommand> published = new ArrayList<>();
    private final List<RunEvent> encoded = new ArrayList<>();
    private final List<RunId> encodedRuns = new ArrayList<>();
    // Records what was encoded; the name mirrors the event's kind so the published order can be checked.
    private final RunEventEncoding encoding = (runId, event) -> {
        encoded.add(event);
        encodedRuns.add(runId);
        return new RunEventEncoding.Encoded(event instanceof RunEvent.CreditsDeducted
                ? EventName.BILLING_CREDITS_DEDUCTED : EventName.SYSTEM_ERROR, Map.of());
    };
    private final InMemoryRunCancellationSignal cancellation = new InMemoryRunCancellationSignal();
    private final CreditNotifications notifications = new CreditNotifications(command -> {
        published.add(command);
        return List.of();
    }, cancellation, encoding);
    private final UUID session = UUID.randomUUID();
    private final UUID run = UUID.randomUUID();
    private final BillingSubject subject = BillingSubject.llm(session, run, "openai", "gpt-4o");

    @Test
    void givenCreditsLeft_thenOnlyTheDeductionIsReported() {
        notifications.settled(UserId.random(), subject, settlement("2.5", "40"));

        assertThat(published).singleElement().satisfies(command -> {
            assertThat(command.sessionId().value()).isEqualTo(session);
            assertThat(command.events()).singleElement().satisfies(event -> {
                assertThat(event.name()).isEqualTo(EventName.BILLING_CREDITS_DEDUCTED);
                assertThat(event.runId()).isEqualTo(run);
            });
        });
        assertThat(encoded).singleElement().isEqualTo(new RunEvent.CreditsDeducted(Credits.of("2.5"), Credits.of(40),
                "gpt-4o", null, ReservationStatus.SETTLED));
        assertThat(cancellation.isRaised(new RunId(run))).isFalse();
    }

    @Test
    void givenLessThanOneCreditLeft_thenTheRunIsCancelledAndTheUserToldWhy() {
        notifications.settled(UserId.random(), subject, settlement("3", "0.4"));

        assertThat(cancellation.isRaised(new RunId(run))).isTrue();
        assertThat(published).singleElement().satisfies(command -> assertThat(command.events())
                .extracting(PublishSessionEventsCommand.Outgoing::name)
                .containsExactly(EventName.BILLING_CREDITS_DEDUCTED, EventName.SYSTEM_ERROR));
        assertThat(encoded.get(1)).isInstanceOfSatisfying(RunEvent.ErrorOccurred.class, error -> {
            assertThat(error.category()).isEqualTo(RunEvent.ErrorCategory.INSUFFICIENT_CREDITS);
            assertThat(error.code()).isEqualTo(AgentErrors.INSUFFICIENT_CREDITS);
            assertThat(error.message()).isNotBlank();
            assertThat(error.recoverable()).isFalse();
        });
        assertThat(encodedRuns).containsExactly(null, new RunId(run)); // the error names its run in its content
    }

    @Test
    void givenNoSessionOrAnAlreadyEndedReservation_thenNothingIsPublished() {
        notifications.settled(UserId.random(), BillingSubject.NONE, settlement("1", "0"));
        notifications.settled(UserId.random(), subject,
                new Settlement(ReservationStatus.EXPIRED, Credits.ZERO, Credits.ZERO, Credits.ZERO, true));

        assertThat(published).isEmpty();
        assertThat(cancellation.isRaised(new RunId(run))).isFalse();
    }

    private static Settlement settlement(String charged, String remaining) {
        return new Settlement(ReservationStatus.SETTLED, Credits.of(charged), Credits.ZERO, Credits.of(remaining), false);
    }
}
