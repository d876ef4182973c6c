package ai.iiagent.adapter.integrations.projects;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The providers' answers under {@code transcripts/{vercel,cloud-run,cloudflare-kv}} (written to the
 * documented shapes, see the README there), and a capture of what the deploy adapters log.
 */
final class DeployTranscripts {

    private DeployTranscripts() {
    }

    static String transcript(String path) {
        try (InputStream in = DeployTranscripts.class.getResourceAsStream("/transcripts/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no transcript " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Google service-account key file (JSON) holding {@code key}'s private half, granting at {@code tokenUri}. */
    static String serviceAccount(java.security.KeyPair key, String tokenUri) {
        String pem = "-----BEGIN PRIVATE KEY-----\n" + java.util.Base64.getMimeEncoder(64,
                "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(key.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        return DeployHttp.JSON.createObjectNode().put("type", "service_account").put("project_id", "acme-sites")
                .put("private_key_id", "4f1c2d3e5a6b7c8d9e0f").put("private_key", pem)
                .put("client_email", "deployer@acme-sites.iam.gserviceaccount.com").put("token_uri", tokenUri).toString();
    }

    static ResponseDefinitionBuilder json(int status, String path) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(transcript(path));
    }

    /** Everything logged by the deploy adapters' package while open (the app's JUL log manager in tests). */
    static final class CapturedLog implements AutoCloseable {

        private final Logger logger = Logger.getLogger("ai.iiagent.adapter.integrations.projects");
        private final List<String> lines = new ArrayList<>();
        private final Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                String message = record.getParameters() == null || record.getParameters().length == 0 ? record.getMessage()
                        : String.format(record.getMessage(), record.getParameters());
                synchronized (lines) {
                    lines.add(message + (record.getThrown() == null ? "" : " " + record.getThrown()));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };

        CapturedLog() {
            handler.setLevel(Level.ALL);
            logger.addHandler(handler);
        }

        String text() {
            synchronized (lines) {
                return String.join("\n", lines);
            }
        }

        @Override
        public void close() {
            logger.removeHandler(handler);
        }
    }
}
