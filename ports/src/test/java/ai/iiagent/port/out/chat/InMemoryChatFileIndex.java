package ai.iiagent.port.out.chat;

import ai.iiagent.domain.chat.ChatFile;
import ai.iiagent.domain.chat.ChatFileHit;
import ai.iiagent.domain.chat.ChatMessageId;
import ai.iiagent.domain.sessions.SessionId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A {@link ChatFileIndex} in memory for unit tests: a passage matches when it holds every word of the query. */
public final class InMemoryChatFileIndex implements ChatFileIndex {

    private record Passage(SessionId session, String file, int chunk, String text) {
    }

    private final Map<SessionId, Map<ChatMessageId, List<ChatFile>>> files = new LinkedHashMap<>();
    private final List<Passage> passages = new ArrayList<>();

    @Override
    public synchronized void attach(SessionId sessionId, ChatMessageId messageId, List<ChatFile> attached) {
        files.computeIfAbsent(sessionId, id -> new LinkedHashMap<>()).put(messageId, List.copyOf(attached));
    }

    @Override
    public synchronized void index(SessionId sessionId, ChatMessageId messageId, ChatFile file, List<String> chunks) {
        passages.removeIf(p -> p.session().equals(sessionId) && p.file().equals(file.name()));
        for (int i = 0; i < chunks.size(); i++) {
            passages.add(new Passage(sessionId, file.name(), i, chunks.get(i)));
        }
    }

    @Override
    public synchronized Map<ChatMessageId, List<ChatFile>> files(SessionId sessionId) {
        return Map.copyOf(files.getOrDefault(sessionId, Map.of()));
    }

    @Override
    public synchronized List<ChatFileHit> search(SessionId sessionId, String query, List<String> fileNames, int limit) {
        List<String> words = List.of(query.toLowerCase(Locale.ROOT).split("\\s+"));
        return passages.stream().filter(p -> p.session().equals(sessionId))
                .filter(p -> fileNames.isEmpty() || fileNames.contains(p.file()))
                .filter(p -> words.stream().allMatch(p.text().toLowerCase(Locale.ROOT)::contains)).limit(limit)
                .map(p -> new ChatFileHit(p.file(), p.chunk(), p.text(), 1.0)).toList();
    }
}
