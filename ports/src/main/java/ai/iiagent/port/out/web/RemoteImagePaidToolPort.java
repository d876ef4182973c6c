package ai.iiagent.port.out.web;

import ai.iiagent.domain.credits.CreditReservation;

/**
 * Fetches an image a model or user named by URL (read_remote_image), under the same SSRF rules as
 * web_visit, with a size limit and only raster image types whose bytes match what they claim to be
 * (PNG, JPEG, GIF, WebP). Billable like any outbound tool (zero for the built-in fetcher). Throws
 * {@link WebToolFailedException} for refused destinations, errors, other types and over-large images.
 */
public interface RemoteImagePaidToolPort {

    FetchedImage fetchImage(String url, CreditReservation reservation);
}
