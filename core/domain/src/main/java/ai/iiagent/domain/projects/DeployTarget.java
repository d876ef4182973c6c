package ai.iiagent.domain.projects;

import ai.iiagent.domain.shared.ValidationException;
import java.util.Arrays;

/** Where a project is deployed: the app itself (embedded), Vercel or Google Cloud Run. */
public enum DeployTarget {
    EMBEDDED("embedded"),
    VERCEL("vercel"),
    CLOUD_RUN("cloud_run");

    private final String code;

    DeployTarget(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static DeployTarget fromCode(String code) {
        return Arrays.stream(values()).filter(target -> target.code.equals(code)).findFirst()
                .orElseThrow(() -> new ValidationException(DeploymentErrors.INVALID_TARGET, "unknown deploy target '" + code
                        + "'"));
    }
}
