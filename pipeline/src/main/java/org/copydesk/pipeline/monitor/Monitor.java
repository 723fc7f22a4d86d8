package org.copydesk.pipeline.monitor;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The feed monitor as a whole: the job's output ({@link OutputTail} over files or {@link KafkaTail}
 * over topics) polled every second into a {@link ClusterStore}, the job's {@link StatusFile} read
 * every second too, and both served by a {@link MonitorServer}.
 */
public final class Monitor implements AutoCloseable {
  private final OutputSource output;
  private final ScheduledExecutorService pollers;
  private final MonitorServer server;

  private Monitor(OutputSource output, ScheduledExecutorService pollers, MonitorServer server) {
    this.output = output;
    this.pollers = pollers;
    this.server = server;
  }

  /**
   * Starts following {@code output} and the job's status in {@code statusFile} (none if it is
   * null), and serving on {@code port} (0: any free port). The monitor owns {@code output} from
   * here on, and closes it.
   */
  public static Monitor start(OutputSource output, Path statusFile, int port) throws IOException {
    Clock clock = Clock.systemUTC();
    ClusterStore store = new ClusterStore(clock);
    StatusFile status = new StatusFile(statusFile, clock);
    MonitorServer server;
    try {
      server = MonitorServer.start(store, status, port);
    } catch (IOException e) {
      output.close();
      throw e;
    }
    // A thread each, so that a broker that does not answer holds up the output only.
    ScheduledExecutorService pollers = Executors.newScheduledThreadPool(2, r -> {
      Thread thread = new Thread(r, "monitor-poll");
      thread.setDaemon(true);
      return thread;
    });
    everySecond(pollers, () -> output.poll().forEach(store::accept));
    everySecond(pollers, status::poll);
    return new Monitor(output, pollers, server);
  }

  /** Runs {@code poll} every second; a failure is reported when it is not the last one again. */
  private static void everySecond(ScheduledExecutorService pollers, Runnable poll) {
    AtomicReference<String> lastFailure = new AtomicReference<>();
    pollers.scheduleWithFixedDelay(() -> {
      try {
        poll.run();
        lastFailure.set(null);
      } catch (RuntimeException e) {
        // A bad poll (the directory unreadable for a moment, the broker away) must not end the
        // polling, nor fill the terminal with the same message every second.
        if (!e.toString().equals(lastFailure.getAndSet(e.toString()))) {
          System.err.println("copydesk monitor: " + e.getMessage());
        }
      }
    }, 0, 1, TimeUnit.SECONDS);
  }

  public int port() {
    return server.port();
  }

  /** Stops polling, waiting for a poll under way (the output is not to be closed under it). */
  @Override
  public void close() {
    pollers.shutdown();
    try {
      pollers.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    output.close();
    server.close();
  }
}
