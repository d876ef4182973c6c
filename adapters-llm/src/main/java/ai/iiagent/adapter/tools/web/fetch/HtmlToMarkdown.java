package ai.iiagent.adapter.tools.web.fetch;

import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page as Markdown for the model: jsoup drops what is not content (scripts, styles, forms,
 * navigation, embedded media), prefers the page's {@code <main>} or single {@code <article>}, makes
 * links and images absolute; flexmark's HTML-to-Markdown converter writes the rest (headings,
 * lists, tables, code, links).
 */
final class HtmlToMarkdown {

    private static final String NOT_CONTENT = "script, style, noscript, template, iframe, object, embed, svg, canvas,"
            + " form, button, input, select, textarea, nav, aside, footer, header[role=banner], [aria-hidden=true],"
            + " [hidden], link, meta";

    private final FlexmarkHtmlConverter converter;

    HtmlToMarkdown() {
        MutableDataSet options = new MutableDataSet();
        options.set(FlexmarkHtmlConverter.SETEXT_HEADINGS, false);
        options.set(FlexmarkHtmlConverter.OUTPUT_ATTRIBUTES_ID, false);
        options.set(FlexmarkHtmlConverter.BR_AS_EXTRA_BLANK_LINES, false);
        options.set(FlexmarkHtmlConverter.SKIP_CHAR_ESCAPE, true);
        this.converter = FlexmarkHtmlConverter.builder(options).build();
    }

    String convert(Document page) {
        for (Element link : page.select("a[href]")) {
            link.attr("href", link.absUrl("href"));
        }
        for (Element image : page.select("img[src]")) {
            image.attr("src", image.absUrl("src"));
        }
        page.select(NOT_CONTENT).remove();
        Element content = page.selectFirst("main");
        if (content == null && page.select("article").size() == 1) {
            content = page.selectFirst("article");
        }
        if (content == null) {
            content = page.body();
        }
        String markdown = converter.convert(content.outerHtml());
        return markdown.replaceAll("\n{3,}", "\n\n").strip();
    }
}
