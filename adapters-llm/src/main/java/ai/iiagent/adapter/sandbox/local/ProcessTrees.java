package ai.iiagent.adapter.sandbox.local;

import java.util.List;
import java.util.concurrent.TimeUnit;

/** Kills a sandbox process with everything it started. */
final class ProcessTrees {

    private ProcessTrees() {
    }

    /**
     * Kills the process and its descendants (bwrap is the PID-namespace init: once it dies the
     * kernel kills whatever the snapshot missed) and reaps the process itself.
     *
     * @return the descendants, which may linger as zombies until the host's init reaps them
     */
    static List<ProcessHandle> kill(Process process) throws InterruptedException {
        List<ProcessHandle> tree = process.toHandle().descendants().toList();
        tree.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor();
        return tree;
    }

    /** Waits (bounded) until the killed descendants are gone from the process table. */
    static void awaitGone(List<ProcessHandle> tree, long millis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        for (ProcessHandle handle : tree) {
            while (handle.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
        }
    }
}
