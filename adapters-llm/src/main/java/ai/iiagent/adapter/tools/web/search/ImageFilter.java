package ai.iiagent.adapter.tools.web.search;

import ai.iiagent.port.out.web.ImageHit;
import ai.iiagent.port.out.web.ImageSearchQuery;

/** Minimum sizes apply only where a provider reports the size; images of unknown size are kept. */
final class ImageFilter {

    private ImageFilter() {
    }

    static boolean bigEnough(ImageHit hit, ImageSearchQuery query) {
        boolean wideEnough = hit.width() == 0 || hit.width() >= query.minWidth();
        boolean tallEnough = hit.height() == 0 || hit.height() >= query.minHeight();
        return wideEnough && tallEnough;
    }
}
