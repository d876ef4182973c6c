package ai.iiagent.e2e.slides;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The built-in template catalogue (migrations V26_4 and V26_10): five templates, each a complete 16:9 page. */
@QuarkusTest
class SlideTemplatesCatalogueTest {

    @Test
    void givenAFreshInstall_thenFiveBuiltInTemplatesAreOffered_eachAFull1280x720Page() {
        JsonPath all = given().queryParam("page_size", 100).get("/v1/slides/templates").then().statusCode(200)
                .extract().jsonPath();
        assertThat(all.getList("templates.slide_template_name", String.class)).contains("Title slide (dark)",
                "Bullets (light)", "Two columns (light)", "Quote (dark)", "Section divider (accent)");
        for (String id : List.of("6a1f2b7e-19a0-4c51-9d3e-0a5c2f7b1903", "6a1f2b7e-19a0-4c51-9d3e-0a5c2f7b1904",
                "6a1f2b7e-19a0-4c51-9d3e-0a5c2f7b1905")) {
            String html = given().get("/v1/slides/templates/" + id).then().statusCode(200).extract().path("slide_content");
            assertThat(html).startsWith("<!DOCTYPE html>").contains("width:1280px;height:720px").doesNotContain("<script");
        }
        given().queryParam("search", "quote").get("/v1/slides/templates").then().statusCode(200)
                .body("templates.slide_template_name", org.hamcrest.Matchers.hasItem("Quote (dark)"));
    }
}
