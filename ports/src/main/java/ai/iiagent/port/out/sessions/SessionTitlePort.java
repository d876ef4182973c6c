package ai.iiagent.port.out.sessions;

import ai.iiagent.domain.sessions.AppKind;

/**
 * Suggests a session title from the first query. The default adapter truncates the query (agent
 * sessions: its first 100 characters); a model-backed adapter can replace it without touching
 * the core. Implementations never throw for ordinary text and may take a moment (a model call),
 * so callers must not hold a transaction open around them.
 */
public interface SessionTitlePort {

    /** @return a title, possibly empty (then the session stays unnamed), never null */
    String suggest(AppKind appKind, String firstQuery);
}
