package ai.iiagent.adapter.tools.content;

import ai.iiagent.port.out.content.HtmlActiveContentPort;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * {@link HtmlActiveContentPort} with jsoup's HTML5 parser (the same tree a browser builds, so markup
 * tricks such as {@code <scr<script>ipt>}, upper-case handlers or entity-encoded {@code javascript:}
 * are seen as the browser would see them). Descriptors: {@code script:<src or text>},
 * {@code handler:<tag>@<attribute>=<value>}, {@code url:<tag>@<attribute>=<value>},
 * {@code element:<tag>:<outer html>}.
 */
public final class JsoupActiveContent implements HtmlActiveContentPort {

    private static final Set<String> ACTIVE_ELEMENTS = Set.of("iframe", "frame", "object", "embed", "base", "applet",
            "portal", "frameset");
    private static final Pattern WHITESPACE_AND_CONTROLS = Pattern.compile("[\\s\\u0000-\\u001f]+");

    @Override
    public Set<String> activeContent(String html) {
        Document document = Jsoup.parse(html == null ? "" : html);
        Set<String> found = new TreeSet<>();
        for (Element element : document.getAllElements()) {
            String tag = element.normalName();
            if (tag.equals("script")) {
                found.add("script:" + (element.hasAttr("src") ? "src=" + element.attr("src") : element.data().strip()));
            } else if (ACTIVE_ELEMENTS.contains(tag)) {
                found.add("element:" + tag + ":" + element.outerHtml());
            } else if (tag.equals("meta") && element.attr("http-equiv").equalsIgnoreCase("refresh")) {
                found.add("element:meta-refresh:" + element.attr("content"));
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue();
                if (name.startsWith("on")) {
                    found.add("handler:" + tag + "@" + name + "=" + value.strip());
                } else if (dangerousUrl(value)) {
                    found.add("url:" + tag + "@" + name + "=" + value.strip());
                }
            }
        }
        return found;
    }

    private static boolean dangerousUrl(String value) {
        String compact = WHITESPACE_AND_CONTROLS.matcher(value).replaceAll("").toLowerCase(Locale.ROOT);
        return compact.startsWith("javascript:") || compact.startsWith("vbscript:") || compact.startsWith("data:text/html")
                || compact.contains("url(javascript:");
    }
}
