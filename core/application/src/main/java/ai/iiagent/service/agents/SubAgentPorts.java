package ai.iiagent.service.agents;

import ai.iiagent.port.in.files.ShareSessionFileUseCase;
import ai.iiagent.port.in.sessions.PublishSessionEventsUseCase;
import ai.iiagent.port.out.agents.RunEventEncoding;
import ai.iiagent.port.out.agents.SessionSecretRepository;
import ai.iiagent.port.out.secrets.SecretCipherPort;
import ai.iiagent.port.out.tasks.RunCancellationSignal;
import ai.iiagent.service.metering.BillableExecutor;

/** Only what a sub-agent works with: the billing path, the run's cancel flag, events, the session's variables and files. */
public record SubAgentPorts(BillableExecutor billable, RunCancellationSignal cancellation, PublishSessionEventsUseCase events,
                            RunEventEncoding encoding, SessionSecretRepository sessionSecrets, SecretCipherPort cipher,
                            ShareSessionFileUseCase sharedFiles) {
}
