package org.copydesk.pipeline;

import org.apache.beam.sdk.PipelineResult;
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
  final long merges;

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
    merges = total(metrics, FeedMetrics.MERGES, committed);
  }

  /** The final figures of a finished run. */
  static RunSummary finished(PipelineResult result) {
    return new RunSummary(result, true);
  }

  /** The figures so far of a running job. */
  static RunSummary sofar(PipelineResult result) {
    return new RunSummary(result, false);
  }

  private static long total(MetricQueryResults metrics, String name, boolean committed) {
    long sum = 0;
    for (MetricResult<Long> counter : metrics.getCounters()) {
      if (counter.getName().getName().equals(name)) {
        sum += committed ? committedOrAttempted(counter) : counter.getAttempted();
      }
    }
    return sum;
  }

  private static long committedOrAttempted(MetricResult<Long> counter) {
    try {
      return counter.getCommitted();
    } catch (UnsupportedOperationException runnerHasNoCommittedMetrics) {
      return counter.getAttempted();
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
