package ai.iiagent.port.out.web;

import java.util.Objects;

/**
 * One image: the image's own URL, a thumbnail, the page it is on, its title, and its size when the
 * provider reports it (0 when unknown).
 */
public record ImageHit(String imageUrl, String thumbnailUrl, String pageUrl, String title, int width, int height) {

    public ImageHit {
        Objects.requireNonNull(imageUrl, "imageUrl");
        thumbnailUrl = thumbnailUrl == null ? "" : thumbnailUrl;
        pageUrl = pageUrl == null ? "" : pageUrl;
        title = title == null ? "" : title;
    }
}
