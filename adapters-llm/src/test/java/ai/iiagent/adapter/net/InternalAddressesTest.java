package ai.iiagent.adapter.net;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The address table's edges: the first and last address of a range are inside, the neighbours outside. */
class InternalAddressesTest {

    @Test
    void givenRangeEdges_thenInsideAndOutsideAreToldApart() {
        assertInternal("172.16.0.0", "172.31.255.255", "100.64.0.0", "100.127.255.255", "169.254.0.0", "169.254.255.255",
                "198.18.0.0", "198.19.255.255", "0.0.0.0", "0.255.255.255");
        assertPublic("172.15.255.255", "172.32.0.0", "100.63.255.255", "100.128.0.0", "169.253.255.255", "169.255.0.0",
                "198.17.255.255", "198.20.0.0", "1.0.0.0", "223.255.255.255");
    }

    @Test
    void givenIpv6_thenOnlyGlobalUnicastOutsideSpecialBlocksIsPublic() {
        assertInternal("::1", "::", "fc00::", "fdff:ffff::1", "fe80::1", "febf::1", "ff05::2", "64:ff9b::808:808",
                "2001:db8:1::1", "2001::1", "::8.8.8.8");
        assertPublic("2001:4860:4860::8888", "2606:4700:4700::1111", "2a00:1450:4001:82a::200e", "2002:808:808::1");
    }

    @Test
    void givenTheMetadataAddress_thenItIsNamedAsSuch() {
        assertThat(InternalAddresses.reasonFor(TestResolver.address("169.254.169.254"))).hasValue("cloud metadata (169.254.169.254)");
        assertThat(InternalAddresses.reasonFor(TestResolver.mappedV6(10, 0, 0, 1)).orElseThrow())
                .isEqualTo("IPv4-mapped form of 10.0.0.1, private (10.0.0.0/8)");
    }

    private static void assertInternal(String... addresses) {
        for (String address : addresses) {
            assertThat(InternalAddresses.isInternal(TestResolver.address(address))).as(address).isTrue();
        }
    }

    private static void assertPublic(String... addresses) {
        for (String address : addresses) {
            assertThat(InternalAddresses.isInternal(TestResolver.address(address))).as(address).isFalse();
        }
    }
}
