package ai.iiagent.e2e.files;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** An S3-compatible endpoint on loopback (WireMock + {@link S3Objects}) and the settings pointing the app at it. */
public class S3StandIn implements QuarkusTestResourceLifecycleManager {

    static final String BUCKET = "ii-agent-test";
    static final String ACCESS_KEY = "AKIASTANDIN0000000001";
    static final String SECRET_KEY = "standin/secret/key/0000000000000000000000";

    static WireMockServer server;
    static S3Objects objects;

    static WireMockServer startServer() {
        S3Objects bucket = new S3Objects(BUCKET);
        WireMockServer started = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1").extensions(bucket));
        started.start();
        started.stubFor(any(urlPathMatching("/" + BUCKET + "/.*")).willReturn(aResponse().withStatus(500)));
        objects = bucket;
        return started;
    }

    @Override
    public Map<String, String> start() {
        server = startServer();
        return Map.of("storage.provider", "s3", "storage.s3.bucket", BUCKET, "storage.s3.region", "eu-central-1",
                "storage.s3.endpoint", server.baseUrl(), "storage.s3.access-key", ACCESS_KEY,
                "storage.s3.secret-key", SECRET_KEY, "storage.s3.path-style", "true");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
