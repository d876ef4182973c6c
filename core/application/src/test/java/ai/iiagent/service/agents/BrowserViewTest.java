package ai.iiagent.service.agents;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.domain.agents.ImagePart;
import ai.iiagent.domain.agents.RunEvent;
import ai.iiagent.domain.agents.ToolCall;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.files.Asset;
import ai.iiagent.domain.files.AssetId;
import ai.iiagent.domain.files.AssetPurpose;
import ai.iiagent.domain.files.ContentType;
import ai.iiagent.domain.files.FileName;
import ai.iiagent.domain.files.SignedUrl;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.Identity;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.domain.users.UserRole;
import ai.iiagent.port.in.files.StoredAsset;
import ai.iiagent.port.out.tools.ToolFile;
import ai.iiagent.port.out.tools.ToolOutcome;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A browser tool's screenshot becomes a session file (the image still goes to the model) and the
 * live view's event; other tools and failed calls make no event.
 */
class BrowserViewTest {

    private final SessionId session = SessionId.random();
    private final UserFiles files = new UserFiles(command -> {
        Asset asset = Asset.pending(AssetId.random(), command.owner().userId(), FileName.sanitise(command.fileName()),
                ContentType.parse(command.contentType()), command.content().length, AssetPurpose.UPLOAD, session,
                Instant.EPOCH).completed(command.content().length, Instant.EPOCH);
        return new StoredAsset(asset, new SignedUrl(URI.create("https://files.test/" + asset.id()), "GET", Instant.EPOCH));
    }, new Identity(UserId.random(), UserRole.USER), session);

    private static ToolOutcome page(boolean error) {
        byte[] jpeg = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
        return new ToolOutcome("URL: https://example.org/", Map.of("url", "https://example.org/", "title", "Example",
                "tabs", List.of(Map.of("index", 0), Map.of("index", 1))), error, Credits.ZERO,
                List.of(new ToolFile("browser/b-1.jpg", "b-1.jpg", "image/jpeg", jpeg)),
                List.of(ImagePart.of("b-1.jpg", "image/jpeg", jpeg)));
    }

    @Test
    void givenABrowserToolsScreenshot_thenItIsASessionFile_theModelStillSeesIt_andTheViewEventPointsAtIt() {
        ToolOutcome delivered = files.deliver(page(false));

        assertThat(delivered.images()).as("the image still reaches a vision model").hasSize(1);
        RunEvent.BrowserScreenshot view = BrowserView.of(new ToolCall("c1", "browser_navigation", Map.of()), delivered)
                .orElseThrow();
        assertThat(view.url()).isEqualTo("https://example.org/");
        assertThat(view.title()).isEqualTo("Example");
        assertThat(view.tabs()).isEqualTo(2);
        assertThat(view.screenshot().contentType()).isEqualTo("image/jpeg");
        assertThat(view.screenshot().url()).startsWith("https://files.test/");
        assertThat(view.screenshot().path()).isEqualTo("browser/b-1.jpg");
    }

    @Test
    void givenAnotherToolOrAFailedCall_thenNoViewEvent() {
        assertThat(BrowserView.of(new ToolCall("c1", "send_user_files", Map.of()), files.deliver(page(false)))).isEmpty();
        assertThat(BrowserView.of(new ToolCall("c1", "browser_click", Map.of()), files.deliver(page(true)))).isEmpty();
        assertThat(BrowserView.of(new ToolCall("c1", "browser_click", Map.of()), ToolOutcome.failed("no"))).isEmpty();
    }
}
