package ai.iiagent.port.out.chat;

import ai.iiagent.domain.chat.ChatFile;
import ai.iiagent.domain.chat.ChatFileHit;
import ai.iiagent.domain.chat.ChatMessageId;
import ai.iiagent.domain.sessions.SessionId;
import java.util.List;
import java.util.Map;

/**
 * The files attached to a conversation's messages and their text, chunked and indexed for full-text
 * search ({@code file_search}). Deleting a message (or the session) deletes its files' rows and chunks.
 */
public interface ChatFileIndex {

    /** Records the files attached to a user message (in order). */
    void attach(SessionId sessionId, ChatMessageId messageId, List<ChatFile> files);

    /** Indexes an attached file's text as passages ({@code chunks}, in order); indexing again replaces them. */
    void index(SessionId sessionId, ChatMessageId messageId, ChatFile file, List<String> chunks);

    /** The files of each message of the session that has any. */
    Map<ChatMessageId, List<ChatFile>> files(SessionId sessionId);

    /**
     * The passages of the session's files best matching {@code query} (words, quoted phrases, {@code or},
     * {@code -word}), best first, at most {@code limit}; only files named in {@code fileNames} when it is not empty.
     */
    List<ChatFileHit> search(SessionId sessionId, String query, List<String> fileNames, int limit);
}
