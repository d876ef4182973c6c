package ai.iiagent.port.in.settings;

import ai.iiagent.domain.users.Identity;
import java.util.Objects;

/** An uploaded skill package (zip bytes). */
public record UploadSkillCommand(Identity caller, byte[] packageZip) {

    public UploadSkillCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(packageZip, "packageZip");
    }
}
