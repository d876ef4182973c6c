package ai.iiagent.e2e.ui;

import static ai.iiagent.e2e.ui.Ui.testId;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import ai.iiagent.bootstrap.wiring.ProjectsWiring;
import ai.iiagent.domain.credits.BillingSubject;
import ai.iiagent.domain.credits.CreditAccount;
import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.tasks.RunId;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.out.sandbox.SandboxPort;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.BoundingBox;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Project design mode in a real browser (docs/projects.md, Design mode): a static project's page,
 * served by its dev server in the real sandbox, opens in the design frame through the design proxy; a click picks its
 * heading; the AI's iframe plan (offline model) is listed and applied to the frame's copy; "Apply to
 * file" rewrites the heading in the project's file and the reloaded page shows it; Revert puts the
 * file back and the reloaded page no longer has the change.
 */
@QuarkusTest
@TestProfile(UiTestProfile.class)
class ProjectDesignUiTest extends BrowserTestBase {

    private static final String PAGE = """
            <!doctype html>
            <html><head><title>Bakery</title><link rel="stylesheet" href="style.css"></head>
            <body><main>
            <h1 class="title">Hello</h1>
            <p class="lead">Fresh bread every morning.</p>
            </main></body></html>
            """;

    @Inject
    ProjectsWiring.ProjectTools tools;

    @Inject
    SandboxPort sandbox;

    @Inject
    DataSource dataSource;

    @Test
    void givenAProjectPage_thenAnElementIsPicked_planned_appliedToTheFile_andReverted() throws Exception {
        // The panel appears as soon as the project exists and its Preview tab opens port 3000 at once, before the
        // template's dev server listens: that open is refused (404, which Chromium logs). Design mode opens later.
        expectConsoleError("404.*/previews/3000");
        String email = Ui.register(page);
        page.navigate("/");
        String sessionId = Ui.newSession(page);
        UserId user = userId(email);
        SessionId session = new SessionId(UUID.fromString(sessionId));
        CreditReservation hold = CreditAccount.open(user).reserve(Credits.ZERO, 0, BillingSubject.NONE, "design-ui",
                Instant.now()).reservation();
        ToolOutcome init = tools.tools().stream().filter(tool -> tool.spec().name().equals("fullstack_project_init"))
                .findFirst().orElseThrow().run(new ToolInvocation(user, session, new RunId(UUID.randomUUID()),
                        "call_" + UUID.randomUUID(), Map.of("project_name", "bakery", "framework", "static"), Map.of(), hold));
        org.assertj.core.api.Assertions.assertThat(init.error()).as(init.text()).isFalse();
        sandbox.writeFile(session, "bakery/public/index.html", PAGE.getBytes(StandardCharsets.UTF_8), hold);

        page.reload();
        testId(page, "project-tab-design").click();
        // The template's dev server serves public/ on port 3000: the form's defaults (port, path "/", the file).
        assertThat(testId(page, "design-file")).hasValue("public/index.html");
        testId(page, "design-open").click();
        assertThat(testId(page, "project-design-frame")).hasAttribute("sandbox", "allow-same-origin");
        FrameLocator site = page.frameLocator("[data-testid=project-design-frame]");
        Locator heading = site.locator("h1");
        assertThat(heading).hasText("Hello");

        // Pick the heading through the layer above the frame.
        BoundingBox box = heading.boundingBox();
        page.mouse().click(box.x + box.width / 2, box.y + box.height / 2);
        assertThat(testId(page, "project-design-picked")).containsText("main > h1");
        assertThat(heading).hasAttribute("data-design-selected", "");

        // The plan, applied to the frame's copy only.
        testId(page, "project-design-instruction").fill("Say \"Welcome\" in blue");
        testId(page, "project-design-plan").click();
        assertThat(testId(page, "project-design-op")).hasCount(2);
        assertThat(testId(page, "project-design-plan-result")).containsText("Offline plan for: Say \"Welcome\" in blue");
        assertThat(heading).hasText("Welcome");
        assertThat(heading).hasAttribute("style", Pattern.compile("color: blue"));
        page.evaluate("() => document.querySelector('[data-testid=project-design]').scrollIntoView()");
        documentScreen(page, "project-design");

        // Applied to the file: the page comes back from the server with the model's change.
        testId(page, "project-design-apply").click();
        assertThat(testId(page, "project-design-message")).containsText("Changed public/index.html (commit ");
        assertThat(heading).hasText("Hello");
        assertThat(heading).hasAttribute("data-design-change", "Say \"Welcome\" in blue");
        assertThat(testId(page, "project-design-change")).hasCount(1);

        // Reverted: the file as at the checkpoint, and the page without the change.
        testId(page, "project-design-revert").click();
        assertThat(testId(page, "project-design-message")).containsText("Reverted public/index.html to ");
        assertThat(testId(page, "project-design-change")).hasAttribute("data-reverted", "true");
        assertThat(site.locator("h1[data-design-change]")).hasCount(0);
        assertThat(heading).hasText("Hello");
        org.assertj.core.api.Assertions.assertThat(new String(sandbox.readFile(session, "bakery/public/index.html", hold),
                StandardCharsets.UTF_8)).isEqualTo(PAGE);
    }

    private UserId userId(String email) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT id FROM users WHERE email = ?")) {
            query.setString(1, email);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return new UserId(rows.getObject(1, UUID.class));
            }
        }
    }
}
