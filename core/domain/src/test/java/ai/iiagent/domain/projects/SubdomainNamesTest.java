package ai.iiagent.domain.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.domain.shared.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubdomainNamesTest {

    @Test
    void givenDnsLabels_thenValidOnesAreKeptLowerCased() {
        assertThat(SubdomainNames.require(" My-Shop ")).isEqualTo("my-shop");
        assertThat(SubdomainNames.require("a1b")).isEqualTo("a1b");
        assertThat(SubdomainNames.require("x".repeat(63))).hasSize(63);
    }

    @Test
    void givenNamesThatAreNotLabels_thenInvalidSubdomain() {
        for (String bad : List.of("", "ab", "-abc", "abc-", "a_b_c", "a.bc", "x".repeat(64), "xn--abc", "ab--cd", "héllo",
                "a b c")) {
            assertThatThrownBy(() -> SubdomainNames.require(bad)).as(bad).isInstanceOf(ValidationException.class)
                    .extracting(e -> ((ValidationException) e).code()).isEqualTo(DeploymentErrors.INVALID_SUBDOMAIN);
        }
    }

    @Test
    void givenReservedNamesAndLookAlikes_thenReserved() {
        for (String reserved : List.of("admin", "ADMIN", "adm1n", "a-d-m-i-n", "4dmin", "log1n", "l0gin", "rnail",
                "vvww", "supp0rt", "iiagent-shop", "my-ii-agent", "l1agent", "api", "www")) {
            assertThatThrownBy(() -> SubdomainNames.require(reserved)).as(reserved)
                    .isInstanceOf(ValidationException.class)
                    .extracting(e -> ((ValidationException) e).code()).isEqualTo(DeploymentErrors.SUBDOMAIN_RESERVED);
        }
        assertThat(SubdomainNames.isReserved("my-shop")).isFalse();
        assertThat(SubdomainNames.isReserved("bakery-42")).isFalse();
    }
}
