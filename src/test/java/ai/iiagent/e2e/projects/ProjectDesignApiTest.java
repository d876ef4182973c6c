package ai.iiagent.e2e.projects;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import ai.iiagent.bootstrap.wiring.ProjectsWiring;
import ai.iiagent.domain.credits.BillingSubject;
import ai.iiagent.domain.credits.CreditAccount;
import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.tasks.RunId;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.out.sandbox.CommandRequest;
import ai.iiagent.port.out.sandbox.CommandResult;
import ai.iiagent.port.out.sandbox.SandboxPort;
import ai.iiagent.port.out.sandbox.SandboxShellPort;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Design mode over REST on the app with the test PostgreSQL and the real bubblewrap sandbox: the
 * proxy answers the page of a server running in the sandbox with its scripts, handlers, frames and
 * forms removed, its own stylesheet inlined, under a strict CSP; the design state is stored per project and replaced as a whole, bad input is {@code 400
 * invalid_design_state}, and every route answers 404 to another user, to a session without a project
 * and to a malformed id (401 without a token); an AI change through the offline model rewrites the
 * element in the project's file, is billed, and leaves a git checkpoint that restores the page.
 */
@QuarkusTest
class ProjectDesignApiTest {

    @Inject
    ProjectsWiring.ProjectTools tools;

    @Inject
    SandboxPort sandbox;

    @Inject
    SandboxShellPort shells;

    @Inject
    DataSource dataSource;

    private final CreditReservation reservation = CreditAccount.open(UserId.random())
            .reserve(Credits.ZERO, 0, BillingSubject.NONE, "design-test", Instant.now()).reservation();

    @Test
    void theOwnersDesignStateIsStoredAndReplaced_badInputIs400_strangersGet404() throws Exception {
        String owner = newAccessToken();
        String stranger = newAccessToken();
        String id = createSession(owner);
        initProject(owner, new SessionId(UUID.fromString(id)));
        String projectId = as(owner).get("/v1/project/" + id).then().statusCode(200).extract().path("id");

        // Never saved: nothing picked, nothing queued.
        as(owner).queryParam("session_id", id).get("/v1/project/design/state").then().statusCode(200)
                .body("project_id", equalTo(projectId)).body("selected_element", nullValue())
                .body("pending_changes", equalTo(List.of())).body("updated_at", nullValue());

        Map<String, Object> picked = Map.of("selector", "main > h1:nth-of-type(1)", "html", "<h1 class=\"title\">Hi</h1>");
        Map<String, Object> state = Map.of("session_id", id, "selected_element", picked, "pending_changes",
                List.of(Map.of("selector", "main > h1:nth-of-type(1)", "instruction", "Make the title blue")));
        as(owner).body(state).post("/v1/project/design/state").then().statusCode(200)
                .body("selected_element.html", equalTo("<h1 class=\"title\">Hi</h1>"));
        JsonPath stored = as(owner).queryParam("session_id", id).get("/v1/project/design/state").then().statusCode(200)
                .extract().jsonPath();
        assertThat(stored.getString("selected_element.selector")).isEqualTo("main > h1:nth-of-type(1)");
        assertThat(stored.getList("pending_changes.instruction")).containsExactly("Make the title blue");
        assertThat(Instant.parse(stored.getString("updated_at"))).isBefore(Instant.now().plusSeconds(5));

        // A save replaces the whole state: picking nothing and clearing the queue.
        Map<String, Object> cleared = new HashMap<>();
        cleared.put("session_id", id);
        cleared.put("selected_element", null);
        as(owner).body(cleared).post("/v1/project/design/state").then().statusCode(200);
        as(owner).queryParam("session_id", id).get("/v1/project/design/state").then().statusCode(200)
                .body("selected_element", nullValue()).body("pending_changes", equalTo(List.of()));

        // Bad input: 400 invalid_design_state, and the stored state unchanged.
        for (Map<String, Object> bad : List.<Map<String, Object>>of(
                Map.of("session_id", id, "selected_element", Map.of("selector", "h1")),
                Map.of("session_id", id, "selected_element", Map.of("selector", " ", "html", "<h1/>")),
                Map.of("session_id", id, "selected_element", Map.of("selector", "x".repeat(2_001), "html", "<p/>")),
                Map.of("session_id", id, "pending_changes", List.of(Map.of("selector", "h1"))),
                Map.of("session_id", id, "pending_changes", List.of(Map.of("selector", "h1", "instruction",
                        "y".repeat(4_001)))),
                Map.of("session_id", id, "pending_changes", java.util.Collections.nCopies(51,
                        Map.of("selector", "h1", "instruction", "bigger"))),
                Map.of("selected_element", picked))) {
            as(owner).body(bad).post("/v1/project/design/state").then().statusCode(400)
                    .body("code", equalTo("invalid_design_state"));
        }
        as(owner).get("/v1/project/design/state").then().statusCode(400).body("code", equalTo("invalid_design_state"));
        as(owner).queryParam("session_id", id).get("/v1/project/design/state").then().statusCode(200)
                .body("selected_element", nullValue());

        // Every design route: another user, a session without a project and a malformed id get 404; no token 401.
        String projectless = createSession(owner);
        List<Function<RequestSpecification, Response>> routes = List.of(
                r -> r.queryParam("session_id", id).get("/v1/project/design/state"),
                r -> r.body(state).post("/v1/project/design/state"));
        for (var route : routes) {
            route.apply(as(stranger)).then().statusCode(404).body("code", equalTo("project_not_found"));
            route.apply(given().contentType(ContentType.JSON)).then().statusCode(401);
        }
        as(owner).queryParam("session_id", projectless).get("/v1/project/design/state").then().statusCode(404)
                .body("code", equalTo("project_not_found"));
        as(owner).queryParam("session_id", "not-a-uuid").get("/v1/project/design/state").then().statusCode(404)
                .body("code", equalTo("project_not_found"));
        as(owner).queryParam("session_id", projectId).get("/v1/project/design/state").then().statusCode(404)
                .body("code", equalTo("project_not_found")); // a project id is not a session id
        as(owner).queryParam("session_id", id).get("/v1/project/design/state").then().statusCode(200)
                .body("selected_element", nullValue()); // the stranger's POST changed nothing
    }

    @Test
    void theProxyServesTheProjectsPageInert_underAStrictCsp_toTheOwnerOnly() throws Exception {
        String owner = newAccessToken();
        String stranger = newAccessToken();
        String id = createSession(owner);
        SessionId session = new SessionId(UUID.fromString(id));
        initProject(owner, session);
        sandbox.writeFile(session, "site/index.html", """
                <!DOCTYPE html><html><head><title>Shop</title><link rel="stylesheet" href="/site.css">
                <link rel="stylesheet" href="https://cdn.example.org/kit.css"><script>document.title='ran'</script>
                <base href="https://evil.example.org/"></head>
                <body onload="steal()"><h1 class="title">Hello</h1><a href="javascript:alert(1)">x</a>
                <iframe src="https://evil.example.org"></iframe><form action="/post"><input name="q"></form>
                <img src="data:image/png;base64,AAAA" onerror="steal()"></body></html>""".getBytes(StandardCharsets.UTF_8),
                reservation);
        sandbox.writeFile(session, "site/site.css", "main > h1 { color: red } /* </style><script>x()</script> */"
                .getBytes(StandardCharsets.UTF_8), reservation);
        sandbox.writeFile(session, "site/data.json", "{}".getBytes(StandardCharsets.UTF_8), reservation);
        startServer(session, 3100);

        Response page = as(owner).queryParam("session_id", id).queryParam("port", "3100").queryParam("path", "/index.html")
                .get("/v1/project/design/proxy");
        page.then().statusCode(200).contentType(startsWith("text/html"))
                .header("Content-Security-Policy", containsString("script-src 'none'"))
                .header("Content-Security-Policy", containsString("sandbox allow-same-origin"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'self'"))
                .header("X-Content-Type-Options", equalTo("nosniff"));
        Document html = Jsoup.parse(page.asString());
        assertThat(html.select("h1.title").text()).isEqualTo("Hello");
        assertThat(html.select("style").html()).contains("main > h1 { color: red }").doesNotContain("</style");
        assertThat(html.select("link[rel=stylesheet]").eachAttr("href")).containsExactly("https://cdn.example.org/kit.css");
        assertThat(html.select("script, iframe, form, base")).isEmpty();
        assertThat(html.select("[onload], [onerror]")).isEmpty();
        assertThat(html.select("a").attr("href")).isEmpty();
        assertThat(html.select("img").attr("src")).startsWith("data:image/png");

        // Bad input and pages design mode cannot use.
        for (Map<String, String> bad : List.of(Map.of("port", "0"), Map.of("port", "70000"), Map.of("port", "abc"))) {
            as(owner).queryParam("session_id", id).queryParams(bad).get("/v1/project/design/proxy").then().statusCode(400)
                    .body("code", equalTo("invalid_port"));
        }
        for (String path : List.of("//evil.example.org/", "index.html", "/a\r\nHost: x", "/" + "a".repeat(2_100))) {
            as(owner).queryParam("session_id", id).queryParam("port", "3100").queryParam("path", path)
                    .get("/v1/project/design/proxy").then().statusCode(400).body("code", equalTo("invalid_design_state"));
        }
        as(owner).queryParam("session_id", id).queryParam("port", "3100").queryParam("path", "/data.json")
                .get("/v1/project/design/proxy").then().statusCode(502).body("code", equalTo("design_page_unavailable"));
        as(owner).queryParam("session_id", id).queryParam("port", "3100").queryParam("path", "/missing.html")
                .get("/v1/project/design/proxy").then().statusCode(502).body("code", equalTo("design_page_unavailable"));
        as(owner).queryParam("session_id", id).queryParam("port", "3999").get("/v1/project/design/proxy").then()
                .statusCode(404).body("code", equalTo("preview_not_listening"));

        // Owner only: another user, a session without a project, a malformed id get 404; no token 401.
        as(stranger).queryParam("session_id", id).queryParam("port", "3100").get("/v1/project/design/proxy").then()
                .statusCode(404).body("code", equalTo("project_not_found"));
        as(owner).queryParam("session_id", createSession(owner)).queryParam("port", "3100")
                .get("/v1/project/design/proxy").then().statusCode(404).body("code", equalTo("project_not_found"));
        as(owner).queryParam("session_id", "nope").get("/v1/project/design/proxy").then().statusCode(404)
                .body("code", equalTo("project_not_found"));
        given().queryParam("session_id", id).queryParam("port", "3100").get("/v1/project/design/proxy").then()
                .statusCode(401);
    }

    @Test
    void anAiChangeRewritesTheElementInTheFile_billed_withACheckpointToGoBackTo() throws Exception {
        String owner = newAccessToken();
        String stranger = newAccessToken();
        String id = createSession(owner);
        SessionId session = new SessionId(UUID.fromString(id));
        initProject(owner, session);
        String page = "<html><body>\n<h1 class=\"title\">Hello</h1>\n<p>Body</p>\n</body></html>\n";
        sandbox.writeFile(session, "landing/design.html", page.getBytes(StandardCharsets.UTF_8), reservation);
        Map<String, Object> change = Map.of("session_id", id, "file_path", "design.html", "selector", "h1.title",
                "element_html", "<h1 class=\"title\">Hello</h1>", "instruction", "Make it \"bigger\" & blue");

        JsonPath done = as(owner).body(change).post("/v1/project/design/ai-change").then().statusCode(200)
                .body("success", equalTo(true)).extract().jsonPath();
        String changed = "<h1 data-design-change=\"Make it &quot;bigger&quot; &amp; blue\" class=\"title\">Hello</h1>";
        assertThat(done.getString("new_html")).isEqualTo(changed);
        assertThat(readFile(session, "landing/design.html")).isEqualTo(page.replace("<h1 class=\"title\">Hello</h1>", changed));
        String checkpoint = done.getString("checkpoint");
        assertThat(checkpoint).matches("[0-9a-f]{40}").isNotEqualTo(done.getString("commit"));
        assertThat(git(session, "git log -1 --format=%s " + done.getString("commit")))
                .isEqualTo("Design change: Make it \"bigger\" & blue");
        assertThat(git(session, "git show " + checkpoint + ":design.html")).isEqualTo(page.strip());
        assertThat(count("SELECT count(*) FROM credit_usage WHERE session_id = '" + id + "' AND model_id IS NOT NULL"))
                .as("the model call is billed").isEqualTo(1);

        // Going back to the checkpoint restores the page.
        git(session, "git checkout " + checkpoint + " -- design.html");
        assertThat(readFile(session, "landing/design.html")).isEqualTo(page);

        // The element must be in the file as sent; bad input is 400; strangers 404; no token 401.
        as(owner).body(Map.of("session_id", id, "file_path", "design.html", "element_html", "<h2>Nope</h2>",
                "instruction", "x")).post("/v1/project/design/ai-change").then().statusCode(409)
                .body("code", equalTo("design_element_not_found"));
        for (String file : List.of("../secret.html", "/etc/passwd", ".git/config", "a/../../b.html", "")) {
            Map<String, Object> bad = new HashMap<>(change);
            bad.put("file_path", file);
            as(owner).body(bad).post("/v1/project/design/ai-change").then().statusCode(400)
                    .body("code", equalTo("invalid_design_state"));
        }
        for (String field : List.of("element_html", "instruction")) {
            Map<String, Object> bad = new HashMap<>(change);
            bad.put(field, " ");
            as(owner).body(bad).post("/v1/project/design/ai-change").then().statusCode(400)
                    .body("code", equalTo("invalid_design_state"));
        }
        as(stranger).body(change).post("/v1/project/design/ai-change").then().statusCode(404)
                .body("code", equalTo("project_not_found"));
        given().contentType(ContentType.JSON).body(change).post("/v1/project/design/ai-change").then().statusCode(401);
        assertThat(count("SELECT count(*) FROM credit_usage WHERE session_id = '" + id + "' AND model_id IS NOT NULL"))
                .as("refused requests call no model").isEqualTo(1);
    }

    @Test
    void anIframePlanNamesOperationsOnTheSnapshotsElements_billed_ownerOnly_badInputIs400() throws Exception {
        String owner = newAccessToken();
        String stranger = newAccessToken();
        String id = createSession(owner);
        initProject(owner, new SessionId(UUID.fromString(id)));
        List<Map<String, Object>> nodes = List.of(
                node("d0", "body", null, "Hello Body", "<body><h1 class=\"title\">Hello</h1><p>Body</p></body>"),
                node("d1", "h1", "d0", "Hello", "<h1 class=\"title\">Hello</h1>"),
                node("d2", "p", "d0", "Body", "<p>Body</p>"));
        Map<String, Object> plan = Map.of("session_id", id, "user_request", "Say \"Welcome\" in blue",
                "selected_element", Map.of("design_id", "d1", "tag_name", "H1"),
                "document_snapshot", Map.of("url", "/index.html", "title", "Shop", "nodes", nodes));

        JsonPath answer = as(owner).body(plan).post("/v1/project/design/ai-iframe-plan").then().statusCode(200)
                .extract().jsonPath();
        assertThat(answer.getList("operations.op")).containsExactly("set_text", "set_style");
        assertThat(answer.getList("operations.design_id")).containsExactly("d1", "d1");
        assertThat(answer.getString("operations[0].text")).isEqualTo("Welcome");
        assertThat(answer.getString("operations[1].property")).isEqualTo("color");
        assertThat(answer.getString("operations[1].value")).isEqualTo("blue");
        assertThat(answer.getString("explanation")).isEqualTo("Offline plan for: Say \"Welcome\" in blue");
        assertThat(count("SELECT count(*) FROM credit_usage WHERE session_id = '" + id + "' AND model_id IS NOT NULL"))
                .as("the plan's model call is billed").isEqualTo(1);

        // Nothing picked: the plan goes to the outline's first element; no colour or text: an outline.
        Map<String, Object> unpicked = new HashMap<>(plan);
        unpicked.remove("selected_element");
        unpicked.put("user_request", "make it stand out");
        as(owner).body(unpicked).post("/v1/project/design/ai-iframe-plan").then().statusCode(200)
                .body("operations[0].design_id", equalTo("d0")).body("operations[0].property", equalTo("outline"))
                .body("operations[0].value", equalTo("2px dashed #e11d48"));

        // Bad input: 400 invalid_design_state, no model called.
        List<Map<String, Object>> bads = new java.util.ArrayList<>();
        for (var entry : List.<Map.Entry<String, Object>>of(
                Map.entry("user_request", " "),
                Map.entry("user_request", "x".repeat(4_001)),
                Map.entry("selected_element", Map.of("design_id", "d9")),
                Map.entry("document_snapshot", Map.of("nodes", List.of())),
                Map.entry("document_snapshot", Map.of("nodes", List.of(node("a b", "p", null, "", "")))),
                Map.entry("document_snapshot", Map.of("nodes", List.of(node("d1", "p", null, "", ""),
                        node("d1", "p", null, "", "")))),
                Map.entry("document_snapshot", Map.of("nodes", java.util.Collections.nCopies(2_001,
                        node("d1", "p", null, "", "")))))) {
            Map<String, Object> bad = new HashMap<>(plan);
            bad.put(entry.getKey(), entry.getValue());
            bads.add(bad);
        }
        Map<String, Object> noSnapshot = new HashMap<>(plan);
        noSnapshot.remove("document_snapshot");
        bads.add(noSnapshot);
        Map<String, Object> noSession = new HashMap<>(plan);
        noSession.remove("session_id");
        bads.add(noSession);
        for (Map<String, Object> bad : bads) {
            as(owner).body(bad).post("/v1/project/design/ai-iframe-plan").then().statusCode(400)
                    .body("code", equalTo("invalid_design_state"));
        }
        as(stranger).body(plan).post("/v1/project/design/ai-iframe-plan").then().statusCode(404)
                .body("code", equalTo("project_not_found"));
        as(owner).body(Map.of("session_id", createSession(owner), "user_request", "x", "document_snapshot",
                Map.of("nodes", nodes))).post("/v1/project/design/ai-iframe-plan").then().statusCode(404)
                .body("code", equalTo("project_not_found"));
        given().contentType(ContentType.JSON).body(plan).post("/v1/project/design/ai-iframe-plan").then().statusCode(401);
        assertThat(count("SELECT count(*) FROM credit_usage WHERE session_id = '" + id + "' AND model_id IS NOT NULL"))
                .as("only the two good plans called the model").isEqualTo(2);
    }

    @Test
    void aRevertPutsTheFileBackAsAtTheCheckpoint_committed_ownerOnly() throws Exception {
        String owner = newAccessToken();
        String stranger = newAccessToken();
        String id = createSession(owner);
        SessionId session = new SessionId(UUID.fromString(id));
        initProject(owner, session);
        String page = "<html><body>\n<h1 class=\"title\">Hello</h1>\n</body></html>\n";
        sandbox.writeFile(session, "landing/design.html", page.getBytes(StandardCharsets.UTF_8), reservation);
        String checkpoint = as(owner).body(Map.of("session_id", id, "file_path", "design.html", "element_html",
                "<h1 class=\"title\">Hello</h1>", "instruction", "blue")).post("/v1/project/design/ai-change").then()
                .statusCode(200).extract().path("checkpoint");
        assertThat(readFile(session, "landing/design.html")).contains("data-design-change=\"blue\"");

        Map<String, Object> revert = Map.of("session_id", id, "file_path", "design.html", "checkpoint", checkpoint);
        as(stranger).body(revert).post("/v1/project/design/revert").then().statusCode(404)
                .body("code", equalTo("project_not_found"));
        given().contentType(ContentType.JSON).body(revert).post("/v1/project/design/revert").then().statusCode(401);
        assertThat(readFile(session, "landing/design.html")).as("refused reverts change nothing")
                .contains("data-design-change");

        JsonPath done = as(owner).body(revert).post("/v1/project/design/revert").then().statusCode(200)
                .body("success", equalTo(true)).body("checkpoint", equalTo(checkpoint)).extract().jsonPath();
        assertThat(readFile(session, "landing/design.html")).isEqualTo(page);
        assertThat(git(session, "git rev-parse HEAD")).isEqualTo(done.getString("commit"));
        assertThat(git(session, "git log -1 --format=%s")).isEqualTo("Design revert: design.html as at "
                + checkpoint.substring(0, 12));
        assertThat(git(session, "git status --porcelain")).isEmpty();

        as(owner).body(Map.of("session_id", id, "file_path", "design.html", "checkpoint", "f".repeat(40)))
                .post("/v1/project/design/revert").then().statusCode(404).body("code", equalTo("design_checkpoint_not_found"));
        for (Map<String, Object> bad : List.<Map<String, Object>>of(
                Map.of("session_id", id, "file_path", "design.html", "checkpoint", "HEAD~1"),
                Map.of("session_id", id, "file_path", "design.html"),
                Map.of("session_id", id, "file_path", "../x.html", "checkpoint", checkpoint))) {
            as(owner).body(bad).post("/v1/project/design/revert").then().statusCode(400)
                    .body("code", equalTo("invalid_design_state"));
        }
    }

    private static Map<String, Object> node(String designId, String tag, String parent, String text, String html) {
        Map<String, Object> node = new HashMap<>();
        node.put("design_id", designId);
        node.put("tag_name", tag);
        node.put("parent_design_id", parent);
        node.put("text_content", text);
        node.put("html", html);
        return node;
    }

    private String readFile(SessionId session, String path) {
        return new String(sandbox.readFile(session, path, reservation), StandardCharsets.UTF_8);
    }

    private String git(SessionId session, String command) {
        CommandResult result = sandbox.run(session, new CommandRequest("cd /workspace/landing && " + command,
                Duration.ofSeconds(30), 20_000), reservation);
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        return result.stdout().strip();
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); ResultSet rows = connection.createStatement()
                .executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void initProject(String token, SessionId session) throws Exception {
        ToolOutcome init = tools.tools().stream().filter(tool -> tool.spec().name().equals("fullstack_project_init"))
                .findFirst().orElseThrow().run(invocation(token, session, Map.of("project_name", "landing",
                        "framework", "static")));
        assertThat(init.error()).as(init.text()).isFalse();
    }

    private void startServer(SessionId session, int port) throws InterruptedException {
        SandboxServers.start(shells, session, "design" + port, "cd /workspace/site && python3 -m http.server " + port,
                port, reservation);
    }

    private ToolInvocation invocation(String token, SessionId session, Map<String, Object> arguments) {
        UserId user = new UserId(UUID.fromString(as(token).get("/auth/me").then().statusCode(200).extract().path("id")));
        return new ToolInvocation(user, session, new RunId(UUID.randomUUID()), "call_" + UUID.randomUUID(), arguments,
                Map.of(), CreditAccount.open(user).reserve(Credits.ZERO, 0, BillingSubject.NONE, "design-test",
                        Instant.now()).reservation());
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
    }

    private static String newAccessToken() {
        return given().contentType(ContentType.JSON)
                .body(Map.of("email", "design-" + UUID.randomUUID() + "@example.org", "password", "correct horse"))
                .when().post("/auth/local/register").then().statusCode(201).extract().path("access_token");
    }

    private static String createSession(String token) {
        return as(token).body(Map.of("name", "design")).post("/v1/sessions").then().statusCode(201).extract().path("id");
    }
}
