package ai.iiagent.adapter.llm.offline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The offline model's answer to a web tool's extraction request (web_visit's {@code prompt},
 * web_visit_compress's query): the page's lines that share a word of four letters or more with the
 * request, at most {@value #MAX_LINES}, or a sentence saying the page does not mention it.
 * Deterministic, so tests can tell an extracted answer from the whole page.
 */
final class OfflineExtraction {

    /** How the web tools' extraction instructions begin (adapter.tools.web.PageExtraction). */
    static final String MARKER = "You extract information from web pages.";
    private static final String PAGE_START = "--- page ---";
    private static final int MAX_LINES = 8;

    private OfflineExtraction() {
    }

    static String answer(String input) {
        int page = input.indexOf(PAGE_START);
        String head = page < 0 ? input : input.substring(0, page);
        String body = page < 0 ? "" : input.substring(page + PAGE_START.length());
        String request = head.lines().findFirst().orElse("");
        int colon = request.indexOf(':');
        request = colon < 0 ? request : request.substring(colon + 1).strip();
        Set<String> words = words(request);
        List<String> found = new ArrayList<>();
        for (String line : body.lines().map(String::strip).filter(line -> !line.isEmpty()).toList()) {
            if (found.size() < MAX_LINES && words(line).stream().anyMatch(words::contains)) {
                found.add(line);
            }
        }
        return found.isEmpty() ? "The page does not mention \"" + request + "\"."
                : "From the page, about \"" + request + "\":\n" + String.join("\n", found);
    }

    private static Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() >= 4) {
                words.add(word);
            }
        }
        return words;
    }
}
