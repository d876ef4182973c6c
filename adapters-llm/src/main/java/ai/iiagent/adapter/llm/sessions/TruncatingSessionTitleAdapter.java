package ai.iiagent.adapter.llm.sessions;

import ai.iiagent.domain.sessions.AppKind;
import ai.iiagent.port.out.sessions.SessionTitlePort;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The title rule without a model: the first query with its whitespace collapsed, cut to 100
 * characters for agent sessions and 80 for chat (where an empty query gives "Untitled"), as in the
 * original system. With model titles on, the text it cuts is the model's title.
 */
@ApplicationScoped
@DefaultBean
public class TruncatingSessionTitleAdapter implements SessionTitlePort {

    static final int AGENT_TITLE_LENGTH = 100;
    static final int CHAT_TITLE_LENGTH = 80;
    static final String UNTITLED_CHAT = "Untitled";

    @Override
    public String suggest(AppKind appKind, String firstQuery) {
        String text = firstQuery == null ? "" : firstQuery.strip().replaceAll("\\s+", " ");
        if (appKind == AppKind.CHAT) {
            return text.isEmpty() ? UNTITLED_CHAT : firstCodePoints(text, CHAT_TITLE_LENGTH);
        }
        return firstCodePoints(text, AGENT_TITLE_LENGTH);
    }

    // Counts code points, so an emoji at the cut is kept whole instead of leaving half a surrogate pair.
    private static String firstCodePoints(String text, int limit) {
        if (text.codePointCount(0, text.length()) <= limit) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, limit)).strip();
    }
}
