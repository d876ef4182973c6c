package ai.iiagent.service.projects;

import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.projects.Project;
import ai.iiagent.domain.projects.ProjectErrors;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.shared.EncryptedSecret;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.in.projects.ProjectEnvironmentUseCase;
import ai.iiagent.port.in.projects.ProjectSecretsUseCase;
import ai.iiagent.port.out.projects.ProjectSecretRepository;
import ai.iiagent.service.metering.BillableExecutor;
import ai.iiagent.service.metering.PaidToolCall;
import ai.iiagent.service.metering.ToolCharge;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A project's secrets over REST and {@code add_user_env}: sealed before they are stored, only names
 * answered; after each change the project's .env is written into the sandbox (a zero-priced hold,
 * as every sandbox call takes one).
 */
public final class ProjectSecretsService implements ProjectSecretsUseCase {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,127}");
    private static final int MAX_VALUE = 16 * 1024;
    private static final int MAX_SECRETS = 200;

    private final ProjectAccess access;
    private final ProjectSecretRepository secrets;
    private final ProjectEnvironmentUseCase environment;
    private final BillableExecutor billable;

    public ProjectSecretsService(ProjectAccess access, ProjectSecretRepository secrets, ProjectEnvironmentUseCase environment,
                                 BillableExecutor billable) {
        this.access = access;
        this.secrets = secrets;
        this.environment = environment;
        this.billable = billable;
    }

    @Override
    public List<String> names(UserId caller, SessionId sessionId) {
        return List.copyOf(secrets.of(access.ofSession(caller, sessionId).id()).keySet());
    }

    @Override
    public List<String> merge(UserId caller, SessionId sessionId, Map<String, String> values) {
        Project project = access.ofSession(caller, sessionId);
        Map<String, EncryptedSecret> next = new TreeMap<>(secrets.of(project.id()));
        next.putAll(sealed(values));
        return store(caller, project, next);
    }

    @Override
    public List<String> replace(UserId caller, SessionId sessionId, Map<String, String> values) {
        Project project = access.ofSession(caller, sessionId);
        return store(caller, project, new TreeMap<>(sealed(values)));
    }

    @Override
    public List<String> remove(UserId caller, SessionId sessionId, Collection<String> names) {
        Project project = access.ofSession(caller, sessionId);
        Map<String, EncryptedSecret> next = new TreeMap<>(secrets.of(project.id()));
        names.forEach(next::remove);
        return store(caller, project, next);
    }

    private List<String> store(UserId caller, Project project, Map<String, EncryptedSecret> next) {
        if (next.size() > MAX_SECRETS) {
            throw new ValidationException(ProjectErrors.INVALID_SECRET, "a project has at most " + MAX_SECRETS + " secrets");
        }
        secrets.replace(project.id(), next);
        billable.runPaidTool(new ToolCharge(caller, project.sessionId().value(), null, "project-env-sync",
                "env:" + UUID.randomUUID(), Credits.ZERO), new PaidToolCall<Void>() {
            @Override
            public Void call(CreditReservation reservation) {
                environment.writeEnvFile(caller, project.sessionId(), reservation);
                return null;
            }

            @Override
            public Credits cost(Void result) {
                return Credits.ZERO;
            }
        });
        return List.copyOf(next.keySet());
    }

    private Map<String, EncryptedSecret> sealed(Map<String, String> values) {
        if (values == null || values.size() > MAX_SECRETS) {
            throw new ValidationException(ProjectErrors.INVALID_SECRET, "secrets is an object of at most "
                    + MAX_SECRETS + " names");
        }
        Map<String, EncryptedSecret> sealed = new TreeMap<>();
        values.forEach((name, value) -> {
            if (name == null || !NAME.matcher(name).matches()) {
                throw new ValidationException(ProjectErrors.INVALID_SECRET,
                        "a secret name is an environment variable name ([A-Za-z_][A-Za-z0-9_]*, at most 128)");
            }
            if (value == null || value.length() > MAX_VALUE || value.chars().anyMatch(c -> c == 0 || c == '\n' || c == '\r')) {
                throw new ValidationException(ProjectErrors.INVALID_SECRET, "the value of " + name
                        + " is a string of at most 16 KiB without line breaks");
            }
            sealed.put(name, access.cipher().encryptText(value));
        });
        return sealed;
    }
}
