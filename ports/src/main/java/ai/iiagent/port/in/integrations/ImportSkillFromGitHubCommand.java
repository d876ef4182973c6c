package ai.iiagent.port.in.integrations;

import ai.iiagent.domain.users.Identity;
import java.util.Objects;

/** Import the skill package at a public GitHub URL ({@code https://github.com/<owner>/<repo>[/tree/<branch>/<path>]}). */
public record ImportSkillFromGitHubCommand(Identity caller, String url) {

    public ImportSkillFromGitHubCommand {
        Objects.requireNonNull(caller, "caller");
    }
}
