package ai.iiagent.adapter.persistence.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.domain.sessions.ForkContext;
import ai.iiagent.domain.sessions.ForkInfo;
import ai.iiagent.domain.sessions.ForkType;
import ai.iiagent.domain.sessions.MilestoneStatus;
import ai.iiagent.domain.sessions.SandboxMode;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.sessions.events.EventName;
import ai.iiagent.domain.sessions.events.SessionNotice;
import ai.iiagent.port.out.sessions.SessionNoticeEncoding.Encoded;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Each session notice in the protocol's name and content, key for key and in the original's order. */
class SessionNoticeJsonTest {

    private static final UUID RUN = UUID.randomUUID();
    private final SessionNoticeJson json = new SessionNoticeJson();

    @Test
    void givenAFork_thenSessionForkedNamesTheSourceAndHowItWasForked() {
        SessionId parent = SessionId.random();
        ForkInfo fork = new ForkInfo(ForkType.RESEARCH_TO_WEBSITE, parent, "deep_research",
                new ForkContext(List.of("report.md"), "make it blue"), Instant.parse("2026-12-06T10:00:00Z"),
                SandboxMode.NEW);

        assertEncoded(null, new SessionNotice.Forked(fork), EventName.SESSION_FORKED,
                "source_session_id", parent.toString(), "fork_type", "research_to_website",
                "parent_agent_type", "deep_research", "sandbox_mode", "new", "attachments", List.of("report.md"),
                "additional_instruction", "make it blue");
    }

    @Test
    void givenTheSessionLevelNotices_thenTheirNamesAndContentAreTheProtocols() {
        assertEncoded(null, new SessionNotice.NoWorkspaceYet(), EventName.CONNECTION_WORKSPACE_INFO,
                "workspace_path", "", "sandbox_id", null, "sandbox_status", "not_created");
        assertEncoded(RUN, new SessionNotice.MilestoneUpdated("m1", MilestoneStatus.COMPLETED),
                EventName.PLAN_MILESTONE_UPDATED, "milestone_id", "m1", "status", MilestoneStatus.COMPLETED.code());
        assertEncoded(null, new SessionNotice.SandboxStatusChanged("running", "sb-1", "local", "create_failed",
                        null, "2026-12-06T22:00:00Z"), EventName.SANDBOX_STATUS_CHANGED,
                "status", "running", "sandbox_id", "sb-1", "provider", "local", "reason", "create_failed",
                "vscode_url", null, "expires_at", "2026-12-06T22:00:00Z");
    }

    @Test
    void givenARunEndedOutsideItsLoop_thenInterruptedAsFailed_thenStreamComplete_eachWithTheRunIdLast() {
        assertEncoded(RUN, new SessionNotice.RunInterrupted("The server stopped."), EventName.AGENT_RESPONSE_INTERRUPTED,
                "message", "The server stopped.", "run_status", "failed", "run_id", RUN.toString());
        assertEncoded(RUN, new SessionNotice.RunStreamCompleted(), EventName.AGENT_STREAM_COMPLETE,
                "message", "Stream complete", "api_version", "v1", "run_id", RUN.toString());
    }

    private void assertEncoded(UUID runId, SessionNotice notice, EventName name, Object... keysAndValues) {
        Encoded encoded = json.encode(runId, notice);
        Map<String, Object> expected = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            expected.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        assertThat(encoded.name()).as(notice.toString()).isEqualTo(name);
        assertThat(new ArrayList<>(encoded.content().entrySet())).as(notice.toString())
                .containsExactlyElementsOf(expected.entrySet());
    }
}
