package dev.entente.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;

/**
 * The CPU time of the common fork-join pool's workers, where the chronicle's reader binds and the engine serializes
 * ahead: the probes add it to the calling thread's to count the work a path does on both cores.
 */
final class CommonPoolCpu {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CommonPoolCpu() {
    }

    /**
     * Each live worker's CPU nanoseconds so far, by thread id: a worker idle for a minute ends, and a difference of
     * two readings must then count only the workers of the later one.
     */
    static Map<Long, Long> byWorker() {
        Map<Long, Long> workers = new HashMap<>();
        long[] ids = THREADS.getAllThreadIds();
        ThreadInfo[] infos = THREADS.getThreadInfo(ids);
        for (int i = 0; i < ids.length; i++) {
            if (infos[i] != null && infos[i].getThreadName().startsWith("ForkJoinPool.commonPool")) {
                long time = THREADS.getThreadCpuTime(ids[i]);
                if (time >= 0) {
                    workers.put(ids[i], time);
                }
            }
        }
        return workers;
    }

    /** The workers' CPU nanoseconds from {@code before} to {@code after}: all of it for a new worker. */
    static long since(Map<Long, Long> before, Map<Long, Long> after) {
        long total = 0;
        for (Map.Entry<Long, Long> worker : after.entrySet()) {
            total += worker.getValue() - before.getOrDefault(worker.getKey(), 0L);
        }
        return total;
    }
}
