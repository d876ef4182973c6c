package ai.iiagent.port.in.content;

import ai.iiagent.domain.credits.Credits;
import ai.iiagent.port.in.files.StoredAsset;

/** A generated reference picture, stored with the session's files, and what made it and what it cost. */
public record ReferenceImage(StoredAsset asset, String prompt, String model, String provider, boolean offline,
                             int width, int height, Credits cost) {
}
