package ai.iiagent.service.agents;

import ai.iiagent.domain.credits.LlmQuote;
import ai.iiagent.domain.sessions.Session;
import ai.iiagent.domain.tasks.RunId;
import ai.iiagent.domain.users.Identity;
import ai.iiagent.domain.shared.DomainException;
import ai.iiagent.port.in.sessions.TitleSessionCommand;
import ai.iiagent.port.in.sessions.TitleSessionFromFirstQueryUseCase;
import ai.iiagent.domain.agents.Message;
import ai.iiagent.port.out.llm.LlmRequest;
import ai.iiagent.port.out.llm.LlmStreamListener;
import ai.iiagent.port.out.llm.LlmTurn;
import ai.iiagent.port.out.llm.ResolvedModel;
import ai.iiagent.service.agents.engine.ModelSelection;
import ai.iiagent.service.metering.BillableExecutor;
import ai.iiagent.service.metering.LlmCharge;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Names a new session: by default after its first query (cut short by the title port); with
 * model titles on, a model writes a short title first, billed through metering like any turn (the
 * run's reservation path, BYOK at zero). A failure, an empty answer or one slower than the
 * timeout falls back to the cut query, so a session is never left unnamed because of the model.
 */
public final class SessionTitler {

    static final String PROMPT = "Write a short title, at most eight words, for a conversation that starts with the"
            + " user's message below. Answer with the title only: no quotes, no punctuation at the end.";
    /** Plenty for a title, and the least a quote grants. */
    static final int MAX_OUTPUT_TOKENS = LlmQuote.MIN_OUTPUT_TOKENS;
    private static final int MAX_TITLE_CHARS = 80;
    private static final Logger LOG = Logger.getLogger(SessionTitler.class.getName());

    private final TitleSessionFromFirstQueryUseCase titles;
    private final BillableExecutor billable;
    private final ModelSelection models;
    private final AgentSettings.Titles settings;

    public SessionTitler(TitleSessionFromFirstQueryUseCase titles, BillableExecutor billable, ModelSelection models,
                         AgentSettings.Titles settings) {
        this.titles = titles;
        this.billable = billable;
        this.models = models;
        this.settings = settings;
    }

    /** Names the session of a run that just started: a model's title beside the run on {@code runs}, else the cut query at once. */
    void name(Identity owner, Session session, RunId runId, ResolvedModel runModel, String firstQuery, ExecutorService runs) {
        if (settings.fromModel()) {
            ResolvedModel writer = titleModel(owner, runModel);
            runs.submit(() -> fromModel(owner, session, runId, writer, firstQuery));
        } else {
            truncated(owner, session, firstQuery);
        }
    }

    /** The configured title model, or the run's when none is set or it cannot be used. */
    private ResolvedModel titleModel(Identity owner, ResolvedModel runModel) {
        if (settings.modelId() == null) {
            return runModel;
        }
        try {
            return models.resolve(owner, settings.modelId());
        } catch (DomainException e) {
            return runModel;
        }
    }

    /** The title the port makes of the first query, at once (the default). */
    void truncated(Identity owner, Session session, String firstQuery) {
        titles.title(new TitleSessionCommand(owner, session.id(), firstQuery));
    }

    /** A model's title for an unnamed session (on the caller's thread: the starter runs it beside the run). */
    void fromModel(Identity owner, Session session, RunId runId, ResolvedModel model, String firstQuery) {
        if (!session.awaitsTitle()) {
            return;
        }
        String title = firstQuery;
        try {
            String written = clean(ask(owner, session, runId, model, firstQuery));
            if (!written.isBlank()) {
                title = written;
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "session " + session.id() + ": the model wrote no title (" + e.getClass().getSimpleName()
                    + "); using the first query");
        }
        titles.title(new TitleSessionCommand(owner, session.id(), title));
    }

    private String ask(Identity owner, Session session, RunId runId, ResolvedModel model, String firstQuery) {
        long deadline = System.nanoTime() + settings.timeout().toNanos();
        LlmStreamListener untilDeadline = new LlmStreamListener() {
            @Override
            public void onTextDelta(String text) {
            }

            @Override
            public boolean stopRequested() {
                return System.nanoTime() > deadline;
            }
        };
        LlmRequest request = new LlmRequest(model.provider(), model.modelId(), model.endpoint(),
                List.of(Message.system(PROMPT), Message.user(firstQuery)), List.of(), MAX_OUTPUT_TOKENS);
        LlmCharge charge = new LlmCharge(owner.userId(), session.id().value(), runId.value(), "title", model.price(),
                MAX_OUTPUT_TOKENS, model.byok());
        LlmTurn turn = billable.streamLlm(charge, request, untilDeadline);
        return turn.cancelled() ? "" : turn.text();
    }

    /** One line, without quotes, a "Title:" label or a final full stop, at most 80 characters. */
    static String clean(String written) {
        String line = written == null ? "" : written.strip().lines().findFirst().orElse("").strip();
        line = line.replaceFirst("(?i)^title\\s*:\\s*", "").replaceAll("^[\"'“”«»]+|[\"'“”«»]+$", "").strip();
        line = line.replaceAll("\\s+", " ").replaceAll("[.。]+$", "").strip();
        if (line.codePointCount(0, line.length()) > MAX_TITLE_CHARS) {
            line = line.substring(0, line.offsetByCodePoints(0, MAX_TITLE_CHARS)).strip();
        }
        return line;
    }
}
