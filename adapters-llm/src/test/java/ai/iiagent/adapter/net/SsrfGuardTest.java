package ai.iiagent.adapter.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The SSRF rules on their own: every payload here is refused before any connection is tried (the
 * resolver is a map, so nothing leaves this machine), and ordinary public URLs pass.
 */
class SsrfGuardTest {

    private final TestResolver resolver = TestResolver.standard();
    private final SsrfGuard guard = new SsrfGuard(resolver, Set.of());

    @ParameterizedTest(name = "refused: {0}")
    @ValueSource(strings = {
            // loopback, by address and by name
            "http://127.0.0.1/", "http://127.0.0.53:8080/", "http://127.255.255.254/", "http://localhost/",
            "http://LOCALHOST:8080/admin", "http://app.localhost/", "http://localhost./", "http://[::1]/",
            "http://[0:0:0:0:0:0:0:1]:8080/",
            // this network / unspecified
            "http://0.0.0.0/", "http://0/", "http://[::]/",
            // private ranges and their edges
            "http://10.0.0.1/", "http://10.255.255.255/", "http://172.16.0.1/", "http://172.31.255.255/",
            "http://192.168.0.1/", "https://192.168.1.254:8443/",
            // link-local and cloud metadata, CGNAT
            "http://169.254.169.254/latest/meta-data/iam/security-credentials/", "http://169.254.0.1/",
            "http://100.64.0.1/", "http://100.127.255.254/",
            // other reserved IPv4
            "http://192.0.0.170/", "http://198.18.0.1/", "http://224.0.0.1/", "http://239.255.255.250:1900/",
            "http://240.0.0.1/", "http://255.255.255.255/",
            // odd IPv4 spellings: decimal, octal, hex, short forms, trailing dot
            "http://2130706433/", "http://0177.0.0.1/", "http://0x7f.0.0.1/", "http://0x7f000001/",
            "http://017700000001/", "http://127.1/", "http://127.0.1/", "http://0x7f.1/", "http://0xa9.0xfe.0xa9.0xfe/",
            "http://2852039166/", "http://0251.0376.0251.0376/", "http://127.0.0.1./", "http://012.1.2.3/",
            // IPv6 forms of inside addresses
            "http://[::ffff:127.0.0.1]/", "http://[::ffff:7f00:1]/", "http://[::ffff:169.254.169.254]/",
            "http://[0:0:0:0:0:ffff:a00:1]/", "http://[::127.0.0.1]/", "http://[::a9fe:a9fe]/",
            "http://[fc00::1]/", "http://[fd00:ec2::254]/", "http://[fe80::1]/", "http://[fec0::1]/",
            "http://[ff02::1]/", "http://[2002:7f00:1::]/", "http://[2002:a9fe:a9fe::1]/", "http://[64:ff9b::a9fe:a9fe]/",
            "http://[2001:db8::1]/", "http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/",
            // names that resolve inside
            "http://internal.example.test/", "http://metadata.example.test/latest/meta-data/",
            "https://half-inside.example.test/", "http://ula.example.test/", "http://mapped.example.test/",
            // schemes and shapes that are never fetched
            "file:///etc/passwd", "gopher://127.0.0.1:6379/_INFO", "ftp://public.example.test/", "dict://127.0.0.1:11211/",
            "jar:http://public.example.test!/x", "//public.example.test/", "/relative/path", "http:///etc/passwd",
            "http://user:secret@public.example.test/", "http://public.example.test@127.0.0.1/",
            "http://[fe80::1%25eth0]/", "javascript:alert(1)", "http://exa mple.test/"})
    void givenAnInternalOrForbiddenDestination_thenItIsRefused(String url) {
        assertThatThrownBy(() -> guard.check(url)).as(url).isInstanceOf(DestinationRefusedException.class)
                .hasMessageStartingWith("refused ");
    }

    @ParameterizedTest(name = "allowed: {0}")
    @ValueSource(strings = {"http://93.184.215.14/", "https://public.example.test/path?q=1#part",
            "HTTPS://PUBLIC.EXAMPLE.TEST/", "http://8.8.8.8:53/", "https://1.1.1.1/dns-query",
            "http://[2606:2800:21f:cb07:6820:80da:af6b:8b2c]/", "https://public6.example.test:8443/",
            "http://100.128.0.1/", "http://172.32.0.1/", "http://192.169.0.1/", "http://11.0.0.1/"})
    void givenAPublicDestination_thenItPasses_withTheAddressesToConnectTo(String url) throws Exception {
        CheckedDestination checked = guard.check(url);

        assertThat(checked.addresses()).isNotEmpty().noneMatch(InternalAddresses::isInternal);
        assertThat(checked.port()).isPositive();
    }

    @ParameterizedTest(name = "{0} is read as {1}")
    @CsvSource({"0177.0.0.1, 127.0.0.1", "0x7f.0.0.1, 127.0.0.1", "2130706433, 127.0.0.1", "127.1, 127.0.0.1",
            "0xa9fea9fe, 169.254.169.254", "012.0.0.1, 10.0.0.1", "10.1, 10.0.0.1", "192.168.257, 192.168.1.1"})
    void givenAnOddSpelling_thenTheRefusalSaysWhichAddressItMeans(String host, String meaning) {
        assertThatThrownBy(() -> guard.check("http://" + host + "/")).isInstanceOf(DestinationRefusedException.class)
                .hasMessageContaining("spelling of " + meaning);
    }

    @Test
    void givenANameResolvingInside_thenTheMessageNamesTheAddressAndTheRange() {
        assertThatThrownBy(() -> guard.check("http://metadata.example.test/"))
                .hasMessageContaining("metadata.example.test resolves to 169.254.169.254")
                .hasMessageContaining("cloud metadata");
        assertThatThrownBy(() -> guard.check("http://half-inside.example.test/")).hasMessageContaining("loopback");
        assertThatThrownBy(() -> guard.check("http://mapped.example.test/")).hasMessageContaining("IPv4-mapped")
                .hasMessageContaining("192.168.1.1");
    }

    @Test
    void givenLiteralAddresses_thenTheResolverIsNeverAsked() throws Exception {
        guard.check("http://93.184.215.14/");
        guard.check("http://[2606:2800:21f:cb07:6820:80da:af6b:8b2c]/");
        assertThatThrownBy(() -> guard.check("http://0x7f.1/")).isInstanceOf(DestinationRefusedException.class);

        assertThat(resolver.lookups).hasValue(0);
    }

    @Test
    void givenAnUnknownName_thenItDoesNotResolve_ratherThanBeingRefused() {
        assertThatThrownBy(() -> guard.check("http://nowhere.example.test/"))
                .isInstanceOf(java.net.UnknownHostException.class);
    }

    @Test
    void givenAnExplicitException_thenOnlyThatAddressAndPortPass() throws Exception {
        SsrfGuard allowing = new SsrfGuard(resolver, Set.of("127.0.0.1:8089"));

        assertThat(allowing.check("http://127.0.0.1:8089/page").addresses()).extracting(Object::toString)
                .containsExactly("/127.0.0.1");
        assertThatThrownBy(() -> allowing.check("http://127.0.0.1:8090/")).isInstanceOf(DestinationRefusedException.class);
        assertThatThrownBy(() -> allowing.check("http://127.0.0.2:8089/")).isInstanceOf(DestinationRefusedException.class);
        assertThatThrownBy(() -> allowing.check("http://localhost:8089/")).isInstanceOf(DestinationRefusedException.class);
    }
}
