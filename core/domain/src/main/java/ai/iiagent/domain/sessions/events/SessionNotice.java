package ai.iiagent.domain.sessions.events;

import ai.iiagent.domain.sessions.ForkInfo;
import ai.iiagent.domain.sessions.MilestoneStatus;
import java.util.Objects;

/**
 * What the session-level services (outside the agent wing's runs) tell a session, one record per
 * event of the contract (docs/protocol/events.md). The core builds these; the wire names and JSON
 * content are the adapters' ({@code port.out.sessions.SessionNoticeEncoding}), so no snake_case key
 * is spelled in the services.
 */
public sealed interface SessionNotice {

    /** {@code session.forked}: where the new session came from. */
    record Forked(ForkInfo fork) implements SessionNotice {

        public Forked {
            Objects.requireNonNull(fork, "fork");
        }
    }

    /** {@code connection.workspace_info}: the session has no sandbox yet, so no workspace either. */
    record NoWorkspaceYet() implements SessionNotice {
    }

    /** {@code plan.milestone.updated}: one milestone of the session's plan changed status. */
    record MilestoneUpdated(String milestoneId, MilestoneStatus status) implements SessionNotice {

        public MilestoneUpdated {
            Objects.requireNonNull(milestoneId, "milestoneId");
            Objects.requireNonNull(status, "status");
        }
    }

    /**
     * {@code agent.response.interrupted}: a run failed outside its loop (its node stopped), so the
     * failure is told on its behalf.
     */
    record RunInterrupted(String message) implements SessionNotice {
    }

    /** {@code agent.stream.complete}: the last event of a run ended outside its loop. */
    record RunStreamCompleted() implements SessionNotice {
    }

    /**
     * {@code sandbox.status_changed}: the session's sandbox moved to {@code status}.
     *
     * @param reason why, in the sandbox feature's words ({@code domain.sandboxes.SandboxChangeReason})
     */
    record SandboxStatusChanged(String status, String sandboxId, String provider, String reason, String vscodeUrl,
                                String expiresAt) implements SessionNotice {
    }
}
