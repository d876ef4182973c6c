package ai.iiagent.port.out.web;

import java.util.Objects;

/** One search result: title, URL and the provider's snippet as plain text. */
public record WebSearchHit(String title, String url, String content) {

    public WebSearchHit {
        Objects.requireNonNull(url, "url");
        title = title == null ? "" : title;
        content = content == null ? "" : content;
    }
}
