package ai.iiagent.bootstrap.wiring;

import ai.iiagent.bootstrap.startup.StartupContribution;
import ai.iiagent.bootstrap.startup.StartupPhase;
import ai.iiagent.domain.credits.MediaPriceTable;
import ai.iiagent.domain.storybooks.StorybookJobs;
import ai.iiagent.port.in.files.ShareSessionFileUseCase;
import ai.iiagent.port.in.sessions.GetSessionUseCase;
import ai.iiagent.port.in.storybooks.CancelStorybookUseCase;
import ai.iiagent.port.in.storybooks.EditStorybookUseCase;
import ai.iiagent.port.in.storybooks.ExportStorybookUseCase;
import ai.iiagent.port.in.files.DownloadAssetUseCase;
import ai.iiagent.port.out.documents.HtmlPagesRenderPort;
import ai.iiagent.port.in.storybooks.GenerateStorybookUseCase;
import ai.iiagent.port.in.storybooks.ReadPublishedStorybookAssetUseCase;
import ai.iiagent.port.in.storybooks.ReadStorybooksUseCase;
import ai.iiagent.port.in.storybooks.RegenerateStorybookImageUseCase;
import ai.iiagent.port.in.storybooks.VoiceOverStorybookUseCase;
import ai.iiagent.port.in.storybooks.RewriteStorybookPageUseCase;
import ai.iiagent.port.out.llm.ModelCatalogPort;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.jobs.DurableJobs;
import ai.iiagent.port.out.jobs.RetryPolicy;
import ai.iiagent.port.out.storybooks.StorybookRepository;
import ai.iiagent.port.out.storybooks.StorybookStarterPort;
import ai.iiagent.port.in.storybooks.GenerateStorybookCommand;
import ai.iiagent.port.in.storybooks.StorybookStarted;
import ai.iiagent.domain.storybooks.StartedStorybook;
import ai.iiagent.domain.users.Identity;
import ai.iiagent.domain.users.UserRole;
import ai.iiagent.port.out.tx.UnitOfWork;
import ai.iiagent.service.content.MediaGeneratorSet;
import ai.iiagent.service.metering.BillableExecutor;
import ai.iiagent.service.storybooks.CancelStorybookService;
import ai.iiagent.service.storybooks.EditStorybookService;
import ai.iiagent.service.storybooks.ExportStorybookService;
import ai.iiagent.service.storybooks.GenerateStorybookService;
import ai.iiagent.service.storybooks.ReadPublishedStorybookAssetService;
import ai.iiagent.service.storybooks.ReadStorybooksService;
import ai.iiagent.service.storybooks.RegenerateStorybookImageService;
import ai.iiagent.service.storybooks.StorybookMedia;
import ai.iiagent.service.storybooks.StorybookPagesJob;
import ai.iiagent.service.storybooks.StorybookWriter;
import ai.iiagent.service.storybooks.RewriteStorybookPageService;
import ai.iiagent.service.storybooks.StorybookVoiceJob;
import ai.iiagent.service.storybooks.VoiceOverStorybookService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Storybooks (docs/storybooks.md): the use cases, and the page job registered on the job engine before it starts
 * firing (every node registers it; any node runs a book's job).
 */
@ApplicationScoped
public class StorybooksWiring {

    @Produces
    @Singleton
    StorybookMedia storybookMedia(MediaGeneratorSet generators, MediaPriceTable prices) {
        return new StorybookMedia(generators, prices);
    }

    @Produces
    @Singleton
    GenerateStorybookUseCase generateStorybook(StorybookRepository books, DurableJobs jobs, GetSessionUseCase sessions,
                                               StorybookMedia media, ClockPort clock) {
        return new GenerateStorybookService(books, jobs, sessions, media, clock, RetryPolicy.DEFAULT);
    }

    /** What the chat tool generate_storybook calls: the use case, as the tool's user. */
    @Produces
    @Singleton
    StorybookStarterPort storybookStarter(GenerateStorybookUseCase generate) {
        return (owner, sessionId, title, scenes, style, voiceOver) -> {
            StorybookStarted started = generate.generate(new GenerateStorybookCommand(new Identity(owner, UserRole.USER),
                    sessionId, title, scenes, style, voiceOver));
            return new StartedStorybook(started.book(), started.jobId(), started.quote());
        };
    }

    @Produces
    @Singleton
    ReadStorybooksUseCase readStorybooks(StorybookRepository books, DurableJobs jobs, GetSessionUseCase sessions) {
        return new ReadStorybooksService(books, jobs, sessions);
    }

    @Produces
    @Singleton
    ReadPublishedStorybookAssetUseCase readPublishedStorybookAsset(StorybookRepository books, DownloadAssetUseCase assets) {
        return new ReadPublishedStorybookAssetService(books, assets);
    }

    @Produces
    @Singleton
    CancelStorybookUseCase cancelStorybook(StorybookRepository books, DurableJobs jobs, ClockPort clock) {
        return new CancelStorybookService(books, jobs, clock);
    }

    @Produces
    @Singleton
    EditStorybookUseCase editStorybook(StorybookRepository books, UnitOfWork unitOfWork, ClockPort clock,
                                       ShareSessionFileUseCase files) {
        return new EditStorybookService(books, unitOfWork, clock, files);
    }

    @Produces
    @Singleton
    ExportStorybookUseCase exportStorybook(StorybookRepository books, DownloadAssetUseCase assets,
                                           HtmlPagesRenderPort renderer) {
        return new ExportStorybookService(books, assets, renderer);
    }

    @Produces
    @Singleton
    RegenerateStorybookImageUseCase regenerateStorybookImage(StorybookRepository books, UnitOfWork unitOfWork,
                                                             ClockPort clock, StorybookMedia media,
                                                             BillableExecutor billable, ShareSessionFileUseCase files) {
        return new RegenerateStorybookImageService(books, unitOfWork, clock, media, billable, files);
    }

    @Produces
    @Singleton
    StorybookWriter storybookWriter(ModelCatalogPort models, BillableExecutor billable) {
        return new StorybookWriter(models, billable);
    }

    @Produces
    @Singleton
    RewriteStorybookPageUseCase rewriteStorybookPage(StorybookRepository books, UnitOfWork unitOfWork, ClockPort clock,
                                                     StorybookWriter writer) {
        return new RewriteStorybookPageService(books, unitOfWork, clock, writer);
    }

    @Produces
    @Singleton
    VoiceOverStorybookUseCase voiceOverStorybook(StorybookRepository books, DurableJobs jobs, StorybookMedia media,
                                                 UnitOfWork unitOfWork, ClockPort clock) {
        return new VoiceOverStorybookService(books, jobs, media, unitOfWork, clock, RetryPolicy.DEFAULT);
    }

    @Produces
    @Singleton
    StartupContribution storybookPagesJob(DurableJobs jobs, StorybookRepository books, StorybookMedia media,
                                          StorybookWriter writer, BillableExecutor billable,
                                          ShareSessionFileUseCase files, ClockPort clock) {
        StorybookPagesJob handler = new StorybookPagesJob(books, media, writer, billable, files, clock);
        StorybookVoiceJob voiceHandler = new StorybookVoiceJob(books, media, billable, files, clock);
        return new StartupContribution() {
            @Override
            public StartupPhase phase() {
                return StartupPhase.SCHEDULED_JOBS;
            }

            @Override
            public String name() {
                return "storybook page jobs";
            }

            @Override
            public void start() {
                jobs.handle(StorybookJobs.GENERATE_PAGES, handler);
                jobs.handle(StorybookJobs.VOICE_OVER, voiceHandler);
            }
        };
    }
}
