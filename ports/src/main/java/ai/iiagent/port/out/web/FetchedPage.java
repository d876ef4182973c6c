package ai.iiagent.port.out.web;

import ai.iiagent.domain.credits.Credits;
import java.util.List;

/**
 * A fetched page: the URL asked for, the one that finally answered (after redirects), its status,
 * content type and title, the content as Markdown (HTML) or text, whether the download was cut at
 * the size limit, and what the call cost.
 */
public record FetchedPage(String requestedUrl, String finalUrl, List<String> redirects, int status, String contentType,
                          String title, String content, boolean truncated, Credits cost) {

    public FetchedPage {
        redirects = List.copyOf(redirects);
        title = title == null ? "" : title;
        content = content == null ? "" : content;
        cost = cost == null ? Credits.ZERO : cost;
    }
}
