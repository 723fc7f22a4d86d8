package org.copydesk.pipeline.monitor;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The feed monitor as a whole: an {@link OutputTail} on the job's output directory, polled every
 * second into a {@link ClusterStore}, served by a {@link MonitorServer}.
 */
public final class Monitor implements AutoCloseable {
  private final ScheduledExecutorService poller;
  private final MonitorServer server;

  private Monitor(ScheduledExecutorService poller, MonitorServer server) {
    this.poller = poller;
    this.server = server;
  }

  /** Starts following {@code output} and serving on {@code port} (0: any free port). */
  public static Monitor start(Path output, int port) throws IOException {
    ClusterStore store = new ClusterStore(Clock.systemUTC());
    OutputTail tail = new OutputTail(output);
    MonitorServer server = MonitorServer.start(store, port);
    ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread thread = new Thread(r, "monitor-tail");
      thread.setDaemon(true);
      return thread;
    });
    poller.scheduleWithFixedDelay(() -> {
      try {
        tail.poll().forEach(store::accept);
      } catch (RuntimeException e) {
        // A bad poll (the directory unreadable for a moment) must not end the polling.
        System.err.println("copydesk monitor: " + e.getMessage());
      }
    }, 0, 1, TimeUnit.SECONDS);
    return new Monitor(poller, server);
  }

  public int port() {
    return server.port();
  }

  @Override
  public void close() {
    poller.shutdownNow();
    server.close();
  }
}
