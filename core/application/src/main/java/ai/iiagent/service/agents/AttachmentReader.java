package ai.iiagent.service.agents;

import ai.iiagent.domain.agents.ToolNames;
import ai.iiagent.domain.agents.ImagePart;
import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.files.Asset;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.tasks.RunId;
import ai.iiagent.domain.users.Identity;
import ai.iiagent.port.in.files.Attachment;
import ai.iiagent.port.out.documents.DocumentFormat;
import ai.iiagent.port.out.documents.DocumentTextPort;
import ai.iiagent.port.out.llm.ResolvedModel;
import ai.iiagent.port.out.tools.WorkspaceUploadPort;
import ai.iiagent.service.metering.BillableExecutor;
import ai.iiagent.service.metering.PaidToolCall;
import ai.iiagent.service.metering.ToolCharge;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a run's checked attachments into what the model gets (on the run's thread, before its first
 * turn): images inline for a vision model; every other file (and an image a model cannot view) copied
 * to {@code /workspace/uploads/}; PDF and Office text extracted within the limits. A file that cannot
 * be copied or read becomes a note for the model; the run goes on.
 */
public final class AttachmentReader {

    /** The billing subject of the copy: a zero hold, like a free tool call. */
    static final String UPLOAD_CHARGE = ToolNames.ATTACHMENTS_UPLOAD_CHARGE;

    private final DocumentTextPort documents;
    private final WorkspaceUploadPort workspace;
    private final BillableExecutor billable;
    private final AttachmentLimits limits;

    public AttachmentReader(DocumentTextPort documents, WorkspaceUploadPort workspace, BillableExecutor billable,
                            AttachmentLimits limits) {
        this.documents = documents;
        this.workspace = workspace;
        this.billable = billable;
        this.limits = limits;
    }

    /** The attachments as the model gets them (images, notes, document text); chat mode uses this too. */
    public AttachedInput read(Identity owner, SessionId session, RunId run, List<Attachment> attachments, ResolvedModel model) {
        if (attachments.isEmpty()) {
            return AttachedInput.NONE;
        }
        AttachmentText text = new AttachmentText(documents, limits);
        List<ImagePart> images = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (Attachment attachment : attachments) {
            String name = unique(attachment.asset().fileName().value(), taken);
            try {
                readOne(owner, session, run, attachment, name, model, text, images);
            } catch (RuntimeException e) {
                // the stored object vanished or storage failed: the model hears it, the run goes on
                text.notRead(name, e.getMessage());
            }
        }
        return new AttachedInput(text.toString(), images);
    }

    private void readOne(Identity owner, SessionId session, RunId run, Attachment attachment, String name,
                         ResolvedModel model, AttachmentText text, List<ImagePart> images) {
        Asset asset = attachment.asset();
        boolean image = ImagePart.MEDIA_TYPES.contains(asset.contentType().value());
        if (image && model.vision() && asset.size() <= limits.maxImageBytes()) {
            images.add(ImagePart.of(name, asset.contentType().value(), bytes(attachment)));
            text.inline(asset, name);
            return;
        }
        Optional<String> path = copy(owner, session, run, attachment, name, text);
        if (image) {
            text.imageNotShown(asset, name, path, model);
        } else {
            text.file(asset, name, path);
            DocumentFormat.of(asset.contentType().value(), name).filter(documents::supports)
                    .ifPresent(format -> text.extract(attachment, name, format));
        }
    }

    private Optional<String> copy(Identity owner, SessionId session, RunId run, Attachment attachment, String name,
                                  AttachmentText text) {
        ToolCharge charge = new ToolCharge(owner.userId(), session.value(), run.value(), UPLOAD_CHARGE,
                "upload:" + attachment.asset().id(), Credits.ZERO);
        try {
            return Optional.of(billable.runPaidTool(charge, new PaidToolCall<String>() {
                @Override
                public String call(CreditReservation reservation) {
                    try (InputStream in = attachment.open()) {
                        return workspace.upload(session, name, in, reservation);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }

                @Override
                public Credits cost(String path) {
                    return Credits.ZERO;
                }
            }));
        } catch (RuntimeException e) {
            // no sandbox on this server, or it failed: the model hears why and can still answer from the text
            text.notCopied(name, e.getMessage());
            return Optional.empty();
        }
    }

    private static byte[] bytes(Attachment attachment) {
        try (InputStream in = attachment.open()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code a.pdf}, then {@code a-2.pdf}, {@code a-3.pdf}: two attachments never overwrite each other. */
    static String unique(String name, Set<String> taken) {
        String candidate = name;
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = stem + "-" + n + extension;
        }
        return candidate;
    }
}
