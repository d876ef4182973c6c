package ai.iiagent.port.out.settings;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.domain.settings.McpServer;
import ai.iiagent.domain.settings.McpSetting;
import ai.iiagent.domain.settings.McpSettingId;
import ai.iiagent.domain.shared.EncryptedSecret;
import ai.iiagent.domain.users.UserId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link McpSettingRepository}'s contract, run against the in-memory fake and against PostgreSQL:
 * a user's settings oldest first, the active filter, and maintenance pages in PostgreSQL's uuid order
 * (unsigned bytes, which is the order of the lower-case text; other rows may exist in between).
 */
public abstract class McpSettingRepositoryContractTest {

    private static final Comparator<McpSettingId> BY_ID = Comparator.comparing(id -> id.value().toString());

    protected abstract McpSettingRepository repository();

    /** A new user who may own MCP settings. */
    protected abstract UserId newUser();

    @Test
    void givenAUsersSettings_thenTheyListOldestFirst_theActiveFilterWorks_andStrangersSeeNone() {
        UserId owner = newUser();
        Instant at = now();
        McpSetting newer = setting(owner, true, at);
        McpSetting older = setting(owner, false, at.minusSeconds(60));
        repository().save(newer);
        repository().save(older);

        assertThat(repository().listOwnedBy(owner, false)).extracting(McpSetting::id).containsExactly(older.id(), newer.id());
        assertThat(repository().listOwnedBy(owner, true)).extracting(McpSetting::id).containsExactly(newer.id());
        assertThat(repository().listOwnedBy(newUser(), false)).isEmpty();
        assertThat(repository().findById(newer.id())).hasValueSatisfying(found -> {
            assertThat(found.servers()).isEqualTo(newer.servers());
            assertThat(found.active()).isTrue();
        });
        assertThat(repository().delete(older.id())).isTrue();
        assertThat(repository().delete(older.id())).isFalse();
        assertThat(repository().findById(older.id())).isEmpty();
    }

    @Test
    void givenManySettings_thenPagesFollowTheUuidOrder_andStartAfterTheCursor() {
        UserId owner = newUser();
        List<McpSetting> mine = Stream.generate(() -> setting(owner, true, now())).limit(8).toList();
        mine.forEach(repository()::save);
        List<McpSettingId> sorted = mine.stream().map(McpSetting::id).sorted(BY_ID).toList();

        List<McpSettingId> all = repository().page(null, 100_000).stream().map(McpSetting::id).toList();
        List<McpSettingId> afterThird = repository().page(sorted.get(2), 100_000).stream().map(McpSetting::id).toList();

        assertThat(all).isSortedAccordingTo(BY_ID).containsSubsequence(sorted);
        assertThat(afterThird).isSortedAccordingTo(BY_ID).doesNotContainAnyElementsOf(sorted.subList(0, 3))
                .containsSubsequence(sorted.subList(3, 8));
    }

    private static McpSetting setting(UserId owner, boolean active, Instant at) {
        McpServer server = new McpServer.Stdio("files", "npx", List.of("-y", "some-mcp"),
                Map.of("TOKEN", new EncryptedSecret("k1", "sealed")));
        return new McpSetting(McpSettingId.random(), owner, List.of(server), Map.of(), active, at, at);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
