package ai.iiagent.e2e.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job engine with the packaged application (issue #20 "Done when"): storybooks made by durable jobs on two nodes
 * of one Quartz cluster sharing a PostgreSQL database created for this class (and Redis). Each book's job runs once
 * across both nodes and bills each page part once; a node killed with {@code kill -9} while it makes a book's pages
 * leaves the job to the other node, or to itself once restarted, which finishes the book with every page billed once
 * and no credit hold left open. Pages are made slow enough to kill a node mid-book by the offline model's existing
 * word delay ({@code APP_OFFLINE_WORD_DELAY}: each page's text is a streamed model turn of about ten words).
 */
class StorybookJobsOnPackagedNodesIT {

    private static final Duration BOOK_LIMIT = Duration.ofSeconds(240);
    private static final Pattern TRY_LINE = Pattern.compile("job ([0-9a-f-]{36}) \\(storybook_pages\\): try (\\d+) on (\\S+)");
    private static final String ADMIN_URL = System.getenv().getOrDefault("TEST_DB_URL",
            "jdbc:postgresql://127.0.0.1:5432/app_test");
    private static final String DB_USER = System.getenv().getOrDefault("TEST_DB_USER", "iiagent");
    private static final String DB_PASSWORD = System.getenv().getOrDefault("TEST_DB_PASSWORD", "iiagent");
    private static String database;
    private static String databaseUrl;

    @TempDir
    Path dir;

    private final List<PackagedNode> nodes = new ArrayList<>();
    /** A cluster of its own per test: a node killed in one test is not recovered by the next test's nodes. */
    private String cluster;

    @BeforeAll
    static void createDatabase() throws SQLException {
        database = "it_jobs_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = DriverManager.getConnection(ADMIN_URL, DB_USER, DB_PASSWORD)) {
            admin.createStatement().execute("CREATE DATABASE " + database);
        }
        databaseUrl = ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + database;
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        try (Connection admin = DriverManager.getConnection(ADMIN_URL, DB_USER, DB_PASSWORD)) {
            admin.createStatement().execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    @BeforeEach
    void newCluster() {
        cluster = "it-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void stopNodes() throws InterruptedException {
        for (PackagedNode node : nodes) {
            node.stop();
        }
    }

    @Test
    void givenTwoNodes_whenBooksAreStartedOnBoth_thenEachBooksJobRunsOnce_andEveryPagePartIsBilledOnce() throws Exception {
        PackagedNode a = node("node-a", Map.of());
        PackagedNode b = node("node-b", Map.of());
        List<Book> books = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            PackagedNode on = i % 2 == 0 ? a : b;
            books.add(startBook(on, register(on), 4));
        }

        for (Book book : books) {
            awaitFinished(book.node == a ? b : a, book); // progress read on the other node: one shared store
        }

        String logs = a.logText() + b.logText();
        for (Book book : books) {
            assertMadeOnceAndBilledOnce(book.node, book, 1);
            assertThat(tries(logs, book.jobId)).as("tries of job %s in both nodes' logs", book.jobId)
                    .containsExactly("1");
        }
        // The nodes are named in the log: the tries add up to one per book across the two nodes.
        assertThat(triesOn(a, "node-a") + triesOn(b, "node-b")).isEqualTo(books.size());
    }

    @Test
    void givenTwoNodes_whenTheNodeMakingABookIsKilled_thenTheOtherNodeFinishesIt_billingEachPageOnce() throws Exception {
        Map<String, String> slowPages = Map.of("APP_OFFLINE_WORD_DELAY", "PT0.25S");
        PackagedNode a = node("node-a", slowPages);
        PackagedNode b = node("node-b", slowPages);
        Book book = startBook(a, register(a), 6);

        awaitPagesDone(book, 2);
        String running = executingInstance(book.jobId);
        PackagedNode victim = running.equals("node-a") ? a : b;
        PackagedNode survivor = victim == a ? b : a;
        assertThat(pagesDone(book)).as("killed mid-book").isLessThan(6);
        victim.kill();

        awaitFinished(survivor, book);
        assertMadeOnceAndBilledOnce(survivor, book, 2);
        assertThat(tries(survivor.logText(), book.jobId)).as("the survivor ran the recovered job").containsExactly("2");
        assertThat(tries(victim.logText(), book.jobId)).containsExactly("1");
        assertThat(survivor.get("/v1/credits/balance", book.token).path("held_credits").asDouble())
                .as("no hold left open").isZero();
    }

    @Test
    void givenOneNode_whenKilledMidBook_thenTheRestartedNodeFinishesIt_billingEachPageOnce() throws Exception {
        Map<String, String> slowPages = Map.of("APP_OFFLINE_WORD_DELAY", "PT0.25S");
        PackagedNode first = node("solo", slowPages);
        Book book = startBook(first, register(first), 6);

        awaitPagesDone(book, 2);
        assertThat(executingInstance(book.jobId)).isEqualTo("solo");
        assertThat(pagesDone(book)).as("killed mid-book").isLessThan(6);
        first.kill();
        assertThat(jobState(book.jobId)).as("the job is left unfinished").isEqualTo("RUNNING");

        PackagedNode restarted = node("solo", slowPages); // the same instance id recovers its own jobs at once
        awaitFinished(restarted, book);
        assertMadeOnceAndBilledOnce(restarted, book, 2);
        assertThat(tries(restarted.logText(), book.jobId)).containsExactly("2");
        assertThat(restarted.get("/v1/credits/balance", book.token).path("held_credits").asDouble())
                .as("no hold left open").isZero();
    }

    /**
     * The book is ready with pages 1..N, each placed once; the job succeeded after {@code tries} tries; every page's
     * text and picture has exactly one settled hold (its own key, or one derived from it when a hold was given back),
     * none is still held; the ledger moved exactly the settled amounts, and the pictures cost exactly the quote.
     */
    private void assertMadeOnceAndBilledOnce(PackagedNode reader, Book book, int tries) throws Exception {
        JsonNode made = reader.get("/v1/storybooks/" + book.id, book.token);
        assertThat(made.path("status").asText()).isEqualTo("ready");
        List<Integer> numbers = new ArrayList<>();
        made.path("pages").forEach(page -> numbers.add(page.path("page_number").asInt()));
        assertThat(numbers).containsExactlyElementsOf(IntStream.rangeClosed(1, book.pages).boxed().toList());
        assertThat(count("SELECT count(*) FROM storybook_page_links WHERE storybook_id = ?", book.id))
                .as("one page per number").isEqualTo(book.pages);
        assertThat(count("SELECT count(DISTINCT page_id) FROM storybook_page_links WHERE storybook_id = ?", book.id))
                .isEqualTo(book.pages);
        awaitJobSucceeded(book.jobId); // the book is ready a moment before its job is recorded as ended
        assertThat(count("SELECT attempts FROM durable_jobs WHERE id = ?", book.jobId)).as("tries of the job")
                .isEqualTo(tries);

        Map<String, String> statusByKey = new HashMap<>();
        Map<String, BigDecimal> costByKey = new HashMap<>();
        BigDecimal ledger;
        try (Connection db = connect()) {
            try (PreparedStatement query = db.prepareStatement("SELECT idempotency_key, status, coalesce(actual, 0)"
                    + " FROM credit_reservations WHERE run_id = ?")) {
                query.setObject(1, UUID.fromString(book.id));
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        statusByKey.put(rows.getString(1), rows.getString(2));
                        costByKey.put(rows.getString(1), rows.getBigDecimal(3));
                    }
                }
            }
            try (PreparedStatement query = db.prepareStatement("SELECT coalesce(sum(amount), 0) FROM credit_ledger"
                    + " WHERE reservation_id IN (SELECT id FROM credit_reservations WHERE run_id = ?)")) {
                query.setObject(1, UUID.fromString(book.id));
                try (ResultSet rows = query.executeQuery()) {
                    rows.next();
                    ledger = rows.getBigDecimal(1);
                }
            }
        }
        assertThat(statusByKey).as("holds of the book").doesNotContainValue("held");
        BigDecimal settled = BigDecimal.ZERO;
        BigDecimal pictures = BigDecimal.ZERO;
        for (int page = 1; page <= book.pages; page++) {
            for (String part : List.of("llm:" + book.id + ":page-" + page + "-text",
                    "tool:" + book.id + ":page-" + page + "-image")) {
                List<String> paid = statusByKey.entrySet().stream().filter(entry -> entry.getKey().equals(part)
                        || entry.getKey().startsWith(part + ":retry-")).filter(entry -> entry.getValue().equals("settled"))
                        .map(Map.Entry::getKey).toList();
                assertThat(paid).as("settled holds of %s among %s", part, statusByKey).hasSize(1);
                settled = settled.add(costByKey.get(paid.getFirst()));
                if (part.endsWith("-image")) {
                    pictures = pictures.add(costByKey.get(paid.getFirst()));
                }
            }
        }
        assertThat(ledger.negate()).as("credits the ledger took for the book").isEqualByComparingTo(settled);
        assertThat(pictures).as("the pictures cost their quote").isEqualByComparingTo(book.quote);
    }

    private PackagedNode node(String name, Map<String, String> extra) throws Exception {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("DB_URL", databaseUrl);
        env.put("JOBS_SCHEDULER_NAME", cluster);
        env.put("JOBS_INSTANCE_ID", name);
        env.put("JOBS_CHECKIN_INTERVAL", "PT1S"); // a dead node's jobs are recovered ~8.5 s after its last check-in
        env.put("JOBS_IDLE_WAIT", "PT1S");
        PackagedNode node = PackagedNode.start(name, dir, PackagedNode.merge(env, extra));
        nodes.add(node);
        return node;
    }

    private static String register(PackagedNode node) throws Exception {
        return node.post("/auth/local/register", null, Map.of("email", "jobs-" + UUID.randomUUID() + "@example.org",
                "password", "correct horse")).path("access_token").asText();
    }

    private static Book startBook(PackagedNode node, String token, int pages) throws Exception {
        String session = node.post("/v1/sessions", token, Map.of("name", "a book on the cluster")).path("id").asText();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("session_id", session);
        body.put("title", "The Fox and the Nodes");
        body.put("scenes", IntStream.rangeClosed(1, pages).mapToObj(page -> "The fox climbs hill number " + page).toList());
        body.put("style", "pastel");
        JsonNode started = node.post("/v1/storybooks", token, body);
        assertThat(started.path("storybook").path("status").asText()).isEqualTo("generating");
        return new Book(node, token, started.path("storybook").path("id").asText(), started.path("job_id").asText(), pages,
                started.path("quote_credits").decimalValue());
    }

    private static void awaitFinished(PackagedNode on, Book book) throws Exception {
        long deadline = System.nanoTime() + BOOK_LIMIT.toNanos();
        JsonNode progress = on.get("/v1/storybooks/" + book.id + "/progress", book.token);
        while (!progress.path("finished").asBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(250);
            progress = on.get("/v1/storybooks/" + book.id + "/progress", book.token);
        }
        assertThat(progress.path("finished").asBoolean()).as("book %s finished within %s: %s", book.id, BOOK_LIMIT, progress)
                .isTrue();
        assertThat(progress.path("status").asText()).isEqualTo("ready");
        assertThat(progress.path("pages_done").asInt()).isEqualTo(book.pages);
    }

    private static void awaitPagesDone(Book book, int pages) throws Exception {
        long deadline = System.nanoTime() + BOOK_LIMIT.toNanos();
        while (pagesDone(book) < pages && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(pagesDone(book)).as("pages made of book %s", book.id).isGreaterThanOrEqualTo(pages);
    }

    private static void awaitJobSucceeded(String jobId) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!jobState(jobId).equals("SUCCEEDED") && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(jobState(jobId)).as("job %s", jobId).isEqualTo("SUCCEEDED");
    }

    private static int pagesDone(Book book) throws SQLException {
        return count("SELECT count(*) FROM storybook_page_links WHERE storybook_id = ?", book.id);
    }

    /** The node (Quartz instance) whose worker is executing the job now. */
    private String executingInstance(String jobId) throws SQLException {
        try (Connection db = connect(); PreparedStatement query = db.prepareStatement("SELECT instance_name FROM"
                + " qrtz_fired_triggers WHERE sched_name = ? AND job_name = ? AND state = 'EXECUTING'")) {
            query.setString(1, cluster);
            query.setString(2, jobId);
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).as("job %s executing", jobId).isTrue();
                return rows.getString(1);
            }
        }
    }

    private static String jobState(String jobId) throws SQLException {
        try (Connection db = connect(); PreparedStatement query = db.prepareStatement(
                "SELECT state FROM durable_jobs WHERE id = ?")) {
            query.setObject(1, UUID.fromString(jobId));
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).isTrue();
                return rows.getString(1);
            }
        }
    }

    private static int count(String sql, String id) throws SQLException {
        try (Connection db = connect(); PreparedStatement query = db.prepareStatement(sql)) {
            query.setObject(1, UUID.fromString(id));
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).isTrue();
                return rows.getInt(1);
            }
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(databaseUrl, DB_USER, DB_PASSWORD);
    }

    /** The try numbers the nodes logged for the job, in log order. */
    private static List<String> tries(String log, String jobId) {
        List<String> tries = new ArrayList<>();
        Matcher line = TRY_LINE.matcher(log);
        while (line.find()) {
            if (line.group(1).equals(jobId)) {
                tries.add(line.group(2));
            }
        }
        return tries;
    }

    private static long triesOn(PackagedNode node, String instance) throws Exception {
        Matcher line = TRY_LINE.matcher(node.logText());
        long count = 0;
        while (line.find()) {
            assertThat(line.group(3)).as("the node named in %s's log", node.name).isEqualTo(instance);
            count++;
        }
        return count;
    }

    private record Book(PackagedNode node, String token, String id, String jobId, int pages, BigDecimal quote) {
    }
}
