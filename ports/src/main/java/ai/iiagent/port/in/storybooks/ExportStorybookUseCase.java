package ai.iiagent.port.in.storybooks;

import ai.iiagent.domain.storybooks.StorybookId;
import ai.iiagent.domain.users.Identity;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Renders the caller's book in headless Chromium: a PDF (all pages, or one) or PNG pictures (all pages, or one),
 * each page its illustration and its text, fonts embedded. Another user's book is not found.
 *
 * @throws ai.iiagent.domain.shared.ServiceUnavailableException {@code export_unavailable} when no renderer runs here
 */
public interface ExportStorybookUseCase {

    /** Everything the exports check before rendering (the caller's book, the page, a renderer here). */
    void check(Identity caller, StorybookId id, Integer pageNumber);

    /** {@code pageNumber} null for the whole book; {@code progress} is told {@code (done, total)} after each page. */
    byte[] pdf(Identity caller, StorybookId id, Integer pageNumber, BiConsumer<Integer, Integer> progress);

    /** One PNG per page in order; {@code pageNumber} null for the whole book. */
    List<byte[]> pngs(Identity caller, StorybookId id, Integer pageNumber, BiConsumer<Integer, Integer> progress);

    /** One page as the HTML the renderer gets (its picture inlined), for the edit mode's sandboxed frame. */
    String pageHtml(Identity caller, StorybookId id, int pageNumber);

}
