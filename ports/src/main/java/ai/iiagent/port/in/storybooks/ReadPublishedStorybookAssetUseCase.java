package ai.iiagent.port.in.storybooks;

import ai.iiagent.domain.files.AssetId;
import ai.iiagent.domain.files.RangeRequest;
import ai.iiagent.domain.storybooks.StorybookId;
import ai.iiagent.port.in.files.AssetContent;

/**
 * The pictures, backgrounds and voice-overs of a published storybook version, for anyone with its link (the public
 * reader). The caller closes the content.
 *
 * @throws ai.iiagent.domain.shared.NotFoundException the book is not published, or no page of it shows that asset
 */
public interface ReadPublishedStorybookAssetUseCase {

    /** Opens {@code assetId} when a page of the published version {@code id} shows it; {@code range} null = all. */
    AssetContent asset(StorybookId id, AssetId assetId, RangeRequest range);
}
