package ai.iiagent.adapter.socket.gateway;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A transport that records frames; while {@link #stall()}ed a send completes only on {@link #resume()}, like a full TCP buffer. */
final class RecordingTransport implements SocketTransport {

    final List<String> sent = new CopyOnWriteArrayList<>();
    volatile Integer closedWith;
    volatile long abortedAtNanos;
    private volatile CountDownLatch gate = new CountDownLatch(0);
    private final AtomicInteger stalledSends = new AtomicInteger();

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
    public CompletionStage<Void> send(OutgoingFrame outgoing) {
        String frame = outgoing.text();
        CountDownLatch waitingFor = gate;
        if (waitingFor.getCount() == 0) {
            sent.add(frame); // taken at once, like a socket with room in its buffer
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> taken = new CompletableFuture<>();
        stalledSends.incrementAndGet();
        Thread.ofVirtual().start(() -> {
            try {
                waitingFor.await();
                sent.add(frame);
                taken.complete(null);
            } catch (InterruptedException e) {
                taken.completeExceptionally(e);
            }
        });
        return taken;
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

    int stalledSendCount() {
        return stalledSends.get();
    }

    /** Waits until {@code count} sends have been handed to this transport while stalled (the sender holds them). */
    void awaitStalledSends(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (stalledSends.get() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("only " + stalledSends.get() + " of " + count + " stalled sends within 5 s");
            }
            Thread.sleep(5);
        }
    }

    void awaitSent(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (sent.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }
}
