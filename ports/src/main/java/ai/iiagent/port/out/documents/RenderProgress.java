package ai.iiagent.port.out.documents;

/** Told after each rendered page, in order: {@code done} of {@code total} pages are finished. */
@FunctionalInterface
public interface RenderProgress {

    /** Ignores progress. */
    RenderProgress NONE = (done, total) -> { };

    void pageRendered(int done, int total);
}
