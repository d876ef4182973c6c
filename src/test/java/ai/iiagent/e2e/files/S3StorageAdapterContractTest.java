package ai.iiagent.e2e.files;

import ai.iiagent.adapter.storage.s3.S3StorageAdapter;
import ai.iiagent.adapter.storage.s3.S3StorageSettings;
import ai.iiagent.port.out.storage.StoragePort;
import ai.iiagent.port.out.storage.StoragePortContractTest;
import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The storage contract on the S3 adapter against the WireMock bucket (put, head, ranged get, delete). */
class S3StorageAdapterContractTest extends StoragePortContractTest {

    static WireMockServer server;
    static S3StorageAdapter storage;

    @BeforeAll
    static void startBucket() {
        server = S3StandIn.startServer();
        storage = new S3StorageAdapter(new S3StorageSettings(S3StandIn.BUCKET, "us-east-1", server.baseUrl(),
                S3StandIn.ACCESS_KEY, S3StandIn.SECRET_KEY, true));
    }

    @AfterAll
    static void stopBucket() {
        storage.close();
        server.stop();
    }

    @Override
    protected StoragePort storage() {
        return storage;
    }
}
