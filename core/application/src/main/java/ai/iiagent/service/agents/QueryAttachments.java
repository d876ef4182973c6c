package ai.iiagent.service.agents;

import ai.iiagent.domain.agents.AgentErrors;
import ai.iiagent.domain.agents.AttachedFile;
import ai.iiagent.domain.files.AssetId;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.domain.users.Identity;
import ai.iiagent.port.in.files.Attachment;
import ai.iiagent.port.in.files.ResolveAttachmentsQuery;
import ai.iiagent.port.in.files.ResolveAttachmentsUseCase;
import java.util.List;
import java.util.UUID;

/**
 * A query's {@code files} checked on the caller's thread, before a run is claimed, so a bad one is the
 * caller's error: well-formed ids, only the caller's own ready assets (another user's asset is "not
 * found", as over REST), at most {@link AttachmentLimits#maxFiles()} files and
 * {@link AttachmentLimits#maxTotalBytes()} bytes together.
 */
public final class QueryAttachments {

    /** A server without attachment support: any attached file is refused with a clear code. */
    public static final QueryAttachments UNAVAILABLE = new QueryAttachments(null, null, AttachmentLimits.DEFAULT);

    private final ResolveAttachmentsUseCase resolve;
    private final AttachmentReader reader;
    private final AttachmentLimits limits;

    public QueryAttachments(ResolveAttachmentsUseCase resolve, AttachmentReader reader, AttachmentLimits limits) {
        this.resolve = resolve;
        this.reader = reader;
        this.limits = limits;
    }

    /** The caller's attached files, checked (ids, ownership, readiness, limits); chat mode uses this too. */
    public List<Attachment> check(Identity owner, List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        if (resolve == null) {
            throw new ValidationException(AgentErrors.ATTACHMENTS_UNAVAILABLE, "this server does not take attached files");
        }
        List<AssetId> assets = ids.stream().map(QueryAttachments::assetId).distinct().toList();
        if (assets.size() > limits.maxFiles()) {
            throw new ValidationException(AgentErrors.TOO_MANY_ATTACHMENTS,
                    "a query may attach at most " + limits.maxFiles() + " files, got " + assets.size());
        }
        List<Attachment> attachments = resolve.resolve(new ResolveAttachmentsQuery(owner, assets));
        long total = attachments.stream().mapToLong(attachment -> attachment.asset().size()).sum();
        if (total > limits.maxTotalBytes()) {
            throw new ValidationException(AgentErrors.ATTACHMENTS_TOO_LARGE, "attached files may have at most "
                    + limits.maxTotalBytes() + " bytes together, got " + total);
        }
        return attachments;
    }

    /** What reads the checked files for the model. */
    public AttachmentReader reader() {
        return reader;
    }

    /** The attached files as {@code session.user_message} lists them. */
    static List<AttachedFile> shown(List<Attachment> attachments) {
        return attachments.stream().map(attachment -> new AttachedFile(attachment.asset().id().toString(),
                attachment.asset().fileName().value(), attachment.asset().size(),
                attachment.asset().contentType().value())).toList();
    }

    private static AssetId assetId(String raw) {
        try {
            return new AssetId(UUID.fromString(raw.strip()));
        } catch (IllegalArgumentException e) {
            throw new ValidationException(AgentErrors.INVALID_ATTACHMENT, "files must be asset ids, got '" + raw + "'");
        }
    }
}
