package ai.iiagent.adapter.tools.projects;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.domain.projects.ProjectTemplates;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every shipped template is complete in the build: its listed files, a start script, a .gitignore keeping .env out. */
class ProjectTemplateFilesTest {

    @Test
    void givenEachTemplate_thenItsFilesAreInTheBuild_withTheNameFilledIn_andEnvIgnoredByGit() {
        for (String template : java.util.stream.Stream.concat(ProjectTemplates.ALL.stream(),
                java.util.stream.Stream.of(ProjectTemplates.EXPO)).toList()) {
            Map<String, byte[]> files = ProjectTemplateFiles.files(template, "my-site");
            assertThat(files).as(template).containsKeys("start.sh", ".gitignore", "README.md");
            assertThat(new String(files.get(".gitignore"), StandardCharsets.UTF_8)).contains(".env");
            assertThat(files.values()).as(template).noneMatch(content ->
                    new String(content, StandardCharsets.UTF_8).contains("{{PROJECT_NAME}}"));
            assertThat(new String(files.get("README.md"), StandardCharsets.UTF_8)).startsWith("# my-site");
        }
        assertThat(ProjectTemplateFiles.files(ProjectTemplates.FULLSTACK, "shop")).containsKeys("server.py", "pgwire.py",
                "schema.sql", "public/index.html", "public/app.js");
        assertThat(ProjectTemplateFiles.files(ProjectTemplates.EXPO, "notes")).containsKeys("package.json", "app.json",
                "index.js", "App.js", "babel.config.js", "offline/index.html");
    }
}
