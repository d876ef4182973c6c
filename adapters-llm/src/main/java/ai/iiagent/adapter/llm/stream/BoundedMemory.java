package ai.iiagent.adapter.llm.stream;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small, thread-safe, least-recently-used map. Adapters keep provider-signed reasoning (Anthropic
 * thinking signatures, Gemini thought signatures) here by tool-call id, because the port's messages
 * have no field for it and the provider wants it echoed on the next step of a tool loop.
 */
public final class BoundedMemory<V> {

    private final Map<String, V> entries;

    public BoundedMemory(int capacity) {
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > capacity;
            }
        };
    }

    public synchronized void put(String key, V value) {
        entries.put(key, value);
    }

    /** The value kept for {@code key}, or {@code null} when it was never kept or has been evicted. */
    public synchronized V get(String key) {
        return key == null ? null : entries.get(key);
    }
}
