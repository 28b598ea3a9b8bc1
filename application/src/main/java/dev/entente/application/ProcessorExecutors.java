package dev.entente.application;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads of one engine's event processors. They are daemon threads, so that they never keep a program alive on
 * their own, and they are stopped when the engine closes, after its processors have shut down (their batches
 * finished): a delayed task of the coordinator left behind must not hold the program's exit, nor an idle thread
 * outlive the engine.
 */
final class ProcessorExecutors {

    private final List<ScheduledExecutorService> made = new CopyOnWriteArrayList<>();
    /** Every thread the executors started, joined on shutdown. */
    private final List<Thread> threads = new CopyOnWriteArrayList<>();

    /** The executor of a processor's coordinator. */
    ScheduledExecutorService coordinator(String processor) {
        return make(1, "Coordinator[" + processor + "]");
    }

    /**
     * The executor of a processor's work packages, with at most {@code segments} threads: a work package runs as a task
     * per batch, so fewer threads than claimed segments only take turns, while each core thread, once started, stays.
     */
    ScheduledExecutorService workers(String processor, int segments) {
        return make(Math.max(1, segments), "WorkPackage[" + processor + "]");
    }

    private ScheduledExecutorService make(int threads, String name) {
        ScheduledThreadPoolExecutor executor = (ScheduledThreadPoolExecutor) Executors.newScheduledThreadPool(threads,
                daemon(name));
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        executor.setContinueExistingPeriodicTasksAfterShutdownPolicy(false);
        made.add(executor);
        return executor;
    }

    /**
     * Stops every thread made here, and returns once they have ended (at most about 5 s); the processors have shut
     * down by now. An executor counts as terminated as soon as its last worker leaves its loop, a moment before that
     * thread ends: the threads are joined too, so that none is still alive when the engine has closed.
     */
    void shutdown() {
        made.forEach(ScheduledExecutorService::shutdownNow);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        try {
            for (ScheduledExecutorService executor : made) {
                executor.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
            for (Thread thread : threads) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    return;
                }
                thread.join(left);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.getAndIncrement());
            thread.setDaemon(true);
            threads.add(thread);
            return thread;
        };
    }
}
