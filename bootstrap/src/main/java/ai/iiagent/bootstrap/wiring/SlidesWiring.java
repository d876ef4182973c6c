package ai.iiagent.bootstrap.wiring;

import ai.iiagent.adapter.media.google.GoogleImageEditor;
import ai.iiagent.adapter.media.offline.OfflineImageEditor;
import ai.iiagent.adapter.tools.content.JsoupActiveContent;
import ai.iiagent.adapter.tools.content.SlideApplyPatchTool;
import ai.iiagent.adapter.tools.content.SlideEditTool;
import ai.iiagent.adapter.tools.content.SlideGenerateTool;
import ai.iiagent.adapter.tools.content.SlideStore;
import ai.iiagent.adapter.tools.content.SlideWriteTool;
import ai.iiagent.bootstrap.config.MediaConfig;
import ai.iiagent.bootstrap.startup.StartupContribution;
import ai.iiagent.bootstrap.startup.StartupPhase;
import ai.iiagent.domain.content.Slide;
import ai.iiagent.domain.content.SlideErrors;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.credits.MediaPriceTable;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.shared.NotFoundException;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.in.content.CreateSlideTemplateUseCase;
import ai.iiagent.port.in.content.DetectSlideImageUseCase;
import ai.iiagent.port.in.content.EditSlideImageUseCase;
import ai.iiagent.port.in.content.ExportSlidesUseCase;
import ai.iiagent.port.in.content.FailInterruptedSlideExportsUseCase;
import ai.iiagent.port.in.content.GetSlideTemplateUseCase;
import ai.iiagent.port.in.content.GetSlideUseCase;
import ai.iiagent.port.in.content.ListSlideTemplatesUseCase;
import ai.iiagent.port.in.content.ListSlideVersionsUseCase;
import ai.iiagent.port.in.content.ListSlidesUseCase;
import ai.iiagent.port.in.content.RevertSlideUseCase;
import ai.iiagent.port.in.content.SlideQuery;
import ai.iiagent.port.in.content.SlideWriteCommand;
import ai.iiagent.port.in.content.SyncSlideDesignUseCase;
import ai.iiagent.port.in.content.WriteSlideUseCase;
import ai.iiagent.port.in.credits.ReleaseReservationUseCase;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.content.HtmlActiveContentPort;
import ai.iiagent.port.out.content.SlideExportRepository;
import ai.iiagent.port.out.content.SlideRepository;
import ai.iiagent.port.out.content.SlideTemplateRepository;
import ai.iiagent.port.out.documents.HtmlPagesRenderPort;
import ai.iiagent.port.out.media.ImageEditingPaidToolPort;
import ai.iiagent.port.out.sandbox.SandboxPort;
import ai.iiagent.port.out.sessions.SessionRepository;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.port.out.tx.UnitOfWork;
import ai.iiagent.service.content.CreateSlideTemplateService;
import ai.iiagent.service.content.DetectSlideImageService;
import ai.iiagent.service.content.EditSlideImageService;
import ai.iiagent.service.content.ImageEditorSet;
import ai.iiagent.service.content.ExportSlidesService;
import ai.iiagent.service.content.FailInterruptedSlideExportsService;
import ai.iiagent.service.content.GetSlideService;
import ai.iiagent.service.content.GetSlideTemplateService;
import ai.iiagent.service.content.ListSlideTemplatesService;
import ai.iiagent.service.content.ListSlideVersionsService;
import ai.iiagent.service.content.ListSlidesService;
import ai.iiagent.service.content.MediaGeneratorSet;
import ai.iiagent.service.content.RevertSlideService;
import ai.iiagent.service.content.SyncSlideDesignService;
import ai.iiagent.service.content.WriteSlideService;
import ai.iiagent.service.metering.BillableExecutor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Slides (docs/slides.md): the use cases, the slide tools handed to the runtime by {@link AgentsWiring},
 * the active-content check of design-mode sync, and the start-up step that fails exports a restart cut short.
 */
@ApplicationScoped
public class SlidesWiring {

    private static final Logger LOG = Logger.getLogger(SlidesWiring.class);
    /** Rendering is local work: exports hold (and charge) nothing, but run under a recorded zero hold. */
    static final Credits EXPORT_PRICE = Credits.ZERO;

    /** The agent tools this wiring offers. */
    public record SlideTools(List<AgentTool> tools) {
    }

    @Produces
    @Singleton
    HtmlActiveContentPort htmlActiveContent() {
        return new JsoupActiveContent();
    }

    @Produces
    @Singleton
    WriteSlideUseCase writeSlide(SessionRepository sessions, SlideRepository slides, UnitOfWork tx, ClockPort clock) {
        return new WriteSlideService(sessions, slides, tx, clock);
    }

    @Produces
    @Singleton
    ListSlidesUseCase listSlides(SessionRepository sessions, SlideRepository slides) {
        return new ListSlidesService(sessions, slides);
    }

    @Produces
    @Singleton
    GetSlideUseCase getSlide(SessionRepository sessions, SlideRepository slides) {
        return new GetSlideService(sessions, slides);
    }

    @Produces
    @Singleton
    ListSlideVersionsUseCase listSlideVersions(SessionRepository sessions, SlideRepository slides) {
        return new ListSlideVersionsService(sessions, slides);
    }

    @Produces
    @Singleton
    RevertSlideUseCase revertSlide(SessionRepository sessions, SlideRepository slides, UnitOfWork tx, ClockPort clock) {
        return new RevertSlideService(sessions, slides, tx, clock);
    }

    @Produces
    @Singleton
    SyncSlideDesignUseCase syncSlideDesign(SessionRepository sessions, SlideRepository slides,
                                           HtmlActiveContentPort activeContent, UnitOfWork tx, ClockPort clock) {
        return new SyncSlideDesignService(sessions, slides, activeContent, tx, clock);
    }

    @Produces
    @Singleton
    ExportSlidesUseCase exportSlides(SessionRepository sessions, SlideRepository slides, HtmlPagesRenderPort renderer,
                                     SlideExportRepository exports, BillableExecutor billable, ClockPort clock) {
        return new ExportSlidesService(sessions, slides, renderer, exports, billable, clock, EXPORT_PRICE);
    }

    @Produces
    @Singleton
    FailInterruptedSlideExportsUseCase failInterruptedSlideExports(SlideExportRepository exports,
                                                                   ReleaseReservationUseCase release, ClockPort clock) {
        return new FailInterruptedSlideExportsService(exports, release, clock);
    }

    @Produces
    @Singleton
    ListSlideTemplatesUseCase listSlideTemplates(SlideTemplateRepository templates) {
        return new ListSlideTemplatesService(templates);
    }

    @Produces
    @Singleton
    GetSlideTemplateUseCase getSlideTemplate(SlideTemplateRepository templates) {
        return new GetSlideTemplateService(templates);
    }

    @Produces
    @Singleton
    CreateSlideTemplateUseCase createSlideTemplate(SlideTemplateRepository templates) {
        return new CreateSlideTemplateService(templates);
    }

    @Produces
    @Singleton
    SlideTools slideTools(WriteSlideUseCase write, GetSlideUseCase get, MediaGeneratorSet generators,
                          MediaPriceTable prices, SandboxPort sandbox, MediaConfig media) {
        SlideStore store = new SlideStore() {
            @Override
            public Slide write(UserId owner, SessionId sessionId, String presentationName, int slideNumber, String title,
                               String description, String type, String html) {
                return write.write(new SlideWriteCommand(owner, sessionId, presentationName, slideNumber, title,
                        description, type, html, "agent"));
            }

            @Override
            public Optional<Slide> find(UserId owner, SessionId sessionId, String presentationName, int slideNumber) {
                try {
                    return Optional.of(get.get(new SlideQuery(owner, sessionId, presentationName, slideNumber)));
                } catch (NotFoundException e) {
                    if (e.code().equals(SlideErrors.SLIDE_NOT_FOUND)) {
                        return Optional.empty();
                    }
                    throw e;
                }
            }
        };
        return new SlideTools(List.of(new SlideWriteTool(store, sandbox), new SlideEditTool(store, sandbox),
                new SlideApplyPatchTool(store, sandbox),
                new SlideGenerateTool(generators.images(), prices, store, sandbox, media.imageTimeout())));
    }

    /** Picture editors for image slides: Google's when MEDIA_GOOGLE_API_KEY is set (the default then), the offline one always. */
    @Produces
    @Singleton
    ImageEditorSet imageEditors(MediaConfig config, ObjectMapper json) {
        List<ImageEditingPaidToolPort> editors = new ArrayList<>();
        config.googleApiKey().filter(key -> !key.isBlank()).ifPresent(key -> editors.add(
                new GoogleImageEditor(json, config.googleBaseUrl(), key, config.imageTimeout())));
        editors.add(new OfflineImageEditor());
        return new ImageEditorSet(editors);
    }

    @Produces
    @Singleton
    DetectSlideImageUseCase detectSlideImage(SessionRepository sessions, SlideRepository slides, ImageEditorSet editors,
                                             MediaPriceTable prices, BillableExecutor billable) {
        return new DetectSlideImageService(sessions, slides, editors, prices, billable);
    }

    @Produces
    @Singleton
    EditSlideImageUseCase editSlideImage(SessionRepository sessions, SlideRepository slides, ImageEditorSet editors,
                                         MediaPriceTable prices, BillableExecutor billable, UnitOfWork tx, ClockPort clock) {
        return new EditSlideImageService(sessions, slides, editors, prices, billable, tx, clock);
    }

    @Produces
    @Singleton
    StartupContribution slideExportRecovery(FailInterruptedSlideExportsUseCase recovery) {
        return new StartupContribution() {
            @Override
            public StartupPhase phase() {
                return StartupPhase.SCHEDULED_JOBS;
            }

            @Override
            public String name() {
                return "slide exports cut short by a restart";
            }

            @Override
            public boolean required() {
                return false;
            }

            @Override
            public void start() {
                int failed = recovery.failInterrupted();
                if (failed > 0) {
                    LOG.infof("slides: %d export(s) interrupted by the restart were failed and their holds released", failed);
                }
            }
        };
    }
}
