package ai.iiagent.port.in.files;

import ai.iiagent.domain.files.AssetNotFoundException;
import java.util.List;

/**
 * For the agent runtime: the caller's ready assets attached to a query, in the given order, each
 * with a way to open its bytes (to copy them into the session sandbox).
 *
 * @throws AssetNotFoundException when any id is not one of the caller's ready assets
 */
public interface ResolveAttachmentsUseCase {

    List<Attachment> resolve(ResolveAttachmentsQuery query);
}
