package ai.iiagent.e2e.media;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import ai.iiagent.domain.content.MediaCatalogue;
import ai.iiagent.port.in.content.SeedMediaCatalogueUseCase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: the media catalogues are rows seeded at start-up (V26_1), and the public routes read
 * them: a row added to the table is served with the same filters and paging, seeding again puts
 * the built-in catalogue back exactly (changed rows restored, strangers removed, order kept).
 */
@QuarkusTest
class MediaCatalogueSeedingTest {

    @Inject
    DataSource dataSource;

    @Inject
    SeedMediaCatalogueUseCase seed;

    @Test
    void givenTheStartedServer_thenTheCataloguesAreRows_andTheRoutesServeWhatTheTablesHold() throws SQLException {
        // seeded at start-up: the rows are the built-in catalogue, in its order
        assertThat(ids("SELECT id FROM media_templates ORDER BY position"))
                .isEqualTo(MediaCatalogue.templates().stream().map(t -> t.id()).toList());
        assertThat(ids("SELECT id FROM media_tools ORDER BY position"))
                .isEqualTo(MediaCatalogue.tools().stream().map(t -> t.id()).toList());

        try {
            update("INSERT INTO media_templates (id, name, type, category, description, prompt, aspect_ratio, position)"
                    + " VALUES ('night-market', 'Night market 100%_', 'video', 'travel', 'Stalls at night',"
                    + " 'Handheld walk through {subject}', '9:16', 100)");
            update("UPDATE media_templates SET name = 'Renamed poster' WHERE id = 'poster'");
            update("UPDATE media_tools SET available = false, unavailable_reason = 'maintenance' WHERE id = 'extract-frames'");

            given().get("/v1/media-templates/night-market").then().statusCode(200).body("type", equalTo("video"))
                    .body("aspect_ratio", equalTo("9:16")).body("prompt", equalTo("Handheld walk through {subject}"));
            // the name filter is a plain part of the name: % and _ are not wildcards
            given().queryParam("name", "100%_").get("/v1/media-templates").then().statusCode(200)
                    .body("items.id", equalTo(List.of("night-market"))).body("total", equalTo(1));
            given().queryParam("name", "%").get("/v1/media-templates").then().statusCode(200).body("total", equalTo(1));
            given().get("/v1/media-templates?name=renamed").then().statusCode(200).body("items.id", equalTo(List.of("poster")));
            JsonPath videos = given().get("/v1/media-templates?type=video&page=2&page_size=2").then().statusCode(200)
                    .extract().jsonPath();
            assertThat(videos.getInt("total")).isEqualTo(4);
            assertThat(videos.getList("items.id", String.class)).containsExactly("vertical-teaser", "night-market");
            assertThat(videos.getBoolean("has_more")).isFalse();
            given().get("/v1/media-tools/extract-frames").then().statusCode(200).body("available", equalTo(false))
                    .body("unavailable_reason", equalTo("maintenance"));

            SeedMediaCatalogueUseCase.SeededCatalogue seeded = seed.seed();

            assertThat(seeded.templates()).isEqualTo(MediaCatalogue.templates().size());
            assertThat(seeded.tools()).isEqualTo(MediaCatalogue.tools().size());
            given().get("/v1/media-templates/night-market").then().statusCode(404)
                    .body("code", equalTo("media_template_not_found"));
            given().get("/v1/media-templates/poster").then().statusCode(200).body("name", equalTo("Event poster"));
            given().get("/v1/media-tools/extract-frames").then().statusCode(200).body("available", equalTo(true));
            assertThat(ids("SELECT id FROM media_templates ORDER BY position"))
                    .isEqualTo(MediaCatalogue.templates().stream().map(t -> t.id()).toList());
        } finally {
            seed.seed();
        }
    }

    private List<String> ids(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            List<String> ids = new java.util.ArrayList<>();
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
            return ids;
        }
    }

    private void update(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.executeUpdate();
        }
    }
}
