package ai.iiagent.adapter.persistence.storybooks;

import ai.iiagent.adapter.persistence.content.ContentJdbc;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.storybooks.NumberedPage;
import ai.iiagent.domain.storybooks.StoryPage;
import ai.iiagent.domain.storybooks.Storybook;
import ai.iiagent.domain.storybooks.StorybookId;
import ai.iiagent.domain.storybooks.StorybookStatus;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.out.storybooks.StorybookRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** {@link StorybookRepository} on {@code storybooks}, {@code storybook_pages} and {@code storybook_page_links}. */
@ApplicationScoped
public class StorybookPersistenceAdapter implements StorybookRepository {

    private final ContentJdbc jdbc;

    public StorybookPersistenceAdapter(ContentJdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void create(Storybook book) {
        jdbc.update("""
                insert into storybooks (id, user_id, session_id, title, style, root_id, parent_id, version, page_count,
                    status, voice_over, published, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                statement -> {
                    ContentJdbc.setUuid(statement, 1, book.id().value());
                    ContentJdbc.setUuid(statement, 2, book.owner().value());
                    ContentJdbc.setUuid(statement, 3, book.sessionId().value());
                    statement.setString(4, book.title());
                    statement.setString(5, book.style());
                    ContentJdbc.setUuid(statement, 6, book.rootId().value());
                    ContentJdbc.setUuid(statement, 7, book.parentId().map(StorybookId::value).orElse(null));
                    statement.setInt(8, book.version());
                    statement.setInt(9, book.pageCount());
                    statement.setString(10, book.status().name().toLowerCase(Locale.ROOT));
                    statement.setBoolean(11, book.voiceOver());
                    statement.setBoolean(12, book.published());
                    ContentJdbc.setInstant(statement, 13, book.createdAt());
                    ContentJdbc.setInstant(statement, 14, book.updatedAt());
                });
    }

    @Override
    @Transactional
    public Optional<Storybook> find(StorybookId id) {
        return jdbc.query("select * from storybooks where id = ?", statement -> ContentJdbc.setUuid(statement, 1, id.value()),
                StorybookPersistenceAdapter::book).stream().findFirst();
    }

    @Override
    @Transactional
    public List<Storybook> inSession(UserId owner, SessionId sessionId) {
        return jdbc.query("select * from storybooks where session_id = ? and user_id = ? order by created_at desc, version desc",
                statement -> {
                    ContentJdbc.setUuid(statement, 1, sessionId.value());
                    ContentJdbc.setUuid(statement, 2, owner.value());
                }, StorybookPersistenceAdapter::book);
    }

    @Override
    @Transactional
    public List<Storybook> versions(StorybookId rootId) {
        return jdbc.query("select * from storybooks where root_id = ? order by version",
                statement -> ContentJdbc.setUuid(statement, 1, rootId.value()), StorybookPersistenceAdapter::book);
    }

    @Override
    @Transactional
    public void placeNewPage(StorybookId book, int number, StoryPage page) {
        jdbc.update("""
                insert into storybook_pages (id, scene, text, image_asset_id, audio_asset_id, background_asset_id, created_at)
                values (?, ?, ?, ?, ?, ?, ?)""", statement -> {
                    ContentJdbc.setUuid(statement, 1, page.id());
                    statement.setString(2, page.scene());
                    statement.setString(3, page.text());
                    ContentJdbc.setUuid(statement, 4, page.imageAssetId().orElse(null));
                    ContentJdbc.setUuid(statement, 5, page.audioAssetId().orElse(null));
                    ContentJdbc.setUuid(statement, 6, page.backgroundAssetId().orElse(null));
                    ContentJdbc.setInstant(statement, 7, page.createdAt());
                });
        jdbc.update("""
                insert into storybook_page_links (storybook_id, page_number, page_id) values (?, ?, ?)
                on conflict (storybook_id, page_number) do update set page_id = excluded.page_id""", statement -> {
                    ContentJdbc.setUuid(statement, 1, book.value());
                    statement.setInt(2, number);
                    ContentJdbc.setUuid(statement, 3, page.id());
                });
    }

    @Override
    @Transactional
    public void sharePages(StorybookId from, StorybookId to, int exceptNumber) {
        jdbc.update("""
                insert into storybook_page_links (storybook_id, page_number, page_id)
                select ?, page_number, page_id from storybook_page_links where storybook_id = ? and page_number <> ?
                on conflict (storybook_id, page_number) do nothing""", statement -> {
                    ContentJdbc.setUuid(statement, 1, to.value());
                    ContentJdbc.setUuid(statement, 2, from.value());
                    statement.setInt(3, exceptNumber);
                });
    }

    @Override
    @Transactional
    public List<NumberedPage> pages(StorybookId book) {
        return jdbc.query("""
                select l.page_number, p.* from storybook_page_links l join storybook_pages p on p.id = l.page_id
                where l.storybook_id = ? order by l.page_number""", statement -> ContentJdbc.setUuid(statement, 1, book.value()),
                rows -> new NumberedPage(rows.getInt("page_number"), new StoryPage(ContentJdbc.uuid(rows, "id"),
                        rows.getString("scene"), rows.getString("text"), Optional.ofNullable(ContentJdbc.uuid(rows, "image_asset_id")),
                        Optional.ofNullable(ContentJdbc.uuid(rows, "audio_asset_id")),
                        Optional.ofNullable(ContentJdbc.uuid(rows, "background_asset_id")), ContentJdbc.instant(rows, "created_at"))));
    }

    @Override
    @Transactional
    public void setStatus(StorybookId book, StorybookStatus status, Instant now) {
        jdbc.update("update storybooks set status = ?, updated_at = ? where id = ?", statement -> {
            statement.setString(1, status.name().toLowerCase(Locale.ROOT));
            ContentJdbc.setInstant(statement, 2, now);
            ContentJdbc.setUuid(statement, 3, book.value());
        });
    }

    @Override
    @Transactional
    public void setPublished(StorybookId book, boolean published, Instant now) {
        jdbc.update("update storybooks set published = ?, updated_at = ? where id = ?", statement -> {
            statement.setBoolean(1, published);
            ContentJdbc.setInstant(statement, 2, now);
            ContentJdbc.setUuid(statement, 3, book.value());
        });
    }

    private static Storybook book(ResultSet rows) throws SQLException {
        UUID parent = ContentJdbc.uuid(rows, "parent_id");
        return new Storybook(new StorybookId(ContentJdbc.uuid(rows, "id")), new UserId(ContentJdbc.uuid(rows, "user_id")),
                new SessionId(ContentJdbc.uuid(rows, "session_id")), rows.getString("title"), rows.getString("style"),
                new StorybookId(ContentJdbc.uuid(rows, "root_id")), Optional.ofNullable(parent).map(StorybookId::new),
                rows.getInt("version"), rows.getInt("page_count"),
                StorybookStatus.valueOf(rows.getString("status").toUpperCase(Locale.ROOT)), rows.getBoolean("voice_over"),
                rows.getBoolean("published"), ContentJdbc.instant(rows, "created_at"), ContentJdbc.instant(rows, "updated_at"));
    }
}
