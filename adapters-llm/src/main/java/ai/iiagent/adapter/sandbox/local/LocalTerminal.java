package ai.iiagent.adapter.sandbox.local;

import ai.iiagent.domain.sandboxes.Terminal;
import ai.iiagent.domain.sandboxes.TerminalListener;
import ai.iiagent.domain.sandboxes.TerminalSize;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/** One terminal's relay process: framed writes to its stdin, a reader thread that decodes its output. */
final class LocalTerminal implements Terminal {

    private static final int READ_BYTES = 16 * 1024;
    private static final long EXIT_WAIT_MILLIS = 2_000;

    private final Process process;
    private final TerminalListener listener;
    private final Runnable onGone;
    private final AtomicBoolean closing = new AtomicBoolean();
    private final AtomicBoolean reported = new AtomicBoolean();

    LocalTerminal(Process process, TerminalListener listener, Runnable onGone) {
        this.process = process;
        this.listener = listener;
        this.onGone = onGone;
    }

    void start(Set<LocalTerminal> registry) {
        SandboxProcesses.readerThreads().newThread(() -> {
            try {
                pump();
            } finally {
                registry.remove(this);
                onGone.run();
                report();
            }
        }).start();
    }

    @Override
    public void input(String data) {
        frame('i', data.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void resize(TerminalSize size) {
        frame('r', (size.rows() + " " + size.cols()).getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public void close() {
        if (closing.compareAndSet(false, true)) {
            try {
                process.getOutputStream().close(); // the relay hangs the shell up
                if (!process.waitFor(EXIT_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                    ProcessTrees.awaitGone(ProcessTrees.kill(process), EXIT_WAIT_MILLIS);
                }
            } catch (IOException e) {
                kill();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                kill();
            }
        }
    }

    private synchronized void frame(char kind, byte[] payload) {
        if (closing.get()) {
            return;
        }
        try {
            OutputStream stdin = process.getOutputStream();
            stdin.write(ByteBuffer.allocate(5).put((byte) kind).putInt(payload.length).array());
            stdin.write(payload);
            stdin.flush();
        } catch (IOException e) {
            close(); // the relay is gone; the reader reports the end
        }
    }

    private void pump() {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        ByteBuffer bytes = ByteBuffer.allocate(READ_BYTES);
        CharBuffer chars = CharBuffer.allocate(READ_BYTES);
        try (InputStream out = process.getInputStream()) {
            int read;
            while ((read = out.read(bytes.array(), bytes.position(), bytes.remaining())) >= 0) {
                bytes.position(bytes.position() + read).flip();
                decoder.decode(bytes, chars, false); // a split UTF-8 character waits in bytes for the next read
                bytes.compact();
                chars.flip();
                if (chars.hasRemaining() && !listener.output(chars.toString())) {
                    close();
                    return;
                }
                chars.clear();
            }
        } catch (IOException e) {
            // the process went away; report() tells the listener
        }
    }

    private void report() {
        if (!reported.compareAndSet(false, true)) {
            return;
        }
        int exit = -1;
        try {
            if (process.waitFor(EXIT_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                exit = process.exitValue();
            } else {
                kill();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
        }
        listener.closed(exit);
    }

    private void kill() {
        try {
            ProcessTrees.kill(process);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
