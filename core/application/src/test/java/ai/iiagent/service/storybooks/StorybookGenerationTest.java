package ai.iiagent.service.storybooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.domain.credits.CreditAccount;
import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.credits.HoldRequest;
import ai.iiagent.port.out.llm.ResolvedModel;
import ai.iiagent.port.out.llm.ModelCatalogPort;
import ai.iiagent.port.out.llm.LlmTurn;
import ai.iiagent.port.out.llm.LlmCallFailedException;
import ai.iiagent.domain.credits.TokenUsage;
import ai.iiagent.domain.credits.ModelPrice;
import ai.iiagent.domain.credits.MediaPriceTable;
import ai.iiagent.domain.credits.ReservationStatus;
import ai.iiagent.domain.shared.NotFoundException;
import ai.iiagent.domain.shared.ServiceUnavailableException;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.storybooks.NumberedPage;
import ai.iiagent.domain.storybooks.Storybook;
import ai.iiagent.domain.storybooks.StorybookErrors;
import ai.iiagent.domain.storybooks.StorybookJobs;
import ai.iiagent.domain.storybooks.StorybookStatus;
import ai.iiagent.domain.users.Identity;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.domain.users.UserRole;
import ai.iiagent.port.in.credits.ReleaseReservationCommand;
import ai.iiagent.port.in.credits.ReserveCreditsCommand;
import ai.iiagent.port.in.credits.SettleReservationCommand;
import ai.iiagent.port.in.credits.Settlement;
import ai.iiagent.port.in.storybooks.GenerateStorybookCommand;
import ai.iiagent.port.in.storybooks.StorybookStarted;
import ai.iiagent.port.in.storybooks.StorybookProgress;
import ai.iiagent.port.out.jobs.JobId;
import ai.iiagent.port.out.jobs.JobRequest;
import ai.iiagent.port.out.jobs.JobState;
import ai.iiagent.port.out.jobs.JobStatus;
import ai.iiagent.port.out.jobs.RetryPolicy;
import ai.iiagent.port.out.jobs.RetryableJobFailure;
import ai.iiagent.port.out.media.GeneratedImage;
import ai.iiagent.port.out.media.GeneratedSpeech;
import ai.iiagent.port.out.media.ImageGenerationPaidToolPort;
import ai.iiagent.port.out.media.ImageGenerationRequest;
import ai.iiagent.port.out.media.MediaAvailability;
import ai.iiagent.port.out.media.MediaGenerationFailedException;
import ai.iiagent.port.out.media.MediaKind;
import ai.iiagent.port.out.media.MediaModel;
import ai.iiagent.port.out.media.SpeechPaidToolPort;
import ai.iiagent.port.out.media.SpeechRequest;
import ai.iiagent.service.content.MediaGeneratorSet;
import ai.iiagent.port.out.tx.UnitOfWork;
import ai.iiagent.service.metering.BillableExecutor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Storybook generation as a job: pages made in order with text, picture and voice-over, each part held and settled
 * on its own; cancel stops before the next page (nothing more held); a provider 5xx retries and releases the page's
 * hold; a job run again skips the pages it finds; bad input and another user's session refused.
 */
class StorybookGenerationTest {

    private static final ModelPrice TEXT_PRICE = ModelPrice.of("1", "2", "0", "0");

    private final UserId user = UserId.random();
    private final Identity owner = new Identity(user, UserRole.USER);
    private final SessionId session = SessionId.random();
    private final StorybookFakes.Books books = new StorybookFakes.Books();
    private final StorybookFakes.Jobs jobs = new StorybookFakes.Jobs();
    private final List<ReserveCreditsCommand> reserved = new ArrayList<>();
    private final List<SettleReservationCommand> settled = new ArrayList<>();
    private final List<ReleaseReservationCommand> released = new ArrayList<>();
    private final List<String> images = new ArrayList<>();
    private final List<String> spoken = new ArrayList<>();
    private final AtomicInteger failNextImages = new AtomicInteger();
    private CreditAccount account = new CreditAccount(user, Credits.of(100), Credits.ZERO, false, 0);

    private final ImageGenerationPaidToolPort imageGenerator = new ImageGenerationPaidToolPort() {
        @Override
        public String provider() {
            return "offline";
        }

        @Override
        public List<MediaModel> models() {
            return List.of(new MediaModel("offline-image", "offline", "Offline", MediaKind.IMAGE, true));
        }

        @Override
        public MediaAvailability availability() {
            return MediaAvailability.READY;
        }

        @Override
        public GeneratedImage generate(ImageGenerationRequest request, CreditReservation reservation) {
            if (failNextImages.getAndDecrement() > 0) {
                throw new MediaGenerationFailedException(MediaGenerationFailedException.Kind.PROVIDER_ERROR,
                        "the provider answered HTTP 503");
            }
            images.add(request.prompt());
            return new GeneratedImage(new byte[] {1, 2, 3}, "image/png", 1024, 1024, "offline-image", "offline");
        }
    };

    private final SpeechPaidToolPort speechGenerator = new SpeechPaidToolPort() {
        @Override
        public String provider() {
            return "offline";
        }

        @Override
        public List<MediaModel> models() {
            return List.of(new MediaModel("espeak-ng", "offline", "espeak-ng", MediaKind.SPEECH, true));
        }

        @Override
        public MediaAvailability availability() {
            return MediaAvailability.READY;
        }

        @Override
        public GeneratedSpeech generate(SpeechRequest request, CreditReservation reservation) {
            spoken.add(request.text());
            return new GeneratedSpeech(new byte[] {4, 5}, "audio/mpeg", request.text().length(), "espeak-ng", "offline");
        }
    };

    private final StorybookMedia media = new StorybookMedia(
            new MediaGeneratorSet(List.of(imageGenerator), List.of(), List.of(speechGenerator)), MediaPriceTable.builtInOnly());
    private final List<String> asked = new ArrayList<>();
    private final AtomicInteger failNextTexts = new AtomicInteger();
    private final BillableExecutor billable = new BillableExecutor(this::reserve, command -> {
        settled.add(command);
        return new Settlement(ReservationStatus.SETTLED, command.actual(), Credits.ZERO, Credits.of(90), false);
    }, command -> {
        released.add(command);
        return new Settlement(ReservationStatus.RELEASED, Credits.ZERO, Credits.ZERO, Credits.of(100), false);
    }, (request, reservation, listener) -> {
        if (failNextTexts.getAndDecrement() > 0) {
            throw new LlmCallFailedException("the provider answered HTTP 529", TokenUsage.NONE);
        }
        String ask = request.lastUserText();
        asked.add(ask);
        String scene = ask.substring(ask.indexOf(StorybookWriter.SCENE_LABEL) + StorybookWriter.SCENE_LABEL.length());
        return new LlmTurn(" \"Told: " + scene + "\" ", "stop", new TokenUsage(20, 10, 0, 0, 0));
    }, (who, subject, settlement) -> { });
    private final ModelCatalogPort models = new ModelCatalogPort() {
        @Override
        public ResolvedModel resolve(UserId userId, String requestedModelId) {
            return new ResolvedModel("offline", "offline-demo", null, null, TEXT_PRICE, 4_096, 128_000, false, true);
        }

        @Override
        public ModelPrice priceFor(String provider, String modelId) {
            return TEXT_PRICE;
        }

        @Override
        public boolean acceptsImages(String provider, String modelId) {
            return false;
        }
    };
    private final StorybookWriter writer = new StorybookWriter(models, billable);
    private final GenerateStorybookService generate = new GenerateStorybookService(books, jobs, query -> {
        if (!query.caller().userId().equals(user) || !query.sessionId().equals(session)) {
            throw new NotFoundException("session not found");
        }
        return null;
    }, media, Instant::now, RetryPolicy.DEFAULT);
    private final StorybookPagesJob pagesJob = new StorybookPagesJob(books, media, writer, billable, StorybookFakes::stored,
            Instant::now);
    private final CancelStorybookService cancel = new CancelStorybookService(books, jobs, Instant::now);

    private static List<String> scenes(int pages) {
        return IntStream.rangeClosed(1, pages).mapToObj(page -> "The fox reaches hill " + page).toList();
    }

    private StorybookStarted start(int pages, boolean voiceOver) {
        return generate.generate(new GenerateStorybookCommand(owner, session, "The Fox", scenes(pages), "watercolour", voiceOver));
    }

    /**
     * The job ends while a progress request is being answered: its handler stores the book as ready, then the
     * engine marks the job finished, both between the request's reads. The answer must not say "finished" beside
     * the status the job has already replaced (a two-node test saw finished + generating); the next one is final.
     */
    @Test
    void progressNeverPairsAFinishedJobWithTheStatusItReplaced() {
        StorybookStarted started = start(2, false);
        JobId job = new JobId(started.jobId());
        JobRequest request = jobs.submitted.get(job);
        jobs.statuses.put(job, jobStatus(job, request, JobState.RUNNING));
        ReadStorybooksService read = new ReadStorybooksService(books, jobs, query -> null);
        books.afterNextFind = () -> {
            books.setStatus(started.book().id(), StorybookStatus.READY, Instant.now());
            jobs.statuses.put(job, jobStatus(job, request, JobState.SUCCEEDED));
        };

        StorybookProgress during = read.progress(owner, started.book().id());
        StorybookProgress after = read.progress(owner, started.book().id());

        assertThat(books.afterNextFind).as("the job ended during the first request").isNull();
        if (during.finished()) {
            assertThat(during.status()).isEqualTo(StorybookStatus.READY);
        }
        assertThat(after.finished()).isTrue();
        assertThat(after.status()).isEqualTo(StorybookStatus.READY);
    }

    /**
     * The engine marks a job failed for good, and a cancel marks a queued job cancelled, before the book's status
     * follows: in between, the answer is already final, with the status the book is about to get.
     */
    @Test
    void progressOfAJobThatEndedBeforeItsBookFollowedIsFinalWithTheStatusTheBookGets() {
        ReadStorybooksService read = new ReadStorybooksService(books, jobs, query -> null);
        StorybookStarted failing = start(2, false);
        JobId failed = new JobId(failing.jobId());
        jobs.statuses.put(failed, jobStatus(failed, jobs.submitted.get(failed), JobState.FAILED));
        StorybookStarted queued = start(2, false);
        assertThat(jobs.cancel(new JobId(queued.jobId()))).isTrue();
        StorybookStarted running = start(2, false);
        JobId stillRunning = new JobId(running.jobId());
        jobs.statuses.put(stillRunning, jobStatus(stillRunning, jobs.submitted.get(stillRunning), JobState.RUNNING));

        StorybookProgress afterFailure = read.progress(owner, failing.book().id());
        StorybookProgress afterCancel = read.progress(owner, queued.book().id());
        StorybookProgress meanwhile = read.progress(owner, running.book().id());

        assertThat(books.find(failing.book().id()).orElseThrow().status()).isEqualTo(StorybookStatus.GENERATING);
        assertThat(afterFailure.finished()).isTrue();
        assertThat(afterFailure.status()).isEqualTo(StorybookStatus.FAILED);
        assertThat(afterCancel.finished()).isTrue();
        assertThat(afterCancel.status()).isEqualTo(StorybookStatus.CANCELLED);
        assertThat(meanwhile.finished()).isFalse();
        assertThat(meanwhile.status()).isEqualTo(StorybookStatus.GENERATING);
    }

    @Test
    void aVoiceOverJobThatGivesUpLeavesItsVersionFailed_notGenerating() {
        StorybookStarted started = start(2, false);
        JobId job = new JobId(started.jobId());
        StorybookVoiceJob voiceJob = new StorybookVoiceJob(books, media, billable, StorybookFakes::stored, Instant::now);

        jobs.giveUp(job, voiceJob, "gave up after 3 tries: the provider answered HTTP 503");

        assertThat(books.find(started.book().id()).orElseThrow().status()).isEqualTo(StorybookStatus.FAILED);
    }

    /** A book whose job cannot be queued would stay generating for good; it is stored as failed and the caller told. */
    @Test
    void aBookWhoseJobCannotBeQueuedIsFailed_notLeftGenerating() {
        jobs.refuseSubmissions = true;

        assertThatThrownBy(() -> start(2, false)).isInstanceOf(ServiceUnavailableException.class)
                .hasMessageContaining("could not be queued")
                .extracting(refusal -> ((ServiceUnavailableException) refusal).code())
                .isEqualTo(StorybookErrors.STORYBOOK_QUEUE_UNAVAILABLE);

        assertThat(books.books.values()).singleElement().extracting(Storybook::status).isEqualTo(StorybookStatus.FAILED);
        jobs.refuseSubmissions = false;
        assertThat(start(1, false).book().status()).as("the next book is queued as usual")
                .isEqualTo(StorybookStatus.GENERATING);
    }

    @Test
    void aVoiceOverWhoseJobCannotBeQueuedFailsItsNewVersion_andLeavesTheVoicedBookAsItWas() {
        StorybookStarted started = start(1, false);
        books.setStatus(started.book().id(), StorybookStatus.READY, Instant.now());
        VoiceOverStorybookService voiceOver = new VoiceOverStorybookService(books, jobs, media, new UnitOfWork() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                return work.get();
            }
        }, Instant::now, RetryPolicy.DEFAULT);
        jobs.refuseSubmissions = true;

        assertThatThrownBy(() -> voiceOver.voice(owner, started.book().id(), "en", false))
                .isInstanceOf(ServiceUnavailableException.class);

        assertThat(books.books.values()).hasSize(2);
        assertThat(List.copyOf(books.books.values()).get(1).status()).isEqualTo(StorybookStatus.FAILED);
        assertThat(books.find(started.book().id()).orElseThrow().status()).isEqualTo(StorybookStatus.READY);
    }

    private static JobStatus jobStatus(JobId id, JobRequest request, JobState state) {
        return new JobStatus(id, request.kind(), request.subject(), state, 0, 0, 0, "", Optional.empty(), false,
                Instant.EPOCH, Instant.EPOCH);
    }

    @Test
    void anEightPageBookWithVoiceOverIsMadePageByPage_eachPartHeldAndSettledOnItsOwn() throws Exception {
        StorybookStarted started = start(8, true);

        assertThat(started.book().status()).isEqualTo(StorybookStatus.GENERATING);
        assertThat(started.pagePrices()).hasSize(8);
        assertThat(started.quote()).isEqualTo(started.pagePrices().stream().reduce(Credits.ZERO, Credits::plus));
        assertThat(started.quote().isPositive()).isTrue();
        JobRequest request = jobs.submitted.get(new JobId(started.jobId()));
        assertThat(request.kind()).isEqualTo(StorybookJobs.GENERATE_PAGES);
        assertThat(request.subject()).isEqualTo(started.book().id().value().toString());
        assertThat(reserved).as("nothing held before the job runs").isEmpty();

        jobs.run(new JobId(started.jobId()), pagesJob, page -> false);

        Storybook book = books.find(started.book().id()).orElseThrow();
        assertThat(book.status()).isEqualTo(StorybookStatus.READY);
        List<NumberedPage> pages = books.pages(book.id());
        assertThat(pages).extracting(NumberedPage::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(pages).allSatisfy(page -> {
            assertThat(page.page().text()).as("the model's text, unquoted").isEqualTo("Told: The fox reaches hill " + page.number());
            assertThat(page.page().scene()).isEqualTo("The fox reaches hill " + page.number());
            assertThat(page.page().imageAssetId()).isPresent();
            assertThat(page.page().audioAssetId()).isPresent();
        });
        assertThat(images).containsExactlyElementsOf(scenes(8).stream().map(scene -> scene + ". Style: watercolour").toList());
        assertThat(spoken).as("the page's text is read, not the scene")
                .containsExactlyElementsOf(scenes(8).stream().map(scene -> "Told: " + scene).toList());
        assertThat(asked.getFirst()).isEqualTo("Title: The Fox\nStyle: watercolour\nScene: The fox reaches hill 1");
        assertThat(jobs.progress).containsExactly("1/8", "2/8", "3/8", "4/8", "5/8", "6/8", "7/8", "8/8");
        assertThat(reserved).as("text, picture and voice per page").hasSize(24);
        assertThat(reserved.getFirst().hold()).isInstanceOf(HoldRequest.Llm.class);
        assertThat(reserved.get(1).hold()).isEqualTo(new HoldRequest.Fixed(media.imagePrice()));
        assertThat(reserved).extracting(ReserveCreditsCommand::idempotencyKey).doesNotHaveDuplicates()
                .contains("llm:" + book.id().value() + ":page-1-text", "tool:" + book.id().value() + ":page-1-image",
                        "tool:" + book.id().value() + ":page-8-voice");
        assertThat(settled).hasSize(24);
        Credits textCost = new TokenUsage(20, 10, 0, 0, 0).cost(TEXT_PRICE);
        Credits expected = scenes(8).stream().map(scene -> media.imagePrice().plus(media.speechPrice("Told: " + scene))
                .plus(textCost)).reduce(Credits.ZERO, Credits::plus);
        assertThat(settled.stream().map(SettleReservationCommand::actual).reduce(Credits.ZERO, Credits::plus))
                .as("the pictures at their price, the voices at the spoken text's length, the texts at their tokens")
                .isEqualTo(expected);
        assertThat(released).isEmpty();
    }

    @Test
    void cancellingStopsBeforeTheNextPage_andNothingMoreIsHeld() throws Exception {
        StorybookStarted started = start(8, false);
        JobId job = new JobId(started.jobId());

        jobs.run(job, pagesJob, page -> page == 4); // cancelled while page 3 was being made

        assertThat(books.find(started.book().id()).orElseThrow().status()).isEqualTo(StorybookStatus.CANCELLED);
        assertThat(books.pages(started.book().id())).hasSize(3);
        assertThat(reserved).as("text and picture of pages 1..3").hasSize(6);
        assertThat(settled).hasSize(6);
        assertThat(released).isEmpty();
    }

    @Test
    void cancellingAQueuedBookEndsItAtOnce_andAnotherUsersBookIsNotFound() {
        StorybookStarted started = start(8, false);

        assertThatThrownBy(() -> cancel.cancel(new Identity(UserId.random(), UserRole.USER), started.book().id()))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo(StorybookErrors.STORYBOOK_NOT_FOUND));
        assertThat(cancel.cancel(owner, started.book().id())).isTrue();
        assertThat(books.find(started.book().id()).orElseThrow().status()).isEqualTo(StorybookStatus.CANCELLED);
        assertThat(cancel.cancel(owner, started.book().id())).as("already cancelled").isFalse();
        assertThat(reserved).isEmpty();
    }

    @Test
    void aProvider5xxRetriesTheJob_releasesThatPagesHold_andTheRetryGoesOnWhereItStopped() throws Exception {
        StorybookStarted started = start(4, false);
        JobId job = new JobId(started.jobId());
        jobs.run(job, pagesJob, page -> false);
        assertThat(reserved).hasSize(8);
        books.links.get(started.book().id()).remove(3);
        books.links.get(started.book().id()).remove(4);
        int settledBefore = settled.size();
        failNextImages.set(1);

        assertThatThrownBy(() -> jobs.run(job, pagesJob, page -> false)).isInstanceOf(RetryableJobFailure.class)
                .hasMessageContaining("page 3 image").hasMessageContaining("503");
        assertThat(released).hasSize(1);
        assertThat(books.pages(started.book().id())).hasSize(2);

        jobs.run(job, pagesJob, page -> false);
        assertThat(books.pages(started.book().id())).extracting(NumberedPage::number).containsExactly(1, 2, 3, 4);
        assertThat(settled.size() - settledBefore).as("only pages 3 and 4 made again (page 3's text asked again under"
                + " its key: the real ledger settles a key once)").isEqualTo(5);
        assertThat(books.find(started.book().id()).orElseThrow().status()).isEqualTo(StorybookStatus.READY);
    }

    @Test
    void aJobThatGivesUpAfterItsLastTryLeavesTheBookFailed_notGenerating() throws Exception {
        StorybookStarted started = start(4, false);
        JobId job = new JobId(started.jobId());
        failNextImages.set(1);
        assertThatThrownBy(() -> jobs.run(job, pagesJob, page -> false)).isInstanceOf(RetryableJobFailure.class);
        assertThat(books.find(started.book().id()).orElseThrow().status()).isEqualTo(StorybookStatus.GENERATING);

        jobs.giveUp(job, pagesJob, "gave up after 3 tries: the provider answered HTTP 503");

        assertThat(books.find(started.book().id()).orElseThrow().status()).isEqualTo(StorybookStatus.FAILED);
    }

    @Test
    void badInputIsRefusedWithItsCode_andAnotherUsersSessionIsNotFound() {
        assertThatThrownBy(() -> generate.generate(new GenerateStorybookCommand(owner, session, " ", scenes(2), "", false)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.code()).isEqualTo(StorybookErrors.INVALID_STORYBOOK_TITLE));
        assertThatThrownBy(() -> generate.generate(new GenerateStorybookCommand(owner, session, "T", List.of(), "", false)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.code()).isEqualTo(StorybookErrors.INVALID_STORYBOOK_SCENES));
        assertThatThrownBy(() -> generate.generate(new GenerateStorybookCommand(owner, session, "T", scenes(101), "", false)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.code()).isEqualTo(StorybookErrors.INVALID_STORYBOOK_SCENES));
        assertThatThrownBy(() -> generate.generate(new GenerateStorybookCommand(owner, session, "T", List.of("a", " "), "",
                false))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> generate.generate(new GenerateStorybookCommand(owner, session, "T", scenes(1), "x".repeat(301),
                false))).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.code()).isEqualTo(StorybookErrors.INVALID_STORYBOOK_STYLE));
        assertThatThrownBy(() -> generate.generate(new GenerateStorybookCommand(new Identity(UserId.random(), UserRole.USER),
                session, "T", scenes(1), "", false))).isInstanceOf(NotFoundException.class);
        assertThat(books.books).isEmpty();
        assertThat(jobs.submitted).isEmpty();
    }

    @Test
    void aModelFailureWritingAPageRetriesTheJob_beforeItsPicture_andTheRetryWritesItUnderTheSameKey() throws Exception {
        StorybookStarted started = start(2, false);
        JobId job = new JobId(started.jobId());
        failNextTexts.set(1);

        assertThatThrownBy(() -> jobs.run(job, pagesJob, page -> false)).isInstanceOf(RetryableJobFailure.class)
                .hasMessageContaining("page 1 text").hasMessageContaining("529");
        assertThat(images).as("no picture before the text").isEmpty();

        jobs.run(job, pagesJob, page -> false);
        String key = "llm:" + started.book().id().value() + ":page-1-text";
        assertThat(reserved).filteredOn(command -> command.idempotencyKey().equals(key)).hasSize(2);
        assertThat(books.pages(started.book().id())).extracting(page -> page.page().text())
                .containsExactly("Told: The fox reaches hill 1", "Told: The fox reaches hill 2");
    }

    private CreditReservation reserve(ReserveCreditsCommand command) {
        reserved.add(command);
        Credits amount = command.hold() instanceof HoldRequest.Fixed fixed ? fixed.amount() : Credits.of(1);
        var result = account.reserve(amount, 0, command.subject(), command.idempotencyKey(), Instant.now());
        account = result.account();
        return result.reservation();
    }
}
