package org.copydesk.monitor;

import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Distribution;
import org.apache.beam.sdk.metrics.Metrics;

/** The names of the metrics every stage reports, in one namespace, for the summary and monitors. */
public final class FeedMetrics {
  public static final String NAMESPACE = "copydesk";

  public static final String RECORDS_READ = "records_read";
  public static final String STORIES_ACCEPTED = "stories_accepted";
  public static final String DEAD_LETTERS = "dead_letters";
  public static final String SUPERSEDED = "superseded";
  public static final String COPY_CLUSTERS = "copy_clusters";
  public static final String STORY_CLUSTERS = "story_clusters";
  public static final String BOILERPLATE_PARAGRAPHS_REMOVED = "boilerplate_paragraphs_removed";
  public static final String CHROME_PARAGRAPHS_REMOVED = "chrome_paragraphs_removed";
  public static final String CANDIDATE_PAIRS = "candidate_pairs";
  public static final String BUCKET_EVICTIONS = "bucket_evictions";
  public static final String BUCKET_SIZE = "bucket_size";
  public static final String PAIRS_VERIFIED = "pairs_verified";
  public static final String COPIES_FOUND = "copies_found";
  public static final String MERGES = "cluster_merges";
  public static final String STORY_MERGES = "story_cluster_merges";
  public static final String EVENT_PAIRS_VERIFIED = "event_pairs_verified";
  public static final String SAME_EVENTS_FOUND = "same_events_found";
  public static final String CLUSTER_SIZE = "cluster_size";

  private FeedMetrics() {}

  public static Counter counter(String name) {
    return Metrics.counter(NAMESPACE, name);
  }

  public static Distribution distribution(String name) {
    return Metrics.distribution(NAMESPACE, name);
  }

  /** Dead letters per reason, beside the total. */
  public static Counter deadLetters(String reason) {
    return Metrics.counter(NAMESPACE, DEAD_LETTERS + "_" + reason);
  }
}
