package ai.iiagent.e2e.auth;

import static ai.iiagent.e2e.auth.AbuseLimitsTest.assertTooMany;
import static ai.iiagent.e2e.auth.AbuseLimitsTest.randomAddress;
import static ai.iiagent.e2e.auth.AbuseLimitsTest.register;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A client that is not a trusted proxy cannot pick its address with X-Forwarded-For or Forwarded. */
@QuarkusTest
@TestProfile(UntrustedForwardedForTest.LowLimitsNoTrustedProxy.class)
class UntrustedForwardedForTest {

    public static class LowLimitsNoTrustedProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // A proxy is trusted, but not the test client (it connects from loopback).
            return Map.of("app.http.trusted-proxies", "10.0.0.0/8", "app.auth.max-signups-per-address", "2");
        }
    }

    @Test
    void givenAnUntrustedPeer_whenItSpoofsForwardedHeaders_thenItsSocketAddressIsLimited() {
        register(randomAddress()).then().statusCode(201);
        register(randomAddress()).then().statusCode(201);

        assertTooMany(register(randomAddress()), "too_many_signups");
    }
}
