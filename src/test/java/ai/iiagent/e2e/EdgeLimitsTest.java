package ai.iiagent.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Oversized bodies answer problem+json; database errors never carry the values a client sent. */
@QuarkusTest
class EdgeLimitsTest {

    @TestHTTPResource("/")
    URI base;

    @Inject
    DataSource dataSource;

    @Test
    void givenBodyOverTheLimit_whenAnnounced_then413ProblemWithCode() throws IOException {
        String response = rawRequest("POST /v1/sessions HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nContent-Length: 2000000000\r\n\r\n{\"name\":\"");

        assertThat(response).startsWith("HTTP/1.1 413");
        assertThat(response.toLowerCase()).contains("content-type: application/problem+json");
        assertThat(response).contains("\"code\":\"payload_too_large\"");
    }

    @Test
    void givenDatabaseRefusesAValue_whenTheErrorIsReported_thenItNamesNoValue() throws SQLException {
        String canary = "canary-" + System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("create temp table edge_values (v text unique)");
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into edge_values (v) values (?)")) {
                insert.setString(1, canary);
                insert.executeUpdate();
                insert.setString(1, canary);
                assertThatThrownBy(insert::executeUpdate).isInstanceOf(SQLException.class)
                        .satisfies(error -> assertThat(messages((SQLException) error)).doesNotContain(canary));
                insert.setString(1, canary);
                insert.addBatch();
                assertThatThrownBy(insert::executeBatch).isInstanceOf(SQLException.class)
                        .satisfies(error -> assertThat(messages((SQLException) error)).doesNotContain(canary));
                insert.setString(1, "ok-" + canary);
                insert.clearBatch();
                assertThat(insert.executeUpdate()).isEqualTo(1);
            }
        }
    }

    /** Everything a log line of the error would print: messages of the chain and of next exceptions. */
    private static String messages(SQLException error) {
        List<String> all = new ArrayList<>();
        for (Throwable t = error; t != null; t = t.getCause()) {
            all.add(String.valueOf(t));
        }
        for (SQLException next = error.getNextException(); next != null; next = next.getNextException()) {
            all.add(String.valueOf(next));
        }
        return String.join("\n", all);
    }

    private String rawRequest(String head) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder response = new StringBuilder();
            byte[] buffer = new byte[4096];
            int read;
            try {
                while ((read = in.read(buffer)) > 0) {
                    response.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
                    if (complete(response)) {
                        break;
                    }
                }
            } catch (java.net.SocketTimeoutException | java.net.SocketException ended) {
                // the server may close or stop answering once the response is out
            }
            return response.toString();
        }
    }

    private static boolean complete(StringBuilder response) {
        int end = response.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        String head = response.substring(0, end).toLowerCase();
        int at = head.indexOf("content-length:");
        if (at < 0) {
            return head.contains("transfer-encoding") && response.indexOf("\r\n0\r\n\r\n") > 0;
        }
        int stop = head.indexOf("\r\n", at);
        int length = Integer.parseInt(head.substring(at + 15, stop < 0 ? head.length() : stop).trim());
        return response.length() - end - 4 >= length;
    }
}
