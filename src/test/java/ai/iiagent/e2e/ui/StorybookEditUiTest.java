package ai.iiagent.e2e.ui;

import static ai.iiagent.e2e.ui.Ui.testId;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * The storybook edit mode's picture tools, downloads and cancelling in a real browser (docs/storybooks.md): a page gets
 * a new illustration from a prompt (version 2, other bytes than version 1's, the other pages shared) and a generated
 * background (version 3, picture kept), the versions list grows with each, the book downloads as a PNG ZIP through the
 * download stream and a page as PNG; and a long book being made stops when the owner presses Stop: the reader says it
 * was cancelled, fewer pages than asked were made and nothing stays held.
 */
@QuarkusTest
@TestProfile(UiTestProfile.class)
class StorybookEditUiTest extends BrowserTestBase {

    private static final double MAKING_MS = 4 * WAIT_MS; // pictures (and voice-over) on a busy machine
    private static final int LONG_BOOK_PAGES = 40;

    @Test
    void givenAReadyBook_thenAPromptMakesANewPicture_andABackground_eachANewVersion_andTheBookDownloads() throws Exception {
        Ui.register(page);
        String token = token(page);
        String first = startBook(token, "The Quiet Owl", List.of("An owl sits on a branch.", "The owl sees the moon.",
                "The owl flies home."), false);
        page.navigate("/storybooks/" + first);
        Locator reader = testId(page, "storybook-reader");
        assertThat(reader).hasAttribute("data-status", "ready", new LocatorAssertions.HasAttributeOptions().setTimeout(MAKING_MS));
        testId(page, "storybook-next").click();
        assertThat(testId(page, "storybook-counter")).hasText("Page 2 of 3");
        String firstPicture = shownPictureDigest(page);

        testId(page, "storybook-edit").click();
        assertThat(testId(page, "storybook-ai-background")).isDisabled(); // a background needs a prompt
        testId(page, "storybook-ai-prompt").fill("an owl under a starry night sky");
        testId(page, "storybook-ai-image").click();
        assertThat(testId(page, "storybook-saved")).hasText("Saved as version 2.");
        assertThat(testId(page, "storybook-version")).hasText("Version 2");
        assertThat(testId(page, "storybook-counter")).hasText("Page 2 of 3");
        String secondPicture = shownPictureDigest(page);
        org.assertj.core.api.Assertions.assertThat(secondPicture).isNotEqualTo(firstPicture);
        String second = reader.getAttribute("data-storybook-id");
        JsonPath v1 = as(token).get("/v1/storybooks/" + first).then().statusCode(200).extract().jsonPath();
        JsonPath v2 = as(token).get("/v1/storybooks/" + second).then().statusCode(200).extract().jsonPath();
        org.assertj.core.api.Assertions.assertThat(v2.getString("parent_id")).isEqualTo(first);
        org.assertj.core.api.Assertions.assertThat(v2.getString("pages[1].image_asset_id"))
                .isNotEqualTo(v1.getString("pages[1].image_asset_id"));
        org.assertj.core.api.Assertions.assertThat(v2.getString("pages[0].page_id")).isEqualTo(v1.getString("pages[0].page_id"));
        org.assertj.core.api.Assertions.assertThat(v2.getString("pages[2].page_id")).isEqualTo(v1.getString("pages[2].page_id"));

        testId(page, "storybook-edit").click();
        testId(page, "storybook-ai-prompt").fill("soft pink clouds");
        testId(page, "storybook-ai-background").click();
        assertThat(testId(page, "storybook-saved")).hasText("Saved as version 3.");
        assertThat(testId(page, "storybook-version")).hasText("Version 3");
        assertThat(testId(page, "storybook-page")).hasAttribute("style", Pattern.compile("background-image: url\\(.+\\)"));
        org.assertj.core.api.Assertions.assertThat(shownPictureDigest(page)).isEqualTo(secondPicture); // picture kept
        String third = reader.getAttribute("data-storybook-id");
        JsonPath v3 = as(token).get("/v1/storybooks/" + third).then().statusCode(200).extract().jsonPath();
        org.assertj.core.api.Assertions.assertThat(v3.getString("pages[1].background_asset_id")).isNotBlank();
        org.assertj.core.api.Assertions.assertThat(v3.getString("pages[1].image_asset_id"))
                .isEqualTo(v2.getString("pages[1].image_asset_id"));
        assertThat(testId(page, "storybook-versions").locator("option")).hasCount(3);
        assertThat(testId(page, "storybook-versions").locator("option"))
                .hasText(new Pattern[] {Pattern.compile("^Version 1 .*"), Pattern.compile("^Version 2 .*"),
                        Pattern.compile("^Version 3 .*")});

        testId(page, "storybook-edit").click();
        testId(page, "storybook-ai-prompt").fill("the owl at dawn");
        awaitPicture(page);
        Axe.assertNoSeriousViolations(page, "storybook edit mode with picture prompt");
        page.setViewportSize(1280, 1500); // the reader and the edit mode under it in one screen
        awaitPicture(page);
        documentScreen(page, "storybook-edit-ai");
        page.setViewportSize(1280, 800);

        List<String> streams = new CopyOnWriteArrayList<>();
        page.onRequest(request -> { if (request.url().endsWith("/download/png/stream")) streams.add(request.url()); });
        Download zip = page.waitForDownload(() -> testId(page, "storybook-download-png").click());
        assertThat(testId(page, "storybook-download-done")).containsText(".zip");
        org.assertj.core.api.Assertions.assertThat(pngEntries(zip.path())).hasSize(3);
        org.assertj.core.api.Assertions.assertThat(streams).anyMatch(url -> url.contains(third)); // progress over SSE

        Download one = page.waitForDownload(() -> testId(page, "storybook-download-page-png").click());
        byte[] png = Files.readAllBytes(one.path());
        org.assertj.core.api.Assertions.assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    void givenALongBookBeingMade_whenTheOwnerPressesStop_thenTheRestIsNotMade_andNothingStaysHeld() {
        Ui.register(page);
        String token = token(page);
        List<String> scenes = IntStream.rangeClosed(1, LONG_BOOK_PAGES).mapToObj(n -> "The snail walks to stone " + n + ".")
                .toList();
        String id = startBook(token, "The Slow Snail", scenes, true);
        page.navigate("/storybooks/" + id);
        assertThat(testId(page, "storybook-title")).hasText("The Slow Snail");

        testId(page, "storybook-cancel").click();
        assertThat(testId(page, "storybook-cancelled")).hasText("Making the book was cancelled.",
                new LocatorAssertions.HasTextOptions().setTimeout(MAKING_MS));
        assertThat(testId(page, "storybook-reader")).hasAttribute("data-status", "cancelled");
        assertThat(testId(page, "storybook-cancel")).hasCount(0);
        assertThat(testId(page, "storybook-progress")).hasCount(0);

        JsonPath progress = as(token).get("/v1/storybooks/" + id + "/progress").then().statusCode(200).extract().jsonPath();
        org.assertj.core.api.Assertions.assertThat(progress.getString("status")).isEqualTo("cancelled");
        org.assertj.core.api.Assertions.assertThat(progress.getBoolean("finished")).isTrue();
        JsonPath book = as(token).get("/v1/storybooks/" + id).then().statusCode(200).extract().jsonPath();
        org.assertj.core.api.Assertions.assertThat(book.getString("status")).isEqualTo("cancelled");
        org.assertj.core.api.Assertions.assertThat(book.getList("pages")).hasSizeLessThan(LONG_BOOK_PAGES);
        BigDecimal held = new BigDecimal(as(token).get("/v1/credits/balance").then().statusCode(200).extract()
                .jsonPath().getString("held_credits"));
        org.assertj.core.api.Assertions.assertThat(held).isZero();

        page.keyboard().press("End"); // a page never made says so, not that it is coming
        assertThat(testId(page, "storybook-page-pending")).hasText("Page " + LONG_BOOK_PAGES + " was not made.");
    }

    /** The signed-in browser's access token, for reading what the server stored. */
    private static String token(Page signedIn) {
        return (String) signedIn.evaluate("() => JSON.parse(localStorage.getItem('ii-agent.tokens')).access_token");
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    /** Starts a book in a new session (as generate_storybook does) and answers its id; its pages are being made. */
    private static String startBook(String token, String title, List<String> scenes, boolean voiceOver) {
        String session = as(token).contentType(ContentType.JSON).body(Map.of("name", title))
                .post("/v1/sessions").then().statusCode(201).extract().path("id");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("session_id", session);
        body.put("title", title);
        body.put("scenes", scenes);
        body.put("style", "crayon");
        body.put("voice_over", voiceOver);
        return as(token).contentType(ContentType.JSON).body(body).post("/v1/storybooks").then().statusCode(202)
                .extract().path("storybook.id");
    }

    private static void awaitPicture(Page shown) {
        shown.waitForFunction("() => { const i = document.querySelector('[data-testid=storybook-image]');"
                + " return i && i.complete && i.naturalWidth > 0; }");
    }

    /** SHA-256 of the bytes the shown picture's URL serves (what the server stored for this version's page). */
    private static String shownPictureDigest(Page shown) {
        awaitPicture(shown);
        return (String) shown.evaluate("async () => { const src = document.querySelector('[data-testid=storybook-image]').src;"
                + " const bytes = await (await fetch(src)).arrayBuffer();"
                + " const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));"
                + " return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join(''); }");
    }

    private static List<String> pngEntries(Path zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                byte[] head = entries.readNBytes(4);
                if (head.length == 4 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G') {
                    names.add(entry.getName());
                }
            }
        }
        return names;
    }
}
