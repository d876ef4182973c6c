package ai.iiagent.adapter.sandbox.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A sandbox process's stdout, read by a platform thread into a small bounded queue, so whoever reads
 * this stream (often a virtual thread) parks instead of blocking in a pipe read that would pin its
 * carrier. Closing it kills the process with everything it started.
 */
final class PumpedStream extends InputStream {

    private static final byte[] END = new byte[0];
    private static final int CHUNK = 64 * 1024;

    private final Process process;
    private final BlockingQueue<byte[]> chunks = new ArrayBlockingQueue<>(8);
    private volatile boolean closed;
    private byte[] current = new byte[0];
    private int at;
    private boolean ended;

    PumpedStream(Process process) {
        this.process = process;
        SandboxProcesses.readerThreads().newThread(this::pump).start();
    }

    private void pump() {
        try (InputStream in = process.getInputStream()) {
            byte[] buffer = new byte[CHUNK];
            for (int n = in.read(buffer); n >= 0 && !closed; n = in.read(buffer)) {
                if (n > 0) {
                    hand(java.util.Arrays.copyOf(buffer, n));
                }
            }
        } catch (IOException | InterruptedException e) {
            // killed or closed: the reader sees the end
        } finally {
            try {
                hand(END);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        }
    }

    // Gives up once the reader has closed, so a reader that went away never leaves this thread stuck.
    private void hand(byte[] chunk) throws InterruptedException {
        boolean handed = false;
        while (!closed && !handed) {
            handed = chunks.offer(chunk, 200, TimeUnit.MILLISECONDS); // re-checks closed every 200 ms
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] into, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (at >= current.length) {
            if (ended || closed) {
                return -1;
            }
            try {
                current = chunks.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while reading from the sandbox");
            }
            at = 0;
            ended = current == END;
        }
        int n = Math.min(length, current.length - at);
        System.arraycopy(current, at, into, offset, n);
        at += n;
        return n;
    }

    @Override
    public void close() {
        closed = true;
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        chunks.clear();
    }
}
