package ai.iiagent.port.in.content;

import ai.iiagent.domain.users.Identity;
import java.util.List;
import java.util.Objects;

/** Add a template to the catalogue (administrators only). */
public record CreateSlideTemplateCommand(Identity caller, String name, String html, List<String> images) {

    public CreateSlideTemplateCommand {
        Objects.requireNonNull(caller, "caller");
    }
}
