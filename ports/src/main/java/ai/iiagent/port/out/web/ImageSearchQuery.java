package ai.iiagent.port.out.web;

import java.util.Objects;

/** An image search: query text, how many results at most, and optional minimum size in pixels (0 = any). */
public record ImageSearchQuery(String query, int maxResults, int minWidth, int minHeight) {

    public ImageSearchQuery {
        Objects.requireNonNull(query, "query");
        if (query.isBlank() || maxResults < 1 || minWidth < 0 || minHeight < 0) {
            throw new IllegalArgumentException("an image search needs a query, at least one result and sizes >= 0");
        }
    }
}
