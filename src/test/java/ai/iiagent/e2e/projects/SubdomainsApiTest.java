package ai.iiagent.e2e.projects;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import ai.iiagent.domain.projects.Project;
import ai.iiagent.domain.projects.ProjectId;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.out.projects.ProjectRepository;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Subdomains over REST on the app with the test PostgreSQL: availability and its reasons (DNS label
 * rules, reserved names and look-alikes), claims, the claim race (two users, one name: exactly one
 * wins, the other gets 409 subdomain_taken), another user's claim and project → 404, release, the
 * reserved list, the base domain and the administrators' list.
 */
@QuarkusTest
@TestProfile(SitesTestProfile.class)
class SubdomainsApiTest {

    @Inject
    ProjectRepository projects;

    @Inject
    DataSource dataSource;

    @Test
    void givenNames_whenCheckingAvailability_thenDnsLabelRulesReservedNamesAndLookAlikesAreRefusedWithCodes() {
        String owner = register("sub-check");
        Map<String, String> refused = Map.ofEntries(Map.entry("admin", "subdomain_reserved"),
                Map.entry("adm1n", "subdomain_reserved"), Map.entry("a-dmin", "subdomain_reserved"),
                Map.entry("log1n", "subdomain_reserved"), Map.entry("rnail", "subdomain_reserved"),
                Map.entry("WWW", "subdomain_reserved"), Map.entry("my-iiagent", "subdomain_reserved"),
                Map.entry("ab", "invalid_subdomain"), Map.entry("-abc", "invalid_subdomain"),
                Map.entry("abc-", "invalid_subdomain"), Map.entry("xn--80ak6aa92e", "invalid_subdomain"),
                Map.entry("a.b.c", "invalid_subdomain"), Map.entry("under_score", "invalid_subdomain"),
                Map.entry("x".repeat(64), "invalid_subdomain"), Map.entry("", "invalid_subdomain"));
        refused.forEach((name, code) -> as(owner).body(Map.of("subdomain", name))
                .post("/v1/project/subdomains/check-availability").then().statusCode(200)
                .body("available", equalTo(false)).body("reason", equalTo(code)));
        String free = "free-" + suffix();
        as(owner).body(Map.of("subdomain", free)).post("/v1/project/subdomains/check-availability").then()
                .statusCode(200).body("available", equalTo(true)).body("subdomain", equalTo(free))
                .body("url", equalTo("http://" + free + "." + SitesTestProfile.BASE_DOMAIN + "/"));
        as(owner).get("/v1/project/subdomains/reserved").then().statusCode(200).body("reserved", hasItem("admin"));
        as(owner).get("/v1/project/subdomains/base-domain/info").then().statusCode(200)
                .body("base_domain", equalTo(SitesTestProfile.BASE_DOMAIN)).body("registry", equalTo("embedded"))
                .body("path_prefix", equalTo("/sites/"));
        given().body(Map.of("subdomain", free)).contentType(ContentType.JSON)
                .post("/v1/project/subdomains/check-availability").then().statusCode(401);
    }

    @Test
    void givenTwoUsers_whenBothClaimOneNameAtOnce_thenExactlyOneWins_andStrangersGet404() throws Exception {
        for (int round = 0; round < 8; round++) {
            String ada = register("sub-ada");
            String eve = register("sub-eve");
            ProjectId adas = project(ada);
            ProjectId eves = project(eve);
            String name = "race-" + suffix();
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Callable<Response> adaClaims = () -> {
                    start.await();
                    return claim(ada, adas, name);
                };
                Callable<Response> eveClaims = () -> {
                    start.await();
                    return claim(eve, eves, name);
                };
                Future<Response> first = pool.submit(adaClaims);
                Future<Response> second = pool.submit(eveClaims);
                start.countDown();
                List<Response> answers = List.of(first.get(), second.get());
                assertThat(answers.stream().filter(r -> r.statusCode() == 200)).as("round " + round).hasSize(1);
                Response loser = answers.stream().filter(r -> r.statusCode() != 200).findFirst().orElseThrow();
                assertThat(loser.statusCode()).isEqualTo(409);
                assertThat(loser.jsonPath().getString("code")).isEqualTo("subdomain_taken");
                String winner = answers.get(0).statusCode() == 200 ? ada : eve;
                String other = winner.equals(ada) ? eve : ada;
                as(winner).get("/v1/project/subdomains/" + name).then().statusCode(200).body("subdomain", equalTo(name));
                as(other).get("/v1/project/subdomains/" + name).then().statusCode(404)
                        .body("code", equalTo("subdomain_not_found"));
                as(other).delete("/v1/project/subdomains/" + name).then().statusCode(404)
                        .body("code", equalTo("subdomain_not_found"));
                as(winner).body(Map.of("subdomain", name)).post("/v1/project/subdomains/check-availability").then()
                        .body("available", equalTo(false)).body("reason", equalTo("subdomain_taken"));
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void givenAClaim_thenItsProjectIsTheOwners_itHoldsOneName_andReleasingFreesIt() throws Exception {
        String ada = register("sub-own");
        String eve = register("sub-other");
        ProjectId adas = project(ada);
        String name = "mine-" + suffix();
        claim(eve, adas, name).then().statusCode(404).body("code", equalTo("project_not_found"));
        claim(eve, new ProjectId(UUID.randomUUID()), name).then().statusCode(404).body("code", equalTo("project_not_found"));
        as(eve).body(Map.of("project_id", "not-a-uuid", "subdomain", name)).post("/v1/project/subdomains/claim").then()
                .statusCode(404).body("code", equalTo("project_not_found"));
        claim(ada, adas, "admin").then().statusCode(400).body("code", equalTo("subdomain_reserved"));
        claim(ada, adas, "-bad").then().statusCode(400).body("code", equalTo("invalid_subdomain"));
        as(ada).body(Map.of("project_id", adas.toString())).post("/v1/project/subdomains/claim").then().statusCode(400)
                .body("code", equalTo("invalid_subdomain"));
        claim(ada, adas, name).then().statusCode(200).body("subdomain", equalTo(name))
                .body("project_id", equalTo(adas.toString()));
        claim(ada, adas, name).then().statusCode(200); // the same claim again
        claim(ada, adas, "second-" + suffix()).then().statusCode(409).body("code", equalTo("project_has_subdomain"));
        as(ada).delete("/v1/project/subdomains/" + name).then().statusCode(200);
        as(ada).get("/v1/project/subdomains/" + name).then().statusCode(404);
        claim(ada, adas, "second-" + suffix()).then().statusCode(200);
    }

    @Test
    void givenTheAdminList_thenOnlyAdministratorsSeeEveryClaim() throws Exception {
        String user = register("sub-user");
        claim(user, project(user), "listed-" + suffix()).then().statusCode(200);
        as(user).get("/v1/project/subdomains").then().statusCode(403);
        String admin = admin();
        as(admin).queryParam("page", 1).queryParam("per_page", 100).get("/v1/project/subdomains").then().statusCode(200)
                .body("page", equalTo(1)).body("per_page", equalTo(100));
        assertThat(as(admin).get("/v1/project/subdomains").then().extract().jsonPath().getLong("total")).isPositive();
        as(admin).queryParam("per_page", 1000).get("/v1/project/subdomains").then().statusCode(400)
                .body("code", equalTo("invalid_page"));
        as(admin).queryParam("page", "x").get("/v1/project/subdomains").then().statusCode(400);
    }

    private Response claim(String token, ProjectId project, String name) {
        return as(token).body(Map.of("project_id", project.toString(), "subdomain", name))
                .post("/v1/project/subdomains/claim");
    }

    // A project recorded directly (what fullstack_project_init records), for a new session of the user.
    private ProjectId project(String token) {
        Map<String, Object> session = as(token).body(Map.of("name", "sub")).post("/v1/sessions").then().statusCode(201)
                .extract().jsonPath().getMap("$");
        ProjectId id = ProjectId.random();
        projects.insert(new Project(id, new UserId(UUID.fromString((String) session.get("user_id"))),
                new SessionId(UUID.fromString((String) session.get("id"))), "site", "static", null,
                Instant.now().truncatedTo(ChronoUnit.MICROS)));
        return id;
    }

    private String admin() throws Exception {
        String email = "sub-admin-" + UUID.randomUUID() + "@example.org";
        register(email, "correct horse");
        try (Connection connection = dataSource.getConnection(); PreparedStatement update = connection.prepareStatement(
                "UPDATE users SET role = 'admin' WHERE email = ?")) {
            update.setString(1, email);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
        return given().contentType(ContentType.JSON).body(Map.of("email", email, "password", "correct horse"))
                .post("/auth/local/login").then().statusCode(200).extract().path("access_token");
    }

    private static String register(String prefix) {
        return register(prefix + "-" + UUID.randomUUID() + "@example.org", "correct horse");
    }

    private static String register(String email, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("email", email, "password", password))
                .post("/auth/local/register").then().statusCode(201).extract().path("access_token");
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
