package ai.iiagent.port.out.web;

import java.util.Objects;

/** A web search: the query text and how many results at most. */
public record WebSearchQuery(String query, int maxResults) {

    public WebSearchQuery {
        Objects.requireNonNull(query, "query");
        if (query.isBlank() || maxResults < 1) {
            throw new IllegalArgumentException("a search needs a query and at least one result");
        }
    }
}
