package ai.iiagent.e2e.ui;

import static ai.iiagent.e2e.ui.Ui.testId;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The chat page in a real browser with the offline model: a new conversation from the top bar, a
 * streamed answer with a code_interpreter tool card, the conversation in the list, advanced settings
 * saved and kept across a reload (a tool switched off is no longer used), an attached file shown with
 * its message, and council mode with two members that fail (their endpoints are unreachable) while the
 * synthesis still answers.
 */
@QuarkusTest
@TestProfile(UiTestProfile.class)
class ChatPageTest extends BrowserTestBase {

    @Test
    void givenTheChatPage_whenAPersonChats_thenStreamingToolsSettingsAttachmentsAndCouncilShow() {
        Ui.register(page);
        testId(page, "nav-chat").click();
        assertThat(testId(page, "chat-page")).isVisible();

        send("python: print(6 * 7)");
        page.waitForURL(Pattern.compile(".*/chat/[0-9a-fA-F-]{36}$"));
        Locator card = testId(page, "chat-tool-card").first();
        assertThat(card).hasAttribute("data-tool", "code_interpreter");
        assertThat(card).hasAttribute("data-status", "done", new com.microsoft.playwright.assertions.LocatorAssertions
                .HasAttributeOptions().setTimeout(2 * WAIT_MS)); // a session's first sandbox starts cold
        assertThat(card).containsText("42");
        assertThat(testId(page, "chat-conversation")).hasCount(1);
        documentScreen(page, "chat-tool-card");

        testId(page, "chat-advanced-toggle").click();
        testId(page, "chat-advanced-temperature").fill("0.4");
        testId(page, "chat-advanced-system").fill("Answer briefly.");
        testId(page, "chat-advanced-tool-code_interpreter").uncheck();
        testId(page, "chat-advanced-save").click();
        assertThat(testId(page, "chat-advanced")).isHidden();
        page.reload();
        testId(page, "chat-advanced-toggle").click();
        assertThat(testId(page, "chat-advanced-temperature")).hasValue("0.4");
        assertThat(testId(page, "chat-advanced-system")).hasValue("Answer briefly.");
        assertThat(testId(page, "chat-advanced-tool-code_interpreter")).not().isChecked();
        testId(page, "chat-advanced-toggle").click();
        send("python: print(1)");
        assertThat(testId(page, "chat-message-assistant")).hasCount(2);
        assertThat(testId(page, "chat-message-assistant").last()).containsText("You said");
        assertThat(testId(page, "chat-tool-card")).hasCount(1);

        testId(page, "chat-attach").setInputFiles(new FilePayload("notes.txt", "text/plain",
                "Remember the llama budget.".getBytes(StandardCharsets.UTF_8)));
        assertThat(testId(page, "chat-attachments")).containsText("notes.txt");
        send("what is in my file?");
        assertThat(testId(page, "chat-message-user").last()).containsText("notes.txt");
        assertThat(testId(page, "chat-message-assistant")).hasCount(3);

        page.evaluate("async () => { const t = JSON.parse(localStorage.getItem('ii-agent.tokens')).access_token;"
                + " for (const name of ['Alpha', 'Beta']) { const r = await fetch('/v1/user-settings/models', {method: 'POST',"
                + " headers: {'content-type': 'application/json', authorization: 'Bearer ' + t}, body: JSON.stringify("
                + "{provider: 'openai_compatible', model_id: name.toLowerCase() + '-model', display_name: name,"
                + " base_url: 'https://models.example.invalid/v1', api_key: 'sk-unused'})});"
                + " if (!r.ok) throw new Error('model ' + r.status); } }");
        testId(page, "chat-new").click();
        page.reload();
        testId(page, "chat-council-toggle").check();
        Locator pick = testId(page, "chat-council-pick");
        pick.getByLabel("Alpha").check();
        pick.getByLabel("Beta").check();
        send("council: which is bigger, 6 or 7?");
        Locator members = testId(page, "chat-council-member");
        assertThat(members).hasCount(2);
        assertThat(members.first()).hasAttribute("data-status", "error");
        assertThat(members.last()).hasAttribute("data-status", "error");
        assertThat(testId(page, "chat-conversation")).hasCount(2);
        assertThat(testId(page, "chat-message-assistant").last()).containsText("Offline demo model here");
        documentScreen(page, "chat-council");
    }

    private void send(String text) {
        testId(page, "chat-input").fill(text);
        testId(page, "chat-send").click();
        assertThat(testId(page, "chat-send")).isDisabled();
        assertThat(testId(page, "chat-input")).hasValue("");
    }
}
