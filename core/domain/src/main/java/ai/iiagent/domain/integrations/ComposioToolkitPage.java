package ai.iiagent.domain.integrations;

import java.util.List;

/** One page of the catalogue; {@code nextCursor} is null on the last. */
public record ComposioToolkitPage(List<ComposioToolkit> items, String nextCursor, int totalItems) {

    public ComposioToolkitPage {
        items = List.copyOf(items);
    }
}
