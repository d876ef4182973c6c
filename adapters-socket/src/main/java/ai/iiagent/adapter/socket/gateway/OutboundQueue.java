package ai.iiagent.adapter.socket.gateway;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * One connection's bounded outbound queue (in frames and in UTF-8 bytes), drained without a thread of
 * its own: the frame that finds the queue idle is handed to the transport at once, and each completed
 * send hands over the next (on the I/O thread), one frame in flight at a time. Live frames never wait: when the queue
 * is full a transient frame is dropped (or makes room by dropping queued transient ones); a
 * persisted frame that finds no room closes the connection with {@link CloseCodes#RESYNC}, so a
 * slow client never slows the run or other clients and loses nothing (it resumes from its last
 * seq). Replay frames wait for room. A frame alone in the queue is always taken, whatever its size.
 */
final class OutboundQueue {

    private static final Logger LOG = Logger.getLogger(OutboundQueue.class);

    private final SocketTransport transport;
    private final int capacity;
    private final long maxBytes;
    private final ConnectionCloser closer;
    private final ArrayDeque<Frame> frames = new ArrayDeque<>();
    private final AtomicLong droppedTransient = new AtomicLong();
    private long queuedBytes;
    private boolean draining;
    private boolean closed;

    OutboundQueue(SocketTransport transport, int capacity, long maxBytes, ConnectionCloser closer) {
        this.transport = transport;
        this.capacity = capacity;
        this.maxBytes = maxBytes;
        this.closer = closer;
    }

    /** Queues a live frame without ever blocking the caller. */
    void offer(String text, boolean droppable) {
        offer(text, droppable, null);
    }

    /** Queues a live frame on behalf of {@code owner} (see {@link #discard}) without ever blocking the caller. */
    void offer(String text, boolean droppable, Object owner) {
        offer(OutgoingFrame.of(text), droppable, owner);
    }

    /** {@link #offer(String, boolean, Object)} for a frame shared with other sockets (a room event's). */
    void offer(OutgoingFrame frame, boolean droppable, Object owner) {
        if (enqueue(frame, droppable, owner)) {
            sendQueued();
        }
    }

    /** Queues a replayed frame, waiting up to {@code patience} for room; false when the connection is gone. */
    boolean put(String text, Duration patience, Object owner) throws InterruptedException {
        Frame frame = new Frame(OutgoingFrame.of(text), false, owner);
        boolean start;
        synchronized (this) {
            long deadline = System.nanoTime() + patience.toNanos();
            while (!closed && !fits(frame)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    overflow();
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
            if (closed) {
                return false;
            }
            start = add(frame);
        }
        if (start) {
            sendQueued();
        }
        return true;
    }

    /** True when the frame found the queue idle and the caller must start sending. */
    private synchronized boolean enqueue(OutgoingFrame outgoing, boolean droppable, Object owner) {
        if (closed) {
            return false;
        }
        Frame frame = new Frame(outgoing, droppable, owner);
        if (!fits(frame)) {
            if (droppable) {
                droppedTransient.incrementAndGet();
                return false;
            }
            if (!makeRoomFor(frame)) {
                overflow();
                return false;
            }
        }
        return add(frame);
    }

    /** Drops the frames still waiting for {@code owner} (a membership the connection left); returns how many. */
    synchronized int discard(Object owner) {
        int before = frames.size();
        for (Iterator<Frame> it = frames.iterator(); it.hasNext(); ) {
            Frame frame = it.next();
            if (frame.owner() == owner) {
                it.remove();
                queuedBytes -= frame.bytes();
            }
        }
        notifyAll();
        return before - frames.size();
    }

    synchronized void close() {
        closed = true;
        frames.clear();
        queuedBytes = 0;
        notifyAll();
    }

    synchronized int size() {
        return frames.size();
    }

    synchronized long queuedBytes() {
        return queuedBytes;
    }

    long droppedTransient() {
        return droppedTransient.get();
    }

    private boolean fits(Frame frame) {
        return frames.isEmpty() || frames.size() < capacity && queuedBytes + frame.bytes() <= maxBytes;
    }

    private boolean makeRoomFor(Frame frame) {
        for (Iterator<Frame> it = frames.iterator(); it.hasNext() && !fits(frame); ) {
            Frame queued = it.next();
            if (queued.droppable()) {
                it.remove();
                queuedBytes -= queued.bytes();
                droppedTransient.incrementAndGet();
            }
        }
        return fits(frame);
    }

    /** Adds the frame; true when nothing was being sent, so the caller starts sending (outside the lock). */
    private boolean add(Frame frame) {
        frames.add(frame);
        queuedBytes += frame.bytes();
        if (draining) {
            return false;
        }
        draining = true;
        return true;
    }

    private void overflow() {
        LOG.infof("closing a slow connection: %d frames (%d bytes) waiting, %d transient dropped", frames.size(),
                queuedBytes, droppedTransient.get());
        close();
        closer.close(transport, CloseCodes.RESYNC, "too far behind; reconnect with last_seq");
    }

    /**
     * Sends queued frames one after the other until the queue is empty. A send that completes at once
     * (room in the socket's buffer) loops here; one that must wait resumes from its completion, so no
     * thread waits for a slow client and the call stack stays flat.
     */
    private void sendQueued() {
        while (true) {
            Frame next;
            synchronized (this) {
                next = closed ? null : frames.poll();
                if (next == null) {
                    draining = false;
                    return;
                }
                queuedBytes -= next.bytes();
                notifyAll();
            }
            CompletableFuture<Void> sent;
            try {
                sent = transport.send(next.outgoing()).toCompletableFuture();
            } catch (RuntimeException e) {
                sendFailed(e);
                return;
            }
            if (!sent.isDone()) {
                sent.whenComplete((ok, failure) -> afterSend(failure));
                return;
            }
            if (sent.isCompletedExceptionally()) {
                sent.whenComplete((ok, failure) -> sendFailed(failure));
                return;
            }
        }
    }

    private void afterSend(Throwable failure) {
        if (failure != null) {
            sendFailed(failure);
        } else {
            sendQueued();
        }
    }

    private void sendFailed(Throwable failure) {
        LOG.debugf(failure, "send failed; the connection is closing");
        synchronized (this) {
            close();
            draining = false;
        }
    }

    private record Frame(OutgoingFrame outgoing, boolean droppable, Object owner) {
        long bytes() {
            return outgoing.utf8Length();
        }
    }
}
