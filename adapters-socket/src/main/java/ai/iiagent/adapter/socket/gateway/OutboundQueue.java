package ai.iiagent.adapter.socket.gateway;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * One connection's bounded outbound queue, drained by a virtual thread that exists only while
 * there is something to send. Live frames never wait: when the queue is full a transient frame is
 * dropped (or makes room by dropping a queued transient one); a persisted frame that finds no room
 * closes the connection with {@link CloseCodes#RESYNC}, so a slow client never slows the run or
 * other clients and loses nothing (it resumes from its last seq). Replay frames wait for room.
 */
final class OutboundQueue {

    private static final Logger LOG = Logger.getLogger(OutboundQueue.class);

    private final SocketTransport transport;
    private final int capacity;
    private final ArrayDeque<Frame> frames = new ArrayDeque<>();
    private final AtomicLong droppedTransient = new AtomicLong();
    private boolean draining;
    private boolean closed;

    OutboundQueue(SocketTransport transport, int capacity) {
        this.transport = transport;
        this.capacity = capacity;
    }

    /** Queues a live frame without ever blocking the caller. */
    synchronized void offer(String text, boolean droppable) {
        if (closed) {
            return;
        }
        if (frames.size() >= capacity) {
            if (droppable) {
                droppedTransient.incrementAndGet();
                return;
            }
            if (!dropOneQueuedTransient()) {
                overflow();
                return;
            }
        }
        frames.add(new Frame(text, droppable));
        startDrainingIfIdle();
    }

    /** Queues a replayed frame, waiting up to {@code patience} for room; false when the connection is gone. */
    synchronized boolean put(String text, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!closed && frames.size() >= capacity) {
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
        frames.add(new Frame(text, false));
        startDrainingIfIdle();
        return true;
    }

    synchronized void close() {
        closed = true;
        frames.clear();
        notifyAll();
    }

    synchronized int size() {
        return frames.size();
    }

    long droppedTransient() {
        return droppedTransient.get();
    }

    private boolean dropOneQueuedTransient() {
        for (Iterator<Frame> it = frames.iterator(); it.hasNext(); ) {
            if (it.next().droppable()) {
                it.remove();
                droppedTransient.incrementAndGet();
                return true;
            }
        }
        return false;
    }

    private void overflow() {
        LOG.infof("closing a slow connection: %d frames waiting, %d transient dropped", frames.size(),
                droppedTransient.get());
        close();
        transport.close(CloseCodes.RESYNC, "too far behind; reconnect with last_seq");
    }

    private void startDrainingIfIdle() {
        if (!draining) {
            draining = true;
            Thread.ofVirtual().name("socket-send").start(this::drain);
        }
    }

    private void drain() {
        while (true) {
            Frame next;
            synchronized (this) {
                next = closed ? null : frames.poll();
                if (next == null) {
                    draining = false;
                    return;
                }
                notifyAll();
            }
            try {
                transport.send(next.text());
            } catch (RuntimeException e) {
                LOG.debugf(e, "send failed; the connection is closing");
                synchronized (this) {
                    close();
                    draining = false;
                }
                return;
            }
        }
    }

    private record Frame(String text, boolean droppable) {
    }
}
