package ai.iiagent.adapter.http.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.adapter.http.shared.ClientAddresses.Header;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressesTest {

    private static final List<Cidr> PROXIES = List.of(Cidr.parse("10.0.0.0/8"), Cidr.parse("fd00::/8"));
    private final ClientAddresses xff = new ClientAddresses(PROXIES, Header.X_FORWARDED_FOR);
    private final ClientAddresses forwarded = new ClientAddresses(PROXIES, Header.FORWARDED);

    @Test
    void givenAnUntrustedPeer_whenItSendsForwardingHeaders_thenTheyAreIgnored() {
        assertThat(xff.resolve("203.0.113.5", "198.51.100.1")).isEqualTo("203.0.113.5");
        assertThat(forwarded.resolve("203.0.113.5", "for=198.51.100.1")).isEqualTo("203.0.113.5");
    }

    @Test
    void givenNoTrustedProxiesConfigured_thenThePeerIsTheClient() {
        ClientAddresses none = new ClientAddresses(List.of(), Header.X_FORWARDED_FOR);
        assertThat(none.resolve("10.1.2.3", "198.51.100.1")).isEqualTo("10.1.2.3");
    }

    @Test
    void givenATrustedPeer_thenTheNearestUntrustedHopIsTheClient_notWhatTheClientPrepended() {
        // The client prepended a spoofed entry; the proxy appended the address it really saw.
        assertThat(xff.resolve("10.0.0.2", "6.6.6.6, 198.51.100.1")).isEqualTo("198.51.100.1");
        assertThat(xff.resolve("10.0.0.2", "6.6.6.6, 198.51.100.1, 10.0.0.9")).isEqualTo("198.51.100.1");
        assertThat(xff.resolve("10.0.0.2", "198.51.100.1:4711")).isEqualTo("198.51.100.1");
    }

    @Test
    void givenATrustedPeer_whenForwardedIsConfigured_thenItsForParametersAreRead() {
        assertThat(forwarded.resolve("10.0.0.2", "for=6.6.6.6, for=\"198.51.100.1:80\";proto=https"))
                .isEqualTo("198.51.100.1");
        assertThat(forwarded.resolve("10.0.0.2", "proto=https;for=\"[2001:db8:1:2::7]:443\""))
                .isEqualTo("2001:db8:1:2:0:0:0:0/64");
    }

    @Test
    void givenATrustedPeer_whenTheHeaderIsMissingOrGarbled_thenTheNearestTrustedHopIsUsed() {
        assertThat(xff.resolve("10.0.0.2", "")).isEqualTo("10.0.0.2");
        assertThat(xff.resolve("10.0.0.2", "6.6.6.6, evil.example.org")).isEqualTo("10.0.0.2");
        assertThat(forwarded.resolve("10.0.0.2", "for=unknown")).isEqualTo("10.0.0.2");
    }

    @Test
    void givenIpv6Clients_thenTheyAreNamedByTheirSlash64() {
        assertThat(xff.resolve("2001:db8:1:2::7", "")).isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(xff.resolve("fd00::1", "2001:db8:1:2::9")).isEqualTo("2001:db8:1:2:0:0:0:0/64");
    }

    @Test
    void cidrBlocksParseLiteralsOnly() {
        assertThat(Cidr.parse("127.0.0.1").contains("127.0.0.1")).isTrue();
        assertThat(Cidr.parse("127.0.0.1").contains("127.0.0.2")).isFalse();
        assertThat(Cidr.parse("192.168.0.0/16").contains("192.168.255.1")).isTrue();
        assertThat(Cidr.parse("::1/128").contains("127.0.0.1")).isFalse();
        assertThatThrownBy(() -> Cidr.parse("localhost")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Cidr.parse("10.0.0.0/33")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Cidr.parse("999.0.0.1")).isInstanceOf(IllegalArgumentException.class);
    }
}
