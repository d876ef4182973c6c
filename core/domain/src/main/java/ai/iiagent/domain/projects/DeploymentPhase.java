package ai.iiagent.domain.projects;

/**
 * The phases of a deployment, in order: {@code prepare} (project, target and subdomain checked),
 * {@code package} (the built site copied out of the sandbox), {@code start} (the copy served: files
 * published or the server process started), {@code verify} (the site answers), {@code route} (its
 * subdomain points at it).
 */
public enum DeploymentPhase {
    PREPARE("prepare", DeploymentStatus.PENDING),
    PACKAGE("package", DeploymentStatus.BUILDING),
    START("start", DeploymentStatus.DEPLOYING),
    VERIFY("verify", DeploymentStatus.DEPLOYING),
    ROUTE("route", DeploymentStatus.DEPLOYING);

    private final String code;
    private final DeploymentStatus status;

    DeploymentPhase(String code, DeploymentStatus status) {
        this.code = code;
        this.status = status;
    }

    public String code() {
        return code;
    }

    /** The deployment's status while this phase runs. */
    public DeploymentStatus status() {
        return status;
    }

    public static DeploymentPhase fromCode(String code) {
        for (DeploymentPhase phase : values()) {
            if (phase.code.equals(code)) {
                return phase;
            }
        }
        throw new IllegalArgumentException("unknown deployment phase " + code);
    }
}
