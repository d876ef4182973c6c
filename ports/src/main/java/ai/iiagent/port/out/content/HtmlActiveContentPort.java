package ai.iiagent.port.out.content;

import java.util.Set;

/**
 * Finds the active content of an HTML document with a real HTML parser: script elements (by their
 * source or text), event handler attributes ({@code on*}), {@code javascript:} (and
 * {@code vbscript:}/{@code data:text/html}) URLs in any attribute, and {@code iframe}, {@code object},
 * {@code embed}, {@code base} and meta refresh elements. Each is answered as a stable descriptor, so two
 * documents can be compared: what the second has that the first has not was added.
 */
public interface HtmlActiveContentPort {

    /** The descriptors of the document's active content (empty when it has none). */
    Set<String> activeContent(String html);
}
