package org.copydesk.pipeline;

import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.beam.runners.core.metrics.NoOpMetricsSink;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricsOptions;
import org.apache.beam.sdk.metrics.MetricsSink;
import org.apache.beam.sdk.util.InstanceBuilder;

/**
 * Pushes the job's metrics to the {@code --metricsSink} when it starts, every {@code
 * --metricsPushPeriod} seconds while it runs, and once more when it has ended. Beam's own pusher does this only on some runners
 * and not on the Direct Runner (the Flink runner pushes too, but only once the job has finished),
 * so the job's command line does it for every runner, from the figures the runner reports.
 */
final class MetricsPush implements AutoCloseable {
  private final PipelineResult result;
  private final MetricsSink sink;
  private final PrintStream err;
  private final ScheduledExecutorService clock;

  private MetricsPush(PipelineResult result, MetricsSink sink, long periodSeconds, PrintStream err) {
    this.result = result;
    this.sink = sink;
    this.err = err;
    this.clock = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "copydesk-metrics-push");
      thread.setDaemon(true);
      return thread;
    });
    // The first push at once: a sink learns of the job when it starts, even one that ends
    // within a period.
    clock.scheduleAtFixedRate(this::push, 0, periodSeconds, TimeUnit.SECONDS);
  }

  /** Starts pushing, or returns null when no sink is set. */
  static MetricsPush start(PipelineResult result, MetricsOptions options, PrintStream err) {
    if (options.getMetricsSink() == NoOpMetricsSink.class) {
      return null;
    }
    MetricsSink sink = InstanceBuilder.ofType(MetricsSink.class)
        .fromClass(options.getMetricsSink())
        .withArg(MetricsOptions.class, options)
        .build();
    return new MetricsPush(result, sink, Math.max(1, options.getMetricsPushPeriod()), err);
  }

  /** A failed push is reported; the next one may succeed, and the job goes on either way. */
  private void push() {
    try {
      sink.writeMetrics(result.metrics().allMetrics());
    } catch (Exception e) {
      err.println("copydesk: cannot push metrics: " + e);
    }
  }

  /** Stops the periodic pushes and pushes the final figures. */
  @Override
  public void close() {
    clock.shutdownNow();
    try {
      clock.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    push();
  }
}
