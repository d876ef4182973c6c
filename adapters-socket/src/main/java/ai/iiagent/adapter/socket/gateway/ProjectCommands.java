package ai.iiagent.adapter.socket.gateway;

import ai.iiagent.adapter.socket.gateway.SessionOwnership.OwnedSession;
import ai.iiagent.domain.projects.DeployTarget;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.port.in.projects.DeployProjectUseCase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * The deploy commands of {@code chat_message} (docs/protocol/realtime.md): {@code publish}
 * {@code {subdomain?, target?}} deploys the session's project (to the server's default target,
 * {@code DEPLOY_TARGET}, the app itself unless configured, when {@code target} names none) and {@code publish_cloud_run} {@code {subdomain?}}
 * to Google Cloud Run. Both answer through session events: {@code agent.status.update} with
 * {@code status} {@code deploy_<phase>} for each phase, then {@code deploy_completed} (with the live URL)
 * or {@code deploy_failed} (with the failing phase).
 */
@ApplicationScoped
public class ProjectCommands {

    private final DeployProjectUseCase deployments;

    public ProjectCommands(DeployProjectUseCase deployments) {
        this.deployments = deployments;
    }

    void handle(OwnedSession session, String command, Map<String, Object> payload) {
        DeployTarget target = switch (command) {
            case "publish" -> {
                String named = text(payload, "target");
                yield named == null ? null : DeployTarget.fromCode(named); // null: the server's DEPLOY_TARGET
            }
            case "publish_cloud_run" -> DeployTarget.CLOUD_RUN;
            default -> throw new IllegalArgumentException("not a project command: " + command);
        };
        deployments.publish(session.owner().userId(), session.sessionId(), target, text(payload, "subdomain"));
    }

    private static String text(Map<String, Object> payload, String field) {
        Object value = payload.get(field);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw new ValidationException(field + " must be a string");
    }
}
