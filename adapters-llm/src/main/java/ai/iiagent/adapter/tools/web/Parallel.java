package ai.iiagent.adapter.tools.web;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Function;

/**
 * Runs one piece of work per item on virtual threads, at most {@code limit} at a time, and answers
 * each item's result or failure in the items' order. Interrupting the caller (the tool's time-out)
 * interrupts every piece still running.
 */
final class Parallel {

    /** One item's result, or what it failed with. */
    record Outcome<T>(T value, RuntimeException failure) {

        boolean failed() {
            return failure != null;
        }
    }

    private Parallel() {
    }

    static <I, O> List<Outcome<O>> map(List<I> items, int limit, Function<I, O> work) throws InterruptedException {
        Semaphore lanes = new Semaphore(Math.max(1, limit));
        // Not try-with-resources: close() would wait for work that ignores interruption.
        ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
        try {
            List<Future<O>> running = new ArrayList<>();
            for (I item : items) {
                running.add(threads.submit(() -> {
                    lanes.acquire();
                    try {
                        return work.apply(item);
                    } finally {
                        lanes.release();
                    }
                }));
            }
            List<Outcome<O>> outcomes = new ArrayList<>();
            for (Future<O> future : running) {
                outcomes.add(await(future));
            }
            return outcomes;
        } finally {
            threads.shutdownNow();
        }
    }

    private static <O> Outcome<O> await(Future<O> future) throws InterruptedException {
        try {
            return new Outcome<>(future.get(), null);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return new Outcome<>(null, cause instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException(cause.getMessage(), cause));
        }
    }
}
