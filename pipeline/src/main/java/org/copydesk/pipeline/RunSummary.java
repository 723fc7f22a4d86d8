package org.copydesk.pipeline;

import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.DistributionResult;
import org.apache.beam.sdk.metrics.GaugeResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.copydesk.monitor.FeedMetrics;

/** The figures of a run, read from the job's metrics. */
final class RunSummary {
  final long read;
  final long accepted;
  final long deadLettered;
  final long superseded;
  final long copyClusters;
  final long storyClusters;
  final long pairsVerified;
  final long copiesFound;
  /** Stories in copy clusters beyond each cluster's first. */
  final long storiesCopied;
  final long merges;
  final long storyMerges;
  /** Dead letters per reason, of the reasons seen. */
  final Map<String, Long> deadLettersByReason = new TreeMap<>();
  /** Ingest-to-emit latency, or null before any cluster update was emitted. */
  final DistributionResult latency;
  /**
   * The live state gauges by name ({@code ids_remembered} summed over its shards), and the most
   * each stage held at once, as {@code <gauge>_peak} (the stories of the index, assign and
   * consolidate).
   */
  final Map<String, Long> stateSizes = new TreeMap<>();

  private RunSummary(PipelineResult result, boolean committed) {
    MetricQueryResults metrics = result.metrics().queryMetrics(
        MetricsFilter.builder().addNameFilter(MetricNameFilter.inNamespace(FeedMetrics.NAMESPACE)).build());
    read = total(metrics, FeedMetrics.RECORDS_READ, committed);
    accepted = total(metrics, FeedMetrics.STORIES_ACCEPTED, committed);
    deadLettered = total(metrics, FeedMetrics.DEAD_LETTERS, committed);
    superseded = total(metrics, FeedMetrics.SUPERSEDED, committed);
    copyClusters = total(metrics, FeedMetrics.COPY_CLUSTERS, committed);
    storyClusters = total(metrics, FeedMetrics.STORY_CLUSTERS, committed);
    pairsVerified = total(metrics, FeedMetrics.PAIRS_VERIFIED, committed);
    copiesFound = total(metrics, FeedMetrics.COPIES_FOUND, committed);
    storiesCopied = total(metrics, FeedMetrics.STORIES_COPIED, committed);
    merges = total(metrics, FeedMetrics.MERGES, committed);
    storyMerges = total(metrics, FeedMetrics.STORY_MERGES, committed);
    String reasonPrefix = FeedMetrics.DEAD_LETTERS + "_";
    for (MetricResult<Long> counter : metrics.getCounters()) {
      String name = counter.getName().getName();
      if (name.startsWith(reasonPrefix)) {
        deadLettersByReason.merge(name.substring(reasonPrefix.length()), value(counter, committed),
            Long::sum);
      }
    }
    DistributionResult latencySoFar = null;
    for (MetricResult<DistributionResult> distribution : metrics.getDistributions()) {
      String name = distribution.getName().getName();
      if (name.equals(FeedMetrics.INGEST_TO_EMIT_MS)) {
        latencySoFar = value(distribution, committed);
      } else if (name.endsWith(FeedMetrics.HELD_SUFFIX)) {
        stateSizes.merge(name.substring(0, name.length() - FeedMetrics.HELD_SUFFIX.length())
            + "_peak", value(distribution, committed).getMax(), Math::max);
      }
    }
    latency = latencySoFar;
    for (MetricResult<GaugeResult> gauge : metrics.getGauges()) {
      String name = gauge.getName().getName();
      if (name.startsWith(FeedMetrics.IDS_REMEMBERED + "_")) {
        name = FeedMetrics.IDS_REMEMBERED;
      }
      stateSizes.merge(name, value(gauge, committed).getValue(), Long::sum);
    }
  }

  /** The final figures of a finished run. */
  static RunSummary finished(PipelineResult result) {
    return new RunSummary(result, true);
  }

  /** The figures so far of a running job. */
  static RunSummary sofar(PipelineResult result) {
    return new RunSummary(result, false);
  }

  /** Copies found per story accepted: how much of the feed is repeated copy (0 with no stories). */
  double duplicateRate() {
    return accepted == 0 ? 0 : (double) storiesCopied / accepted;
  }

  private static long total(MetricQueryResults metrics, String name, boolean committed) {
    long sum = 0;
    for (MetricResult<Long> counter : metrics.getCounters()) {
      if (counter.getName().getName().equals(name)) {
        sum += value(counter, committed);
      }
    }
    return sum;
  }

  private static <T> T value(MetricResult<T> metric, boolean committed) {
    if (!committed) {
      return metric.getAttempted();
    }
    try {
      return metric.getCommitted();
    } catch (UnsupportedOperationException runnerHasNoCommittedMetrics) {
      return metric.getAttempted();
    }
  }

  String render(String output) {
    return String.format(
        "stories read:    %,d%n"
            + "accepted:        %,d%n"
            + "dead-lettered:   %,d%n"
            + "superseded:      %,d%n"
            + "copy clusters:   %,d%n"
            + "story clusters:  %,d%n"
            + "pairs verified:  %,d (copies %,d, cluster merges %,d)%n"
            + "output:          %s%n",
        read, accepted, deadLettered, superseded, copyClusters, storyClusters, pairsVerified,
        copiesFound, merges, output);
  }
}
