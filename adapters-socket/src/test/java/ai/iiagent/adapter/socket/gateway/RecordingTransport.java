package ai.iiagent.adapter.socket.gateway;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A transport that records frames; while {@link #stall()}ed it blocks sends like a full TCP buffer. */
final class RecordingTransport implements SocketTransport {

    final List<String> sent = new CopyOnWriteArrayList<>();
    volatile Integer closedWith;
    volatile long abortedAtNanos;
    private volatile CountDownLatch gate = new CountDownLatch(0);

    void stall() {
        gate = new CountDownLatch(1);
    }

    void resume() {
        gate.countDown();
    }

    @Override
    public String eventFrame(String envelopeJson) {
        return "E" + envelopeJson;
    }

    @Override
    public String namedFrame(String event, String dataJson) {
        return "N" + event + ":" + dataJson;
    }

    @Override
    public void send(String frame) {
        try {
            gate.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        sent.add(frame);
    }

    @Override
    public void ping() {
        sent.add("PING");
    }

    @Override
    public void close(int code, String reason) {
        closedWith = code;
        resume();
    }

    @Override
    public void abort() {
        abortedAtNanos = System.nanoTime();
        resume();
    }

    void awaitSent(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (sent.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }
}
