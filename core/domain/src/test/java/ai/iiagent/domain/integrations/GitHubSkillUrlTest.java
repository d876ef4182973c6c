package ai.iiagent.domain.integrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.domain.shared.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GitHubSkillUrlTest {

    @Test
    void givenRepositoryOrFolderUrls_thenRepositoryBranchAndPathAreRead() {
        assertThat(GitHubSkillUrl.parse("https://github.com/anthropics/skills"))
                .isEqualTo(new GitHubSkillUrl("anthropics/skills", null, ""));
        assertThat(GitHubSkillUrl.parse("https://github.com/anthropics/skills.git"))
                .isEqualTo(new GitHubSkillUrl("anthropics/skills", null, ""));
        assertThat(GitHubSkillUrl.parse("https://github.com/anthropics/skills/tree/main/document-skills/pdf/"))
                .isEqualTo(new GitHubSkillUrl("anthropics/skills", "main", "document-skills/pdf"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "github.com/a/b", "http://github.com/a/b", "https://gitlab.com/a/b", "https://github.com/a",
            "https://github.com/a/b/blob/main/x", "https://github.com/a/b/tree/main/../x", "https://github.com/a/b?x=1",
            "https://github.com/-a/b", "file:///etc/passwd"})
    void givenOtherUrls_thenRefused(String url) {
        assertThatThrownBy(() -> GitHubSkillUrl.parse(url)).isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).code().value()).isEqualTo(ConnectorErrors.INVALID_REQUEST);
    }

    @Test
    void givenRepositoryNames_thenOnlyOwnerSlashNameIsAccepted() {
        assertThat(GitHubRepository.requireFullName(" octocat/Hello-World ")).isEqualTo("octocat/Hello-World");
        for (String bad : new String[] {"octocat", "../etc/passwd", "octocat/..", "a/b/c", "octocat/hello world"}) {
            assertThatThrownBy(() -> GitHubRepository.requireFullName(bad)).isInstanceOf(ValidationException.class);
        }
    }
}
