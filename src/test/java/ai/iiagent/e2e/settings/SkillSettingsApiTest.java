package ai.iiagent.e2e.settings;

import static ai.iiagent.e2e.settings.SettingsUsers.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SkillSettingsApiTest {

    @Test
    void givenStartedApp_whenListingSkills_thenBuiltinsAreSeeded_andCanBeLeftOut() {
        String token = SettingsUsers.newAccessToken();

        as(token).get("/v1/user-settings/skills?include_builtin=true").then().statusCode(200)
                .body("skills.name", hasItems("code-review", "research-brief"))
                .body("builtin_count", equalTo(2)).body("custom_count", equalTo(0));
        as(token).get("/v1/user-settings/skills?include_builtin=false").then().statusCode(200)
                .body("builtin_count", equalTo(0)).body("skills.name", not(hasItem("code-review")));
    }

    @Test
    void givenPackage_whenUploadedRawAndMultipart_thenStored_readable_andReplacedByName() {
        String token = SettingsUsers.newAccessToken();
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("my-skill/SKILL.md", SkillZips.text(SkillZips.skillMd("my-skill")));
        files.put("my-skill/scripts/run.sh", SkillZips.text("echo hi\n"));

        String id = upload(token, SkillZips.zip(files)).statusCode(201).body("name", equalTo("my-skill"))
                .body("source", equalTo("custom")).body("file_count", equalTo(2)).body("is_enabled", equalTo(true))
                .extract().path("id");
        as(token).get("/v1/user-settings/skills/" + id).then().statusCode(200)
                .body("skill_md", containsString("Do the thing.")).body("is_builtin", equalTo(false));

        byte[] rootLayout = SkillZips.zip(Map.of("SKILL.md", SkillZips.text(SkillZips.skillMd("my-skill") + "v2\n")));
        given().auth().oauth2(token).multiPart("file", "skill.zip", rootLayout, "application/zip")
                .post("/v1/user-settings/skills").then().statusCode(201).body("id", equalTo(id)).body("file_count", equalTo(1));
        as(token).get("/v1/user-settings/skills?include_builtin=false").then().body("custom_count", equalTo(1));

        as(token).delete("/v1/user-settings/skills/" + id).then().statusCode(204);
        as(token).get("/v1/user-settings/skills/" + id).then().statusCode(404).body("code", equalTo("skill_not_found"));
    }

    @Test
    void givenHostilePackages_whenUploaded_thenRefusedWithStableCodes() {
        String token = SettingsUsers.newAccessToken();
        byte[] md = SkillZips.text(SkillZips.skillMd("evil"));

        upload(token, SkillZips.zip(Map.of("SKILL.md", md, "../escape.sh", md))).statusCode(400)
                .body("code", equalTo("skill_entry_path_refused"));
        upload(token, SkillZips.zip(Map.of("SKILL.md", md, "/etc/passwd", md))).statusCode(400)
                .body("code", equalTo("skill_entry_path_refused"));
        upload(token, SkillZips.zip(Map.of("SKILL.md", md, "dir\\file", md))).statusCode(400)
                .body("code", equalTo("skill_entry_path_refused"));
        upload(token, SkillZips.withSymlink(SkillZips.zip(Map.of("SKILL.md", md, "link", SkillZips.text("/etc/shadow"))), "link"))
                .statusCode(400).body("code", equalTo("skill_entry_symlink_refused"));
        byte[] noise = new byte[300 * 1024];
        new SecureRandom().nextBytes(noise);
        upload(token, SkillZips.zip(Map.of("SKILL.md", md, "noise.bin", noise))).statusCode(400)
                .body("code", equalTo("skill_package_too_large"));
        upload(token, SkillZips.zip(Map.of("SKILL.md", md, "bomb.txt", new byte[1_500_000]))).statusCode(400)
                .body("code", equalTo("skill_package_ratio_exceeded"));
        upload(token, SkillZips.zip(Map.of("README.md", md))).statusCode(400).body("code", equalTo("skill_md_missing"));
        upload(token, SkillZips.text("not a zip at all")).statusCode(400).body("code", equalTo("invalid_skill_package"));
        upload(token, SkillZips.zip(Map.of("SKILL.md", SkillZips.text("# no front matter")))).statusCode(400)
                .body("code", equalTo("invalid_skill_md"));
        upload(token, SkillZips.zip(Map.of("SKILL.md", SkillZips.text(SkillZips.skillMd("code-review"))))).statusCode(409)
                .body("code", equalTo("skill_name_conflict"));
        as(token).get("/v1/user-settings/skills?include_builtin=false").then().body("custom_count", equalTo(0));
    }

    @Test
    void givenBuiltin_whenOneUserDisablesIt_thenOnlyThatUserSeesItDisabled_andItCannotBeDeleted() {
        String alice = SettingsUsers.newAccessToken();
        String bob = SettingsUsers.newAccessToken();
        String builtin = as(alice).get("/v1/user-settings/skills").then().extract()
                .path("skills.find { it.name == 'code-review' }.id");

        as(alice).body(Map.of("is_enabled", false)).patch("/v1/user-settings/skills/" + builtin + "/toggle").then()
                .statusCode(200).body("is_enabled", equalTo(false)).body("is_builtin", equalTo(true));

        as(alice).get("/v1/user-settings/skills/" + builtin).then().body("is_enabled", equalTo(false));
        as(bob).get("/v1/user-settings/skills/" + builtin).then().body("is_enabled", equalTo(true));
        as(alice).delete("/v1/user-settings/skills/" + builtin).then().statusCode(409).body("code", equalTo("skill_read_only"));
        as(alice).body(Map.of("is_enabled", true)).patch("/v1/user-settings/skills/" + builtin + "/toggle").then()
                .body("is_enabled", equalTo(true));
        as(alice).body(Map.of()).patch("/v1/user-settings/skills/" + builtin + "/toggle").then().statusCode(400)
                .body("code", equalTo("invalid_toggle"));
    }

    @Test
    void givenAnotherUsersSkill_whenAccessed_thenNotFound() {
        String owner = SettingsUsers.newAccessToken();
        String intruder = SettingsUsers.newAccessToken();
        String id = upload(owner, SkillZips.zip(Map.of("SKILL.md", SkillZips.text(SkillZips.skillMd("private-skill")))))
                .statusCode(201).extract().path("id");

        as(intruder).get("/v1/user-settings/skills/" + id).then().statusCode(404).body("code", equalTo("skill_not_found"));
        as(intruder).body(Map.of("is_enabled", false)).patch("/v1/user-settings/skills/" + id + "/toggle").then().statusCode(404);
        as(intruder).delete("/v1/user-settings/skills/" + id).then().statusCode(404);
        as(intruder).get("/v1/user-settings/skills").then().body("skills.id", not(hasItem(id)));
        as(owner).get("/v1/user-settings/skills/" + id).then().statusCode(200);
    }

    private static ValidatableResponse upload(String token, byte[] zip) {
        return given().auth().oauth2(token).contentType("application/zip").body(zip).post("/v1/user-settings/skills").then();
    }
}
