package ai.iiagent.adapter.persistence.credits;

import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Combines concurrent operations on one key (a lane some accounts share) into one batch: the first caller on an idle
 * lane becomes its leader and runs what is queued (at most {@code maxBatch}, in arrival order) as one
 * batch; whoever arrives meanwhile waits and goes into the next batch, led by the oldest waiter. The
 * batching window is thus bounded by one batch's run (its commit included) and {@code maxBatch}; a lone
 * caller runs at once, alone. A leader may run further batches of its lane back to back (at most
 * {@code rounds}) before handing over, so a busy lane does not wait for a parked thread to wake between
 * batches. If a batch fails as a whole (its transaction rolled back, or its outcome
 * unknown), every operation in it is run again on its own, so one bad operation fails only its caller;
 * the operations are idempotent, so one whose batch had in fact committed is not applied twice.
 *
 * @param <R> request
 * @param <O> outcome
 */
final class GroupCommit<R, O> {

    /** Runs a batch as one transaction, answering one outcome per request in order. */
    @FunctionalInterface
    interface Batch<R, O> {
        List<O> run(List<R> requests);
    }

    private final ConcurrentHashMap<Object, Lane> lanes = new ConcurrentHashMap<>();
    private final Batch<R, O> batch;
    private final int maxBatch;
    private final int rounds;
    private final AtomicLong batches = new AtomicLong();
    private final AtomicLong operations = new AtomicLong();
    private final AtomicLong largest = new AtomicLong();
    private final AtomicLong retried = new AtomicLong();

    /**
     * @param maxBatch most operations in one batch
     * @param rounds   most batches one leader runs back to back before handing over (1: hand over after each)
     */
    GroupCommit(Batch<R, O> batch, int maxBatch, int rounds) {
        this.batch = batch;
        this.maxBatch = maxBatch;
        this.rounds = Math.max(1, rounds);
    }

    O submit(Object key, R request) {
        Pending<R, O> mine = new Pending<>(request, Thread.currentThread());
        Lane lane = lanes.computeIfAbsent(key, k -> new Lane());
        boolean lead;
        synchronized (lane) {
            lane.queue.add(mine);
            lead = !lane.busy;
            lane.busy = true;
        }
        if (!lead) {
            mine.awaitTurn();
        }
        if (mine.done) {
            return mine.result();
        }
        // Leader: this request heads the queue (the lane was idle, or the previous leader handed over to it).
        // It runs up to `rounds` batches back to back while callers keep arriving, so the next batch does not
        // wait for a parked thread to wake up; then it hands over to the oldest waiter.
        for (int round = 1; ; round++) {
            List<Pending<R, O>> taken = new ArrayList<>();
            synchronized (lane) {
                while (!lane.queue.isEmpty() && taken.size() < maxBatch) {
                    taken.add(lane.queue.poll());
                }
            }
            Pending<R, O> next;
            boolean ran = false;
            try {
                run(taken);
                ran = true;
            } finally {
                for (Pending<R, O> each : taken) {
                    if (!each.done) {
                        each.fail(new IllegalStateException("credit batch aborted"));
                    }
                    if (each != mine) {
                        each.wake();
                    }
                }
                synchronized (lane) {
                    next = lane.queue.peek();
                    if (next == null) {
                        lane.busy = false;
                        lanes.remove(key, lane);
                    }
                }
                if (next != null && (!ran || round >= rounds)) {
                    next.lead();
                }
            }
            if (next == null || round >= rounds) {
                return mine.result();
            }
        }
    }

    private void run(List<Pending<R, O>> taken) {
        batches.incrementAndGet();
        operations.addAndGet(taken.size());
        largest.accumulateAndGet(taken.size(), Math::max);
        List<R> requests = taken.stream().map(p -> p.request).toList();
        try {
            List<O> outcomes = batch.run(requests);
            for (int i = 0; i < taken.size(); i++) {
                taken.get(i).succeed(outcomes.get(i));
            }
            return;
        } catch (RuntimeException | Error batchFailed) {
            if (taken.size() == 1) {
                taken.getFirst().fail(batchFailed);
                return;
            }
        }
        retried.addAndGet(taken.size());
        for (Pending<R, O> each : taken) {
            try {
                each.succeed(batch.run(List.of(each.request)).getFirst());
            } catch (RuntimeException | Error failed) {
                each.fail(failed);
            }
        }
    }

    /** Batches run, operations in them, the largest batch, operations re-run one by one after a failed batch. */
    Stats stats() {
        return new Stats(batches.get(), operations.get(), largest.get(), retried.get());
    }

    record Stats(long batches, long operations, long largestBatch, long retriedAlone) {
    }

    private final class Lane {
        private final ArrayDeque<Pending<R, O>> queue = new ArrayDeque<>();
        private boolean busy;
    }

    private static final class Pending<R, O> {
        private final R request;
        private final Thread thread;
        private volatile boolean done;
        private volatile boolean leading;
        private O outcome;
        private Throwable failure;

        Pending(R request, Thread thread) {
            this.request = request;
            this.thread = thread;
        }

        void succeed(O value) {
            outcome = value;
            done = true;
        }

        void fail(Throwable error) {
            failure = error;
            done = true;
        }

        void wake() {
            LockSupport.unpark(thread);
        }

        void lead() {
            leading = true;
            LockSupport.unpark(thread);
        }

        void awaitTurn() {
            boolean interrupted = false;
            while (!done && !leading) {
                LockSupport.park(this);
                if (Thread.interrupted()) {
                    interrupted = true; // the operation may be committing: wait for its outcome regardless
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }

        O result() {
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failure instanceof Error error) {
                throw error;
            }
            return outcome;
        }
    }
}
