package ai.iiagent.port.out.integrations;

import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.integrations.CodingCli;
import ai.iiagent.domain.integrations.CodingCliCredentials;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.port.out.NotBillable;
import java.time.Duration;
import java.util.Optional;

/**
 * Runs a coding agent's CLI (Codex, Claude Code) on a task inside a session's sandbox. The CLI is
 * installed on this machine at first use (the sandbox itself has no network to install anything) and
 * made visible to the sandbox read-only; the credentials reach the CLI's process only, never the
 * session's shells, files or a command line.
 *
 * <h2>Errors</h2>
 * A CLI that cannot be installed or run on this server is {@code ServiceUnavailableException}
 * {@code coding_cli_unavailable} with the reason; sandbox failures are the sandbox's own errors.
 */
public interface CodingCliPort {

    /**
     * Why the CLI cannot be used on this server (no npm, an install that failed, a sandbox provider
     * that cannot run it), or empty when it is installed or can be installed at first use. Cheap:
     * never installs anything.
     */
    @NotBillable("a check of this machine: nothing is installed or run")
    Optional<String> unavailableReason(CodingCli cli);

    /**
     * Runs the CLI non-interactively on {@code task} in the session's {@code /workspace} until it
     * finishes or {@code timeout} passes, installing it first when needed.
     */
    CodingCliResult run(SessionId session, CodingCli cli, String task, CodingCliCredentials credentials, Duration timeout,
                        CreditReservation reservation);

    /**
     * What a run produced.
     *
     * @param finalMessage the CLI's last answer (its summary of what it did), empty when it gave none
     * @param transcript   what it printed, cut to a bounded size
     * @param exitCode     the process's exit code (-1 when it was stopped at the timeout)
     * @param timedOut     whether it was stopped at the timeout
     */
    record CodingCliResult(String finalMessage, String transcript, int exitCode, boolean timedOut) {
    }
}
