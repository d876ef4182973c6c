package ai.iiagent.service.files;

import ai.iiagent.domain.files.ObjectKey;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * One lock per object key, shared by the signed-upload receiver and upload completion, so a PUT that
 * passed its "still pending" check cannot replace the bytes after completion verified them: completion
 * waits for the PUT in flight, and a later PUT sees the asset complete. Per node, like the local store
 * it protects. Entries are removed when no one holds or waits for them.
 */
public final class UploadLocks {

    private final ConcurrentHashMap<ObjectKey, Entry> locks = new ConcurrentHashMap<>();

    private static final class Entry {
        final ReentrantLock lock = new ReentrantLock();
        int users;
    }

    public <T> T holding(ObjectKey key, Supplier<T> work) {
        Entry entry = locks.compute(key, (ignored, existing) -> {
            Entry held = existing == null ? new Entry() : existing;
            held.users++;
            return held;
        });
        entry.lock.lock();
        try {
            return work.get();
        } finally {
            entry.lock.unlock();
            locks.computeIfPresent(key, (ignored, held) -> --held.users == 0 ? null : held);
        }
    }

    int size() {
        return locks.size();
    }
}
