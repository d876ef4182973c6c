package ai.iiagent.port.out.sessions;

import ai.iiagent.domain.sessions.AppKind;

/**
 * Fits a session title from text: the first query, or a title a model wrote for it. The default
 * adapter truncates (agent sessions: 100 characters, chat: 80). Model-written titles
 * ({@code SESSION_TITLE_ENABLED}) are made by the agent runtime, because a model call is billable
 * and only metering may make one; it passes the model's title here. Implementations never throw
 * for ordinary text and may take a moment, so callers must not hold a transaction open around them.
 */
public interface SessionTitlePort {

    /** @return a title, possibly empty (then the session stays unnamed), never null */
    String suggest(AppKind appKind, String firstQuery);
}
