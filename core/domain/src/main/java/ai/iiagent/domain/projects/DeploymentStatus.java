package ai.iiagent.domain.projects;

/** Where a deployment is (the original's {@code deployment_status}, plus {@code stopped} after an undeploy). */
public enum DeploymentStatus {
    PENDING("pending"),
    BUILDING("building"),
    DEPLOYING("deploying"),
    DEPLOYED("deployed"),
    FAILED("failed"),
    STOPPED("stopped");

    private final String code;

    DeploymentStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static DeploymentStatus fromCode(String code) {
        for (DeploymentStatus status : values()) {
            if (status.code.equals(code)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown deployment status " + code);
    }
}
