package ai.iiagent.bootstrap.wiring;

import ai.iiagent.adapter.tools.sandbox.SandboxWorkspaceUploads;
import ai.iiagent.bootstrap.config.AttachmentsConfig;
import ai.iiagent.port.in.files.ResolveAttachmentsUseCase;
import ai.iiagent.port.out.documents.DocumentTextPort;
import ai.iiagent.port.out.sandbox.SandboxPort;
import ai.iiagent.service.agents.AttachmentLimits;
import ai.iiagent.service.agents.AttachmentReader;
import ai.iiagent.service.agents.QueryAttachments;
import ai.iiagent.service.metering.BillableExecutor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Files sent with {@code query}: checked against the caller's assets, copied into the workspace, read for the model. */
@ApplicationScoped
public class AttachmentsWiring {

    @Produces
    @Singleton
    QueryAttachments queryAttachments(ResolveAttachmentsUseCase resolve, DocumentTextPort documents, SandboxPort sandbox,
                                      BillableExecutor billable, AttachmentsConfig config) {
        AttachmentLimits limits = new AttachmentLimits(config.maxFiles(), config.maxTotalBytes(), config.maxImageBytes(),
                config.maxExtractBytes(), config.maxTextChars(), config.maxTotalTextChars());
        AttachmentReader reader = new AttachmentReader(documents, new SandboxWorkspaceUploads(sandbox), billable, limits);
        return new QueryAttachments(resolve, reader, limits);
    }
}
