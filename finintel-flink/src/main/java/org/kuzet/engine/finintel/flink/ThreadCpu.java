package org.kuzet.engine.finintel.flink;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;

/**
 * CPU time of this JVM's Java threads over a period, the ones that ended during it included
 * (Flink's task threads end with the job): a poller reads every thread's CPU time every 20 ms and
 * keeps the last reading of each. What a thread used after the last reading before it ended is
 * lost, at most 20 ms per thread. GC and JIT threads are not Java threads and not counted, so the
 * figure compares with the in-process engine's thread CPU time.
 */
final class ThreadCpu implements AutoCloseable {
  private final ThreadMXBean mx = ManagementFactory.getThreadMXBean();
  private final Map<Long, Long> start = new HashMap<>();
  private final Map<Long, Long> last = new HashMap<>();
  private final Thread poller;
  private volatile boolean running = true;

  ThreadCpu() {
    read(start);
    last.putAll(start);
    poller =
        new Thread(
            () -> {
              while (running) {
                synchronized (last) {
                  read(last);
                }
                try {
                  Thread.sleep(20);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "thread-cpu-poller");
    poller.setDaemon(true);
    poller.start();
  }

  private void read(Map<Long, Long> into) {
    for (long id : mx.getAllThreadIds()) {
      long cpu = mx.getThreadCpuTime(id);
      if (cpu >= 0) {
        into.put(id, cpu);
      }
    }
  }

  /** Seconds of CPU all Java threads but the poller used since this was created. */
  double seconds() {
    synchronized (last) {
      read(last);
      long sum = 0;
      for (var e : last.entrySet()) {
        if (e.getKey() != poller.getId()) {
          sum += e.getValue() - start.getOrDefault(e.getKey(), 0L);
        }
      }
      return sum / 1e9;
    }
  }

  @Override
  public void close() {
    running = false;
    poller.interrupt();
  }
}
