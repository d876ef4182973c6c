package ai.iiagent.e2e.projects;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import ai.iiagent.bootstrap.wiring.ProjectsWiring;
import ai.iiagent.domain.credits.BillingSubject;
import ai.iiagent.domain.credits.CreditAccount;
import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.projects.Project;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.tasks.RunId;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.out.projects.DatabaseLogin;
import ai.iiagent.port.out.projects.ProjectDatabaseProvisionerPort;
import ai.iiagent.port.out.projects.ProjectRepository;
import ai.iiagent.port.out.sandbox.CommandRequest;
import ai.iiagent.port.out.sandbox.CommandResult;
import ai.iiagent.port.out.sandbox.SandboxPort;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import ai.iiagent.service.projects.ProjectAccess;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Projects over REST and the dev tools, on the app with the test PostgreSQL and the real bubblewrap
 * sandbox: secrets sealed in the database and written to the sandbox's .env (merge, replace, remove);
 * every id-taking route answers 404 to another user; the database browser refuses every table that is
 * not in the project's catalogue and every bad page (4xx, the table still intact); the dev tools; and
 * the database bridge lets the sandbox reach only its own project's database as its own role.
 */
@QuarkusTest
class ProjectsApiTest {

    @Inject
    ProjectsWiring.ProjectTools tools;

    @Inject
    SandboxPort sandbox;

    @Inject
    DataSource dataSource;

    @Inject
    ProjectRepository projects;

    @Inject
    ProjectAccess access;

    @Inject
    ProjectDatabaseProvisionerPort provisioner;

    private final CreditReservation reservation = CreditAccount.open(UserId.random())
            .reserve(Credits.ZERO, 0, BillingSubject.NONE, "projects-test", Instant.now()).reservation();

    @Test
    void givenAProject_thenSecretsAreSealedAndReachTheEnvFile_strangersGet404_andTheDatabaseBrowserRefusesInjection()
            throws Exception {
        String owner = newAccessToken();
        String stranger = newAccessToken();
        String id = createSession(owner);
        SessionId session = new SessionId(UUID.fromString(id));
        List<DatabaseLogin> toDrop = new ArrayList<>();
        try {
            ToolOutcome init = tool("fullstack_project_init").run(invocation(owner, session,
                    Map.of("project_name", "notes", "framework", "fullstack")));
            projects.findBySession(session).flatMap(Project::optionalDatabase).map(access::login).ifPresent(toDrop::add);
            assertThat(init.error()).as(init.text()).isFalse();
            assertThat(init.text()).contains("/workspace/notes").contains("port 3000");
            String projectId = given().header("Authorization", "Bearer " + owner).get("/v1/project/" + id).then()
                    .statusCode(200).body("framework", equalTo("fullstack")).extract().path("id");
            assertThat(tool("fullstack_project_init").run(invocation(owner, session, Map.of("project_name", "again",
                    "framework", "static"))).display()).containsEntry("reason", "project_exists");

            // Secrets: POST merges, PUT replaces, DELETE removes; only names come back; .env follows each change.
            as(owner).body(Map.of("secrets", Map.of("API_KEY", "sk-live-123", "GREETING", "he said \"hi\" $HOME")))
                    .post("/v1/project/" + id + "/secrets").then().statusCode(200)
                    .body("names", equalTo(List.of("API_KEY", "GREETING")));
            String env = envFile(session);
            assertThat(env).contains("API_KEY=\"sk-live-123\"").contains("GREETING=\"he said \\\"hi\\\" \\$HOME\"")
                    .contains("DATABASE_URL=\"postgresql://proj_");
            assertThat(run(session, "cd notes && set -a && . ./.env && printf %s \"$GREETING\"").stdout())
                    .isEqualTo("he said \"hi\" $HOME");
            String listed = as(owner).get("/v1/project/" + id + "/secrets").then().statusCode(200).extract().asString();
            assertThat(listed).contains("API_KEY").doesNotContain("sk-live-123");
            assertThat(as(owner).get("/v1/project/" + id).then().statusCode(200).extract().asString())
                    .contains("\"secret_names\":[\"API_KEY\",\"GREETING\"]").doesNotContain("sk-live-123");
            List<String> sealed = column("SELECT sealed FROM project_secrets");
            assertThat(sealed).isNotEmpty().allMatch(value -> value.startsWith("v1:"))
                    .noneMatch(value -> value.contains("sk-live-123"));
            String password = env.lines().filter(line -> line.startsWith("PGPASSWORD=")).findFirst().orElseThrow()
                    .replaceAll("PGPASSWORD=\"(.*)\"", "$1");
            assertThat(column("SELECT db_password_sealed FROM projects WHERE id = '" + projectId + "'"))
                    .singleElement().satisfies(value -> assertThat(value).startsWith("v1:").doesNotContain(password));

            as(owner).body(Map.of("secrets", Map.of("OTHER", "x"))).put("/v1/project/" + id + "/secrets").then()
                    .statusCode(200).body("names", equalTo(List.of("OTHER")));
            assertThat(envFile(session)).contains("OTHER=\"x\"").doesNotContain("API_KEY");
            as(owner).body(Map.of("keys", List.of("OTHER"))).delete("/v1/project/" + id + "/secrets").then()
                    .statusCode(200).body("names", equalTo(List.of()));
            assertThat(envFile(session)).doesNotContain("OTHER").contains("DATABASE_URL=");
            for (Map<String, Object> bad : List.<Map<String, Object>>of(Map.of("secrets", Map.of("1BAD", "x")),
                    Map.of("secrets", Map.of("A", "line\nbreak")), Map.of("secrets", Map.of("A-B", "x")), Map.of())) {
                as(owner).body(bad).post("/v1/project/" + id + "/secrets").then().statusCode(400)
                        .body("code", equalTo("invalid_secret"));
            }

            // Every id-taking route: another user gets 404, malformed ids too, no token 401.
            List<Function<RequestSpecification, io.restassured.response.Response>> routes = List.of(
                    r -> r.get("/v1/project/" + id),
                    r -> r.get("/v1/project/" + id + "/secrets"),
                    r -> r.body(Map.of("secrets", Map.of("X", "y"))).post("/v1/project/" + id + "/secrets"),
                    r -> r.body(Map.of("secrets", Map.of("X", "y"))).put("/v1/project/" + id + "/secrets"),
                    r -> r.body(Map.of("keys", List.of("X"))).delete("/v1/project/" + id + "/secrets"),
                    r -> r.get("/v1/project/" + projectId + "/database/schema"),
                    r -> r.queryParam("table", "items").get("/v1/project/" + projectId + "/database/records"));
            for (var route : routes) {
                route.apply(as(stranger)).then().statusCode(404).body("code", equalTo("project_not_found"));
                route.apply(given().contentType(ContentType.JSON)).then().statusCode(401);
            }
            as(owner).get("/v1/project/" + UUID.randomUUID()).then().statusCode(404).body("code", equalTo("project_not_found"));
            as(owner).get("/v1/project/not-a-uuid/database/schema").then().statusCode(404);
            as(owner).get("/v1/project/" + id + "/database/schema").then().statusCode(404)
                    .body("code", equalTo("project_not_found")); // a session id is not a project id
            assertThat(envFile(session)).doesNotContain("X=\"y\"");

            // The database browser: only names from the project's catalogue, only sane pages.
            for (String table : List.of("items; DROP TABLE items", "items\"; DROP TABLE items; --", "pg_authid",
                    "pg_catalog.pg_class", "information_schema.tables", "public.items", "ITEMS", "../items",
                    "items' OR '1'='1", "x".repeat(64))) {
                as(owner).queryParam("table", table).get("/v1/project/" + projectId + "/database/records").then()
                        .statusCode(400).body("code", equalTo("invalid_table"));
            }
            as(owner).get("/v1/project/" + projectId + "/database/records").then().statusCode(400)
                    .body("code", equalTo("invalid_table"));
            for (Map<String, String> page : List.of(Map.of("limit", "-1"), Map.of("limit", "0"), Map.of("limit", "501"),
                    Map.of("limit", "1 OR 1=1"), Map.of("limit", "abc"), Map.of("offset", "-1"), Map.of("offset", "1;"))) {
                as(owner).queryParam("table", "items").queryParams(page).get("/v1/project/" + projectId
                        + "/database/records").then().statusCode(400).body("code", equalTo("invalid_page"));
            }
            JsonPath records = as(owner).queryParam("table", "items").queryParam("limit", "5")
                    .get("/v1/project/" + projectId + "/database/records").then().statusCode(200).extract().jsonPath();
            assertThat(records.getList("columns", String.class)).containsExactly("id", "title", "created_at");
            assertThat(records.getInt("limit")).isEqualTo(5);

            // The dev tools.
            ToolOutcome status = tool("get_server_status").run(invocation(owner, session, Map.of()));
            assertThat(status.display()).containsEntry("running", true);
            ToolOutcome added = tool("add_user_env").run(invocation(owner, session, Map.of("secrets",
                    List.of(Map.of("key", "STRIPE_KEY", "value", "sk_test_abc")))));
            assertThat(added.error()).as(added.text()).isFalse();
            assertThat(added.text()).contains("STRIPE_KEY").doesNotContain("sk_test_abc");
            assertThat(envFile(session)).contains("STRIPE_KEY=\"sk_test_abc\"");
            sandbox.writeFile(session, "notes/public/about.html", "<p>about</p>".getBytes(StandardCharsets.UTF_8),
                    reservation);
            ToolOutcome saved = tool("save_checkpoint").run(invocation(owner, session, Map.of("commit_message",
                    "Add the about page; $(touch /workspace/pwned)")));
            assertThat(saved.display()).as(saved.text()).containsEntry("committed", true);
            assertThat(run(session, "cd notes && git log -1 --format=%s && git status --porcelain && ls /workspace")
                    .stdout()).startsWith("Add the about page; $(touch /workspace/pwned)\n").doesNotContain("pwned\n");
            assertThat(run(session, "cd notes && git show --stat HEAD").stdout()).contains("public/about.html")
                    .doesNotContain(".env");
            assertThat(tool("save_checkpoint").run(invocation(owner, session, Map.of("commit_message", "again")))
                    .display()).containsEntry("committed", false);
            ToolOutcome restarted = tool("restart_fullstack_servers").run(invocation(owner, session, Map.of()));
            assertThat(restarted.display()).as(restarted.text()).containsEntry("running", true);
            ToolOutcome connection = tool("get_database_connection").run(invocation(owner, session,
                    Map.of("database_type", "postgres")));
            assertThat(connection.text()).contains("postgresql://proj_").doesNotContain(password);
            assertThat(tool("get_database_connection").run(invocation(owner, session, Map.of("database_type", "mysql")))
                    .error()).isTrue();

            // From inside the sandbox: its own database through the socket, and nothing else.
            CommandResult own = run(session, "cd notes && set -a && . ./.env && psql -Atc 'SELECT count(*) FROM items'");
            assertThat(own.exitCode()).as(own.stderr()).isZero();
            assertThat(own.stdout().strip()).isEqualTo("0");
            CommandResult asAdmin = run(session, "psql 'host=/workspace user=postgres dbname=postgres' -Atc 'SELECT 1'");
            assertThat(asAdmin.exitCode()).isNotZero();
            assertThat(asAdmin.stderr()).contains("only reaches the project's own database");

            // Another project's role can neither use this socket nor connect to this database directly.
            String otherToken = newAccessToken();
            SessionId other = new SessionId(UUID.fromString(createSession(otherToken)));
            ToolOutcome otherInit = tool("fullstack_project_init").run(invocation(otherToken, other,
                    Map.of("project_name", "other", "framework", "static", "database", "postgres")));
            DatabaseLogin theirs = access.login(projects.findBySession(other).orElseThrow().database());
            toDrop.add(theirs);
            assertThat(otherInit.error()).as(otherInit.text()).isFalse();
            DatabaseLogin mine = access.login(projects.findBySession(session).orElseThrow().database());
            CommandResult crossing = run(session, "psql 'host=/workspace user=" + theirs.role() + " dbname="
                    + theirs.database() + "' -Atc 'SELECT 1'");
            assertThat(crossing.exitCode()).isNotZero();
            assertThat(crossing.stderr()).contains("only reaches the project's own database");
            assertThatThrownBy(() -> DriverManager.getConnection("jdbc:postgresql://" + mine.host() + ":" + mine.port()
                    + "/" + mine.database(), theirs.role(), theirs.password()).close())
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
        } finally {
            toDrop.forEach(provisioner::drop);
        }
    }

    private AgentTool tool(String name) {
        return tools.tools().stream().filter(tool -> tool.spec().name().equals(name)).findFirst().orElseThrow();
    }

    private ToolInvocation invocation(String token, SessionId session, Map<String, Object> arguments) {
        UserId user = new UserId(UUID.fromString(given().header("Authorization", "Bearer " + token).get("/auth/me")
                .then().statusCode(200).extract().path("id")));
        return new ToolInvocation(user, session, new RunId(UUID.randomUUID()), "call_" + UUID.randomUUID(), arguments,
                Map.of(), reservation);
    }

    private String envFile(SessionId session) {
        return new String(sandbox.readFile(session, "notes/.env", reservation), StandardCharsets.UTF_8);
    }

    private CommandResult run(SessionId session, String command) {
        return sandbox.run(session, new CommandRequest(command, Duration.ofSeconds(30), 20_000), reservation);
    }

    private List<String> column(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); ResultSet rows = connection.createStatement()
                .executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
    }

    private static String newAccessToken() {
        return given().contentType(ContentType.JSON)
                .body(Map.of("email", "project-" + UUID.randomUUID() + "@example.org", "password", "correct horse"))
                .when().post("/auth/local/register").then().statusCode(201).extract().path("access_token");
    }

    private static String createSession(String token) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .body(Map.of("name", "project")).post("/v1/sessions").then().statusCode(201).extract().path("id");
    }
}
