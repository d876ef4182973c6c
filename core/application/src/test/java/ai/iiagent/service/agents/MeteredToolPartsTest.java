package ai.iiagent.service.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.domain.agents.Role;
import ai.iiagent.domain.credits.CreditAccount;
import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.credits.HoldRequest;
import ai.iiagent.domain.credits.LlmQuote;
import ai.iiagent.domain.credits.ModelPrice;
import ai.iiagent.domain.credits.ReservationStatus;
import ai.iiagent.domain.credits.TokenUsage;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.tasks.RunId;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.in.credits.ReleaseReservationCommand;
import ai.iiagent.port.in.credits.ReserveCreditsCommand;
import ai.iiagent.port.in.credits.SettleReservationCommand;
import ai.iiagent.port.in.credits.Settlement;
import ai.iiagent.port.out.llm.LlmEndpoint;
import ai.iiagent.port.out.llm.LlmRequest;
import ai.iiagent.port.out.llm.LlmTurn;
import ai.iiagent.port.out.llm.ModelCatalogPort;
import ai.iiagent.port.out.llm.ResolvedModel;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolParts;
import ai.iiagent.service.metering.BillableExecutor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** A tool's parts through BillableExecutor: each paid part its own hold and settlement, a completion an LLM turn. */
class MeteredToolPartsTest {

    private static final ModelPrice CHEAP = ModelPrice.of("0.15", "0.6", "0", "0.075");
    private final UserId user = UserId.random();
    private final SessionId session = SessionId.random();
    private final RunId run = RunId.random();
    private final List<ReserveCreditsCommand> reserved = Collections.synchronizedList(new ArrayList<>());
    private final List<SettleReservationCommand> settled = Collections.synchronizedList(new ArrayList<>());
    private final List<ReleaseReservationCommand> released = Collections.synchronizedList(new ArrayList<>());
    private final AtomicReference<LlmRequest> sent = new AtomicReference<>();
    private final CreditAccount account = new CreditAccount(user, Credits.of(100), Credits.ZERO, false, 0);
    private final List<String> resolvedIds = new ArrayList<>();

    @Test
    void givenThreeQueryParts_oneFailing_thenThreeHoldsAtThePrice_twoSettled_oneReleased() {
        ToolParts parts = parts();
        ToolInvocation call = invocation();
        List<String> answers = new ArrayList<>();

        for (String query : List.of("a", "b", "boom")) {
            try {
                answers.add(parts.paid(call, "web_batch_search", "q-" + query, Credits.of("0.5"), new ToolParts.PaidPart<>() {
                    @Override
                    public String run(CreditReservation reservation) {
                        assertThat(reservation.held()).isEqualTo(Credits.of("0.5"));
                        if (query.equals("boom")) {
                            throw new IllegalStateException("provider down");
                        }
                        return "results for " + query;
                    }

                    @Override
                    public Credits cost(String result) {
                        return Credits.of("0.5");
                    }
                }));
            } catch (IllegalStateException e) {
                answers.add(e.getMessage());
            }
        }

        assertThat(answers).containsExactly("results for a", "results for b", "provider down");
        assertThat(reserved).extracting(ReserveCreditsCommand::idempotencyKey).containsExactly(
                "tool:" + run.value() + ":call_9/q-a", "tool:" + run.value() + ":call_9/q-b",
                "tool:" + run.value() + ":call_9/q-boom");
        assertThat(reserved).allSatisfy(command -> {
            assertThat(command.hold()).isEqualTo(new HoldRequest.Fixed(Credits.of("0.5")));
            assertThat(command.subject().toolName()).isEqualTo("web_batch_search");
            assertThat(command.subject().runId()).isEqualTo(run.value());
        });
        assertThat(settled).hasSize(2).allSatisfy(command -> assertThat(command.actual()).isEqualTo(Credits.of("0.5")));
        assertThat(released).hasSize(1);
    }

    @Test
    void givenACompletion_thenItIsAnLlmTurnOnTheExtractionModel_heldAndSettledAtThatModelsPrice() {
        TokenUsage usage = new TokenUsage(3000, 120, 0, 0, 0);
        ToolParts parts = parts((request, reservation, listener) -> new LlmTurn("  Blocking I/O no longer pins.  ",
                "stop", usage));

        String answer = parts.complete(invocation(), "extract", "You extract information from web pages.", "Request: x");

        assertThat(answer).isEqualTo("Blocking I/O no longer pins.");
        assertThat(resolvedIds).containsExactly("cheap-model");
        assertThat(sent.get().modelId()).isEqualTo("cheap-model");
        assertThat(sent.get().messages()).extracting(message -> message.role()).containsExactly(Role.SYSTEM, Role.USER);
        assertThat(sent.get().maxOutputTokens()).isLessThanOrEqualTo(800);
        assertThat(reserved).singleElement().satisfies(command -> {
            assertThat(command.idempotencyKey()).isEqualTo("llm:" + run.value() + ":call_9/extract");
            assertThat(command.hold()).isInstanceOf(HoldRequest.Llm.class);
            assertThat(((HoldRequest.Llm) command.hold()).price()).isEqualTo(CHEAP);
            assertThat(command.subject().modelId()).isEqualTo("cheap-model");
        });
        assertThat(settled).singleElement().satisfies(command -> {
            assertThat(command.actual()).isEqualTo(usage.cost(CHEAP));
            assertThat(command.actual().isPositive()).isTrue();
            assertThat(command.tokens()).isEqualTo(usage);
        });
    }

    @Test
    void givenTheModelFails_thenTheHoldIsReleased_andTheFailureReachesTheTool() {
        ToolParts parts = parts((request, reservation, listener) -> {
            throw new IllegalStateException("connection refused");
        });

        assertThatThrownBy(() -> parts.complete(invocation(), "extract", "x", "y")).hasMessage("connection refused");
        assertThat(released).hasSize(1);
        assertThat(settled).isEmpty();
    }

    private ToolParts parts() {
        return parts((request, reservation, listener) -> {
            throw new AssertionError("no model call expected");
        });
    }

    private ToolParts parts(ai.iiagent.port.out.llm.LlmPort llm) {
        BillableExecutor executor = new BillableExecutor(this::reserve, command -> {
            settled.add(command);
            return new Settlement(ReservationStatus.SETTLED, command.actual(), Credits.ZERO, Credits.of(90), false);
        }, command -> {
            released.add(command);
            return new Settlement(ReservationStatus.RELEASED, Credits.ZERO, Credits.ZERO, Credits.of(100), false);
        }, (request, reservation, listener) -> {
            sent.set(request);
            return llm.stream(request, reservation, listener);
        }, (who, subject, settlement) -> { });
        ModelCatalogPort catalog = new ModelCatalogPort() {
            @Override
            public ResolvedModel resolve(UserId userId, String requestedModelId) {
                resolvedIds.add(requestedModelId);
                return new ResolvedModel("openai", requestedModelId, "Cheap", LlmEndpoint.DEFAULT, CHEAP, 16_384, 128_000,
                        false, false);
            }

            @Override
            public ModelPrice priceFor(String provider, String modelId) {
                return CHEAP;
            }

            @Override
            public boolean acceptsImages(String provider, String modelId) {
                return false;
            }
        };
        return new MeteredToolParts(executor, catalog, "cheap-model", 800);
    }

    // Reserves on a real account object, as the credits service does under its lock.
    private synchronized CreditReservation reserve(ReserveCreditsCommand command) {
        reserved.add(command);
        LlmQuote quote = switch (command.hold()) {
            case HoldRequest.Fixed fixed -> new LlmQuote(0, fixed.amount(), fixed.amount().toUsd());
            case HoldRequest.Llm llm -> LlmQuote.forCall(account.available(), llm.price(), llm.estimatedInputTokens(),
                    llm.modelCap());
        };
        return account.reserve(quote.hold(), quote.outputCap(), command.subject(), command.idempotencyKey(),
                Instant.now()).reservation();
    }

    private ToolInvocation invocation() {
        return new ToolInvocation(user, session, run, "call_9", Map.of(), Map.of());
    }
}
