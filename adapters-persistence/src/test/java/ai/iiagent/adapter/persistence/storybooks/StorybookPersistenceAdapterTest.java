package ai.iiagent.adapter.persistence.storybooks;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.storybooks.NumberedPage;
import ai.iiagent.domain.storybooks.StoryPage;
import ai.iiagent.domain.storybooks.Storybook;
import ai.iiagent.domain.storybooks.StorybookStatus;
import ai.iiagent.domain.users.UserId;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Storybook versions on PostgreSQL: pages stored once and shared by the versions an edit makes. */
@QuarkusTest
class StorybookPersistenceAdapterTest {

    @Inject
    StorybookPersistenceAdapter books;

    @Inject
    AgroalDataSource dataSource;

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

    @Test
    void anEditMakesANewVersionThatSharesTheOtherPages() throws Exception {
        UserId owner = user();
        SessionId session = session(owner);
        Storybook first = Storybook.first(owner, session, "The Fox", "watercolour", 8, true, now);
        books.create(first);
        for (int number = 1; number <= 8; number++) {
            books.placeNewPage(first.id(), number, new StoryPage(UUID.randomUUID(), "scene " + number, "text " + number,
                    Optional.of(UUID.randomUUID()), Optional.of(UUID.randomUUID()), Optional.empty(), now));
        }
        books.setStatus(first.id(), StorybookStatus.READY, now);

        List<NumberedPage> before = books.pages(first.id());
        Storybook second = books.find(first.id()).orElseThrow().nextVersion(1, now.plusSeconds(1));
        books.create(second);
        books.sharePages(first.id(), second.id(), 3);
        StoryPage edited = before.get(2).page().withText("a new text for page 3", now.plusSeconds(1));
        books.placeNewPage(second.id(), 3, edited);

        List<NumberedPage> after = books.pages(second.id());
        assertThat(after).extracting(NumberedPage::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        for (int i = 0; i < 8; i++) {
            if (i == 2) {
                assertThat(after.get(i).page().id()).isNotEqualTo(before.get(i).page().id());
                assertThat(after.get(i).page().text()).isEqualTo("a new text for page 3");
                assertThat(after.get(i).page().imageAssetId()).isEqualTo(before.get(i).page().imageAssetId());
                assertThat(after.get(i).page().audioAssetId()).as("the old voice-over no longer fits").isEmpty();
            } else {
                assertThat(after.get(i).page()).as("page %d shared", i + 1).isEqualTo(before.get(i).page());
            }
        }
        assertThat(books.pages(first.id())).as("the first version is unchanged").isEqualTo(before);
        assertThat(count("select count(*) from storybook_pages p join storybook_page_links l on l.page_id = p.id"
                + " where l.storybook_id in ('" + first.id().value() + "','" + second.id().value() + "')"))
                .as("links: 8 + 8").isEqualTo(16);
        assertThat(count("select count(distinct l.page_id) from storybook_page_links l where l.storybook_id in ('"
                + first.id().value() + "','" + second.id().value() + "')")).as("pages stored: 8 + 1").isEqualTo(9);

        List<Storybook> versions = books.versions(first.rootId());
        assertThat(versions).extracting(Storybook::version).containsExactly(1, 2);
        assertThat(versions.get(1).rootId()).isEqualTo(first.id());
        assertThat(versions.get(1).parentId()).contains(first.id());
        assertThat(versions.get(0).status()).isEqualTo(StorybookStatus.READY);
        assertThat(books.inSession(owner, session)).hasSize(2);
        assertThat(books.inSession(user(), session)).as("another user sees none").isEmpty();

        assertThat(books.find(second.id()).orElseThrow().published()).isFalse();
        books.setPublished(second.id(), true, now.plusSeconds(2));
        assertThat(books.find(second.id()).orElseThrow().published()).isTrue();
    }

    private UserId user() throws Exception {
        return new UserId(insertReturningId("insert into users (email) values ('" + UUID.randomUUID() + "@example.com') returning id"));
    }

    private SessionId session(UserId owner) throws Exception {
        return new SessionId(insertReturningId("insert into sessions (user_id) values ('" + owner.value() + "') returning id"));
    }

    private UUID insertReturningId(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getObject(1, UUID.class);
        }
    }

    private long count(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
