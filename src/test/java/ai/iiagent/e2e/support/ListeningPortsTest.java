package ai.iiagent.e2e.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ListeningPortsTest {

    @Test
    void givenTwoRequests_whenPortsChosen_thenDistinctBindableAndBelowTheEphemeralRange() throws Exception {
        int ephemeralStart = Integer.parseInt(
                Files.readAllLines(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).getFirst().trim().split("\\s+")[0]);

        int first = ListeningPorts.free();
        int second = ListeningPorts.free();

        assertThat(ephemeralStart).as("precondition: the range was read").isGreaterThan(20_000);
        assertThat(first).isNotEqualTo(second).isBetween(10_000, ephemeralStart - 1);
        assertThat(second).isBetween(10_000, ephemeralStart - 1);
        try (ServerSocket child = new ServerSocket()) {
            child.bind(new InetSocketAddress(first)); // what the child process will do with it
            assertThat(child.getLocalPort()).isEqualTo(first);
        }
    }
}
