package ai.iiagent.domain.integrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.domain.users.UserId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Names a profile gets in MCP settings and at Composio, and the shapes of what goes to Composio. */
class ComposioProfileTest {

    private static ComposioProfile profile(String toolkit, String name) {
        Instant now = Instant.parse("2026-12-06T12:00:00Z");
        return new ComposioProfile(UUID.fromString("0f1e2d3c-4b5a-6978-8a9b-acbdcedfe0f1"), UserId.random(), name, toolkit,
                "Gmail", "ac_1", "ca_1", "ii-user", null, null, ComposioProfileStatus.PENDING, List.of(), null, now, now);
    }

    @Test
    void givenAProfile_thenItsMcpServerNameIsToolkitAndName_inTheMcpNameCharset() {
        assertThat(profile("gmail", "Work").mcpServerName()).isEqualTo("gmail-Work");
        assertThat(profile("google_drive", "my team drive").mcpServerName()).isEqualTo("google_drive-my-team-drive");
        assertThat(profile("gmail", "x".repeat(64)).mcpServerName()).hasSize(40);
    }

    @Test
    void givenAProfile_thenItsComposioServerNameFitsComposiosFourToThirtyCharacters() {
        assertThat(profile("gmail", "Work").composioServerName()).isEqualTo("ii-0f1e2d3c4b5a69788a9bacbd").hasSizeBetween(4, 30);
    }

    @Test
    void givenNamesAndSlugs_thenMalformedOnesAreRefusedBeforeReachingComposio() {
        assertThat(ComposioProfile.name("  Work  ")).isEqualTo("Work");
        assertThatThrownBy(() -> ComposioProfile.name("")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> ComposioProfile.name("a/b")).isInstanceOf(ValidationException.class);
        assertThat(ComposioSlugs.toolkit(" Gmail ")).isEqualTo("gmail");
        assertThatThrownBy(() -> ComposioSlugs.toolkit("../x")).isInstanceOf(ValidationException.class);
        assertThat(ComposioSlugs.tools(List.of("gmail_send_email", "GMAIL_SEND_EMAIL"))).containsExactly("GMAIL_SEND_EMAIL");
        assertThatThrownBy(() -> ComposioSlugs.tools(List.of("rm -rf"))).isInstanceOf(ValidationException.class);
        assertThat(ComposioConnectionStatus.parse("SOMETHING_NEW")).isEqualTo(ComposioConnectionStatus.INITIALIZING);
    }
}
