package ai.iiagent.adapter.jobs;

import ai.iiagent.port.out.jobs.JobId;
import ai.iiagent.port.out.jobs.JobRequest;
import ai.iiagent.port.out.jobs.JobState;
import ai.iiagent.port.out.jobs.JobStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/** The {@code durable_jobs} rows: status, tries, progress and the cancel flag of each job (autocommit statements). */
final class JobRows {

    private static final String UNFINISHED = "state IN ('QUEUED','RUNNING','RETRY_WAIT')";

    private final JobsPool pool;

    JobRows(JobsPool pool) {
        this.pool = pool;
    }

    void insert(JobId id, JobRequest request) {
        update("INSERT INTO durable_jobs (id, kind, subject, state, max_attempts) VALUES (?, ?, ?, 'QUEUED', ?)",
                statement -> {
                    statement.setObject(1, id.value());
                    statement.setString(2, request.kind());
                    statement.setString(3, request.subject());
                    statement.setInt(4, request.retry().maxAttempts());
                });
    }

    /** Marks a try started and returns its number; empty when the job is finished or cancellation was requested. */
    OptionalInt startAttempt(JobId id) {
        return query("UPDATE durable_jobs SET state = 'RUNNING', attempts = attempts + 1, error = NULL, updated_at = now()"
                + " WHERE id = ? AND " + UNFINISHED + " AND NOT cancel_requested RETURNING attempts", id, rows ->
                rows.next() ? OptionalInt.of(rows.getInt(1)) : OptionalInt.empty());
    }

    int maxAttempts(JobId id) {
        return query("SELECT max_attempts FROM durable_jobs WHERE id = ?", id, rows -> rows.next() ? rows.getInt(1) : 1);
    }

    void progress(JobId id, int done, int total, String note) {
        update("UPDATE durable_jobs SET progress_done = ?, progress_total = ?, note = ?, updated_at = now() WHERE id = ?",
                statement -> {
                    statement.setInt(1, done);
                    statement.setInt(2, total);
                    statement.setString(3, note == null ? "" : note);
                    statement.setObject(4, id.value());
                });
    }

    boolean cancelRequested(JobId id) {
        return query("SELECT cancel_requested FROM durable_jobs WHERE id = ?", id, rows -> rows.next() && rows.getBoolean(1));
    }

    /** Ends an unfinished job; a requested cancellation wins over success. */
    void finish(JobId id, JobState state, String error) {
        update("UPDATE durable_jobs SET state = CASE WHEN cancel_requested AND ? <> 'FAILED' THEN 'CANCELLED' ELSE ? END,"
                + " error = ?, updated_at = now() WHERE id = ? AND " + UNFINISHED, statement -> {
                    statement.setString(1, state.name());
                    statement.setString(2, state.name());
                    statement.setString(3, error);
                    statement.setObject(4, id.value());
                });
    }

    void retryWait(JobId id, String error) {
        update("UPDATE durable_jobs SET state = 'RETRY_WAIT', error = ?, updated_at = now() WHERE id = ? AND " + UNFINISHED,
                statement -> {
                    statement.setString(1, error);
                    statement.setObject(2, id.value());
                });
    }

    /**
     * Sets the cancel flag of an unfinished job; a queued or waiting one is cancelled at once. Returns the state after
     * the change, empty when the job does not exist or had finished.
     */
    Optional<JobState> requestCancel(JobId id) {
        return query("UPDATE durable_jobs SET cancel_requested = TRUE, updated_at = now(), state = CASE WHEN state = 'RUNNING'"
                + " THEN state ELSE 'CANCELLED' END WHERE id = ? AND " + UNFINISHED + " RETURNING state", id, rows ->
                rows.next() ? Optional.of(JobState.valueOf(rows.getString(1))) : Optional.empty());
    }

    Optional<JobStatus> find(JobId id) {
        return query("SELECT kind, subject, state, attempts, progress_done, progress_total, note, error, cancel_requested,"
                + " created_at, updated_at FROM durable_jobs WHERE id = ?", id, rows -> rows.next()
                ? Optional.of(new JobStatus(id, rows.getString(1), rows.getString(2), JobState.valueOf(rows.getString(3)),
                        rows.getInt(4), rows.getInt(5), rows.getInt(6), rows.getString(7),
                        Optional.ofNullable(rows.getString(8)), rows.getBoolean(9),
                        rows.getTimestamp(10).toInstant(), rows.getTimestamp(11).toInstant()))
                : Optional.empty());
    }

    Optional<JobId> latestFor(String subject) {
        try (Connection connection = pool.getConnection(); PreparedStatement statement = connection.prepareStatement(
                "SELECT id FROM durable_jobs WHERE subject = ? ORDER BY created_at DESC LIMIT 1")) {
            statement.setString(1, subject);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(new JobId(rows.getObject(1, UUID.class))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("durable_jobs: " + e.getMessage(), e);
        }
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private interface Reader<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private void update(String sql, Binder binder) {
        try (Connection connection = pool.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("durable_jobs: " + e.getMessage(), e);
        }
    }

    private <T> T query(String sql, JobId id, Reader<T> reader) {
        try (Connection connection = pool.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, id.value());
            try (ResultSet rows = statement.executeQuery()) {
                return reader.read(rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("durable_jobs: " + e.getMessage(), e);
        }
    }
}
