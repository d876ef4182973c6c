package ai.iiagent.adapter.sandbox.local;

/**
 * The last {@code capacity} bytes a shell printed, addressed by absolute offsets (bytes ever
 * appended), so a command's output is the range from where it started to where it ended.
 * Thread-safe.
 */
final class OutputRing {

    private final byte[] ring;
    private long end;

    OutputRing(int capacity) {
        if (capacity < 1024) {
            throw new IllegalArgumentException("a shell buffer holds at least 1 KiB");
        }
        this.ring = new byte[capacity];
    }

    synchronized void append(byte[] bytes, int offset, int length) {
        if (length >= ring.length) {
            offset += length - ring.length;
            end += length - ring.length;
            length = ring.length;
        }
        int at = (int) (end % ring.length);
        int first = Math.min(length, ring.length - at);
        System.arraycopy(bytes, offset, ring, at, first);
        System.arraycopy(bytes, offset + first, ring, 0, length - first);
        end += length;
    }

    /** Offset just after the last byte appended. */
    synchronized long end() {
        return end;
    }

    /** The oldest offset still held. */
    synchronized long start() {
        return Math.max(0, end - ring.length);
    }

    /** The bytes of {@code [from, to)} that are still held (earlier ones are gone: see {@link #start()}). */
    synchronized byte[] slice(long from, long to) {
        long first = Math.max(from, start());
        long last = Math.min(to, end);
        if (last <= first) {
            return new byte[0];
        }
        byte[] out = new byte[(int) (last - first)];
        int at = (int) (first % ring.length);
        int head = Math.min(out.length, ring.length - at);
        System.arraycopy(ring, at, out, 0, head);
        System.arraycopy(ring, 0, out, head, out.length - head);
        return out;
    }
}
