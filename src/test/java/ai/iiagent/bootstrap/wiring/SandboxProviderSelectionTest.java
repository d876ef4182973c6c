package ai.iiagent.bootstrap.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.bootstrap.config.SandboxConfig;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** SANDBOX_PROVIDER=docker|e2b fail start-up clearly when their provider cannot be used: no silent fallback. */
class SandboxProviderSelectionTest {

    @Test
    void givenDockerWithNoEngineListening_thenStartUpStopsNamingDockerHost() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String host = "tcp://127.0.0.1:" + closedPort;
        assertThatThrownBy(() -> SandboxesWiring.docker(docker(host))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SANDBOX_PROVIDER=docker").hasMessageContaining("DOCKER_HOST=" + host);
        assertThatThrownBy(() -> SandboxesWiring.docker(docker("unix:///nonexistent/docker.sock")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not reachable");
    }

    @Test
    void givenE2bWithoutAKey_thenStartUpStopsNamingE2bApiKey() {
        assertThatThrownBy(() -> SandboxesWiring.e2b(e2b(Optional.empty()))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("E2B_API_KEY");
        assertThatThrownBy(() -> SandboxesWiring.e2b(e2b(Optional.of("  ")))).isInstanceOf(IllegalStateException.class);
        assertThat(SandboxesWiring.e2b(e2b(Optional.of("e2b_key"))).kind()).isEqualTo("e2b");
    }

    private static SandboxConfig.Docker docker(String host) {
        return new SandboxConfig.Docker() {
            public String host() {
                return host;
            }

            public String image() {
                return "debian:bookworm-slim";
            }

            public long memoryBytes() {
                return 1L << 30;
            }

            public double cpus() {
                return 1.0;
            }

            public long pidsLimit() {
                return 256;
            }

            public boolean network() {
                return false;
            }
        };
    }

    private static SandboxConfig.E2b e2b(Optional<String> key) {
        return new SandboxConfig.E2b() {
            public Optional<String> apiKey() {
                return key;
            }

            public String apiUrl() {
                return "https://api.e2b.app";
            }

            public String template() {
                return "base";
            }

            public Duration timeout() {
                return Duration.ofHours(1);
            }

            public String envdUrl() {
                return "https://{port}-{sandbox}.{domain}";
            }
        };
    }
}
