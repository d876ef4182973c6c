package ai.iiagent.service.storybooks;

import ai.iiagent.domain.files.Asset;
import ai.iiagent.domain.files.AssetId;
import ai.iiagent.domain.files.AssetPurpose;
import ai.iiagent.domain.files.AssetStatus;
import ai.iiagent.domain.files.ContentType;
import ai.iiagent.domain.files.FileName;
import ai.iiagent.domain.files.ObjectKey;
import ai.iiagent.domain.files.SignedUrl;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.storybooks.NumberedPage;
import ai.iiagent.domain.storybooks.StoryPage;
import ai.iiagent.domain.storybooks.Storybook;
import ai.iiagent.domain.storybooks.StorybookId;
import ai.iiagent.domain.storybooks.StorybookStatus;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.in.files.ShareSessionFileCommand;
import ai.iiagent.port.in.files.StoredAsset;
import ai.iiagent.port.out.jobs.DurableJobs;
import ai.iiagent.port.out.jobs.JobContext;
import ai.iiagent.port.out.jobs.JobHandler;
import ai.iiagent.port.out.jobs.JobId;
import ai.iiagent.port.out.jobs.JobRequest;
import ai.iiagent.port.out.jobs.JobState;
import ai.iiagent.port.out.jobs.JobStatus;
import ai.iiagent.port.out.storybooks.StorybookRepository;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.IntPredicate;

/** In-memory stand-ins for the storybook service tests (the real adapters are tested on PostgreSQL). */
final class StorybookFakes {

    private StorybookFakes() {
    }

    static final class Books implements StorybookRepository {

        final Map<StorybookId, Storybook> books = new LinkedHashMap<>();
        final Map<StorybookId, TreeMap<Integer, StoryPage>> links = new HashMap<>();
        /** Runs once right after the next {@link #find} has read its book (something happening between two reads). */
        Runnable afterNextFind;

        @Override
        public void create(Storybook book) {
            books.put(book.id(), book);
            links.put(book.id(), new TreeMap<>());
        }

        @Override
        public Optional<Storybook> find(StorybookId id) {
            Optional<Storybook> found = Optional.ofNullable(books.get(id));
            Runnable then = afterNextFind;
            afterNextFind = null;
            if (then != null) {
                then.run();
            }
            return found;
        }

        @Override
        public List<Storybook> inSession(UserId owner, SessionId sessionId) {
            return books.values().stream().filter(book -> book.owner().equals(owner) && book.sessionId().equals(sessionId))
                    .toList();
        }

        @Override
        public List<Storybook> versions(StorybookId rootId) {
            return books.values().stream().filter(book -> book.rootId().equals(rootId))
                    .sorted(Comparator.comparingInt(Storybook::version)).toList();
        }

        @Override
        public void placeNewPage(StorybookId book, int number, StoryPage page) {
            links.get(book).put(number, page);
        }

        @Override
        public void sharePages(StorybookId from, StorybookId to, int exceptNumber) {
            links.get(from).forEach((number, page) -> {
                if (number != exceptNumber) {
                    links.get(to).putIfAbsent(number, page);
                }
            });
        }

        @Override
        public List<NumberedPage> pages(StorybookId book) {
            return links.get(book).entrySet().stream().map(entry -> new NumberedPage(entry.getKey(), entry.getValue())).toList();
        }

        @Override
        public void setStatus(StorybookId book, StorybookStatus status, Instant now) {
            Storybook old = books.get(book);
            books.put(book, new Storybook(old.id(), old.owner(), old.sessionId(), old.title(), old.style(), old.rootId(),
                    old.parentId(), old.version(), old.pageCount(), status, old.voiceOver(), old.published(), old.createdAt(), now));
        }

        @Override
        public void setPublished(StorybookId book, boolean published, Instant now) {
            Storybook old = books.get(book);
            books.put(book, new Storybook(old.id(), old.owner(), old.sessionId(), old.title(), old.style(), old.rootId(),
                    old.parentId(), old.version(), old.pageCount(), old.status(), old.voiceOver(), published, old.createdAt(), now));
        }
    }

    /** Keeps submitted jobs; a test runs one with {@link #run}, cancelling it when {@code cancelBefore} says so. */
    static final class Jobs implements DurableJobs {

        final Map<JobId, JobRequest> submitted = new LinkedHashMap<>();
        final Map<JobId, JobStatus> statuses = new HashMap<>();
        final List<String> progress = new ArrayList<>();
        boolean refuseSubmissions;

        @Override
        public void handle(String kind, JobHandler handler) {
            throw new UnsupportedOperationException("the tests run handlers themselves");
        }

        @Override
        public JobId submit(JobRequest request) {
            if (refuseSubmissions) {
                throw new IllegalStateException("the job could not be queued: the scheduler is shut down");
            }
            JobId id = JobId.random();
            submitted.put(id, request);
            statuses.put(id, status(id, request, JobState.QUEUED, false));
            return id;
        }

        @Override
        public boolean cancel(JobId id) {
            JobStatus status = statuses.get(id);
            if (status == null || status.state().finished()) {
                return false;
            }
            JobState next = status.state() == JobState.RUNNING ? JobState.RUNNING : JobState.CANCELLED;
            statuses.put(id, status(id, submitted.get(id), next, true));
            return true;
        }

        @Override
        public Optional<JobStatus> status(JobId id) {
            return Optional.ofNullable(statuses.get(id));
        }

        @Override
        public Optional<JobStatus> latestFor(String subject) {
            return submitted.entrySet().stream().filter(entry -> entry.getValue().subject().equals(subject))
                    .reduce((first, second) -> second).map(entry -> statuses.get(entry.getKey()));
        }

        /** Runs the job once with {@code handler}; {@code cancelBefore} tests each page number before it starts. */
        void run(JobId id, JobHandler handler, IntPredicate cancelBefore) throws Exception {
            JobRequest request = submitted.get(id);
            statuses.put(id, status(id, request, JobState.RUNNING, false));
            handler.run(context(id, request, cancelBefore));
        }

        /** What the engine does when a job's last try failed: tells its handler. */
        void giveUp(JobId id, JobHandler handler, String error) {
            statuses.put(id, status(id, submitted.get(id), JobState.FAILED, false));
            handler.failed(context(id, submitted.get(id), page -> false), error);
        }

        private JobContext context(JobId id, JobRequest request, IntPredicate cancelBefore) {
            int[] next = {1};
            return new JobContext() {
                @Override
                public JobId id() {
                    return id;
                }

                @Override
                public Map<String, String> parameters() {
                    return request.parameters();
                }

                @Override
                public int attempt() {
                    return 1;
                }

                @Override
                public void progress(int done, int total, String note) {
                    progress.add(done + "/" + total);
                    next[0] = done + 1;
                }

                @Override
                public boolean cancelRequested() {
                    return cancelBefore.test(next[0]);
                }
            };
        }

        private static JobStatus status(JobId id, JobRequest request, JobState state, boolean cancel) {
            return new JobStatus(id, request.kind(), request.subject(), state, 0, 0, 0, "", Optional.empty(), cancel,
                    Instant.EPOCH, Instant.EPOCH);
        }
    }

    static StoredAsset stored(ShareSessionFileCommand command) {
        AssetId id = new AssetId(UUID.randomUUID());
        Instant now = Instant.now();
        Asset asset = new Asset(id, command.owner().userId(), new FileName(command.fileName()),
                new ContentType(command.contentType()), command.content().length, new ObjectKey("test/" + id.value()),
                AssetStatus.READY, AssetPurpose.UPLOAD, command.sessionId(), now, now);
        return new StoredAsset(asset, new SignedUrl(URI.create("https://files.test/" + id.value()), "GET", now.plusSeconds(60)),
                command.generated());
    }
}
