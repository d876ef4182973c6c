package ai.iiagent.e2e.slides;

import static ai.iiagent.e2e.slides.SlidesFixtures.newSession;
import static ai.iiagent.e2e.slides.SlidesFixtures.newUser;
import static ai.iiagent.e2e.slides.SlidesFixtures.write;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.iiagent.domain.credits.BillingSubject;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.credits.HoldRequest;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.in.content.FailInterruptedSlideExportsUseCase;
import ai.iiagent.port.in.credits.ReserveCreditsCommand;
import ai.iiagent.port.in.credits.ReserveCreditsUseCase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Deck export through the shared renderer (the host Chromium): a 10-slide deck prints to a PDF of 10
 * pages of 16:9 whose text PDFBox extracts in slide order, to a ZIP of ten 1280x720 PNGs, and to a ZIP of
 * the HTML; the streamed export reports progress per slide in order, then the file; every export is
 * recorded done; an export left running by a restart is failed with its credit hold released.
 */
@QuarkusTest
class SlidesExportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AgroalDataSource dataSource;

    @Inject
    FailInterruptedSlideExportsUseCase recovery;

    @Inject
    ReserveCreditsUseCase reserve;

    @Test
    void givenATenSlideDeck_thenThePdfHasTenSixteenByNinePages_withTheSlidesTextInOrder() throws Exception {
        String token = newUser();
        String session = newSession(token);
        tenSlides(token, session);

        byte[] pdf = given().header("Authorization", "Bearer " + token).queryParam("session_id", session)
                .queryParam("presentation_name", "quarterly").queryParam("format", "pdf").get("/v1/slides/download")
                .then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("quarterly.pdf"))
                .extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(10);
            for (int i = 0; i < 10; i++) {
                PDPage page = document.getPage(i);
                float width = page.getMediaBox().getWidth();
                float height = page.getMediaBox().getHeight();
                assertThat(width / height).as("page " + (i + 1)).isCloseTo(16f / 9f, within(0.01f));
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(i + 1);
                stripper.setEndPage(i + 1);
                assertThat(stripper.getText(document).strip()).isEqualTo("Quarter point " + (i + 1));
            }
        }
        assertThat(exportRows(session)).containsExactly("pdf:done");
    }

    @Test
    void givenATenSlideDeck_thenPngAndHtmlZipsHoldOneFilePerSlide() throws Exception {
        String token = newUser();
        String session = newSession(token);
        tenSlides(token, session);

        Map<String, byte[]> pngs = zipEntries(given().header("Authorization", "Bearer " + token)
                .queryParam("session_id", session).queryParam("presentation_name", "quarterly").queryParam("format", "png")
                .get("/v1/slides/download").then().statusCode(200).contentType("application/zip").extract().asByteArray());
        assertThat(pngs).hasSize(10).containsKeys("slide_1.png", "slide_10.png");
        var picture = ImageIO.read(new ByteArrayInputStream(pngs.get("slide_3.png")));
        assertThat(picture.getWidth()).isEqualTo(1280);
        assertThat(picture.getHeight()).isEqualTo(720);

        Map<String, byte[]> html = zipEntries(given().header("Authorization", "Bearer " + token)
                .queryParam("session_id", session).queryParam("presentation_name", "quarterly").queryParam("format", "zip")
                .get("/v1/slides/download").then().statusCode(200).extract().asByteArray());
        assertThat(html).hasSize(10);
        assertThat(new String(html.get("slide_7.html"), java.nio.charset.StandardCharsets.UTF_8))
                .contains("Quarter point 7 ");
        assertThat(exportRows(session)).containsExactlyInAnyOrder("png:done", "zip:done");
    }

    @Test
    void givenAStreamedExport_thenProgressArrivesPerSlideInOrder_thenTheFile() throws Exception {
        String token = newUser();
        String session = newSession(token);
        tenSlides(token, session);

        String body = given().header("Authorization", "Bearer " + token).queryParam("session_id", session)
                .queryParam("presentation_name", "quarterly").queryParam("format", "pdf").get("/v1/slides/download/stream")
                .then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/event-stream"))
                .extract().asString();
        List<Map.Entry<String, JsonNode>> events = sse(body);
        List<Integer> done = new ArrayList<>();
        events.stream().filter(event -> event.getKey().equals("progress")).forEach(event -> {
            done.add(event.getValue().path("done").asInt());
            assertThat(event.getValue().path("total").asInt()).isEqualTo(10);
        });
        assertThat(done).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        Map.Entry<String, JsonNode> last = events.get(events.size() - 1);
        assertThat(last.getKey()).isEqualTo("complete");
        assertThat(last.getValue().path("content_type").asText()).isEqualTo("application/pdf");
        try (PDDocument document = Loader.loadPDF(Base64.getDecoder().decode(last.getValue().path("data").asText()))) {
            assertThat(document.getNumberOfPages()).isEqualTo(10);
        }
    }

    @Test
    void givenAnExportLeftRunningByARestart_thenRecoveryFailsIt_andReleasesItsHold() throws Exception {
        String token = newUser();
        String session = newSession(token);
        tenSlides(token, session);
        String userId = given().header("Authorization", "Bearer " + token).get("/auth/me").then().extract().path("id");
        UUID exportId = UUID.randomUUID();
        UUID hold = reserve.reserve(new ReserveCreditsCommand(new UserId(UUID.fromString(userId)),
                BillingSubject.tool(UUID.fromString(session), null, "slides_export"), "export:" + exportId,
                new HoldRequest.Fixed(Credits.of(1)))).id().value();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     insert into slide_exports (id, user_id, session_id, presentation_name, format, status, slides,
                         reservation_id, started_at) values (?, ?::uuid, ?::uuid, 'quarterly', 'pdf', 'running', 10, ?, now())""")) {
            insert.setObject(1, exportId);
            insert.setString(2, userId);
            insert.setString(3, session);
            insert.setObject(4, hold);
            insert.executeUpdate();
        }
        assertThat(recovery.failInterrupted()).isGreaterThanOrEqualTo(1);
        assertThat(exportRows(session)).containsExactly("pdf:failed");
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("select status from credit_reservations where id = ?")) {
            query.setObject(1, hold);
            try (ResultSet result = query.executeQuery()) {
                assertThat(result.next()).isTrue();
                assertThat(result.getString(1)).isEqualToIgnoringCase("released");
            }
        }
        assertThat(recovery.failInterrupted()).as("nothing is left running").isZero();
    }

    private static void tenSlides(String token, String session) {
        for (int i = 1; i <= 10; i++) {
            write(token, session, "quarterly", i, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>"
                    + "html,body{margin:0;width:1280px;height:720px}body{display:flex;align-items:center;"
                    + "justify-content:center;background:hsl(" + (i * 36) + ",70%,90%);font:48px sans-serif}</style></head>"
                    + "<body><h1>Quarter point " + i + " </h1></body></html>").statusCode(201);
        }
    }

    private List<String> exportRows(String session) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select format, status from slide_exports where session_id = ?::uuid order by started_at")) {
            query.setString(1, session);
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    rows.add(result.getString(1) + ":" + result.getString(2));
                }
            }
        }
        return rows;
    }

    static Map<String, byte[]> zipEntries(byte[] zip) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    private static List<Map.Entry<String, JsonNode>> sse(String body) throws IOException {
        List<Map.Entry<String, JsonNode>> events = new ArrayList<>();
        for (String block : body.split("\n\n")) {
            String name = null;
            StringBuilder data = new StringBuilder();
            for (String line : block.split("\n")) {
                if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).strip());
                }
            }
            if (name != null) {
                events.add(Map.entry(name, JSON.readTree(data.toString())));
            }
        }
        return events;
    }
}
