package org.copydesk.monitor;

import org.apache.beam.sdk.metrics.Counter;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.beam.sdk.metrics.Distribution;
import org.apache.beam.sdk.metrics.Gauge;
import org.apache.beam.sdk.metrics.Metrics;

/**
 * The names of the metrics every stage reports, in one namespace, for the summary and monitors.
 * The README's "Feed monitoring" lists them all; a name is added here, never spelled in a stage.
 */
public final class FeedMetrics {
  public static final String NAMESPACE = "copydesk";

  /** Stories parsed, per source: {@code stories_in_<source>} ({@link #storiesIn}). */
  public static final String STORIES_IN = "stories_in";
  /** Most distinct sources one worker names in {@link #STORIES_IN}; the rest count as other. */
  public static final int MAX_SOURCES = 200;
  public static final String OTHER_SOURCE = "other";
  public static final String UNKNOWN_SOURCE = "unknown";

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
  /**
   * Stories in copy clusters beyond each cluster's first (stories less copy clusters), counted as
   * clusters join: once per story however many pairs it is in, and whatever their order.
   */
  public static final String STORIES_COPIED = "stories_copied";
  public static final String MERGES = "cluster_merges";
  public static final String STORY_MERGES = "story_cluster_merges";
  public static final String EVENT_PAIRS_VERIFIED = "event_pairs_verified";
  public static final String SAME_EVENTS_FOUND = "same_events_found";
  public static final String EVENT_KEY_EVICTIONS = "event_key_evictions";
  public static final String CLUSTER_SIZE = "cluster_size";
  /** Ms from a story's receipt to the emission of the cluster update that first shows it. */
  public static final String INGEST_TO_EMIT_MS = "ingest_to_emit_ms";
  /** Gauges of live state: how much each stateful stage holds right now. */
  public static final String INDEX_STORIES = "index_stories";
  public static final String INDEX_BUCKETS = "index_buckets";
  public static final String CONSOLIDATE_STORIES = "consolidate_stories";
  public static final String ASSIGN_STORIES = "assign_stories";
  /** Distributions of those gauges' values as they change, named {@code <gauge>_held}: the peak. */
  public static final String HELD_SUFFIX = "_held";
  /** Per shard of the versions stage's state: {@code ids_remembered_<shard>}; sum them. */
  public static final String IDS_REMEMBERED = "ids_remembered";

  private static final Set<String> SOURCES_SEEN = ConcurrentHashMap.newKeySet();

  private FeedMetrics() {}

  public static Counter counter(String name) {
    return Metrics.counter(NAMESPACE, name);
  }

  public static Distribution distribution(String name) {
    return Metrics.distribution(NAMESPACE, name);
  }

  public static Gauge gauge(String name) {
    return Metrics.gauge(NAMESPACE, name);
  }

  /**
   * Stories in from {@code source}. Sources come from the feed, and every name is a metric a
   * monitor keeps forever, so the set is bounded: names are lower-cased with every run of other
   * characters than letters and digits made one {@code _}, a missing source is {@code unknown},
   * and once a worker has named {@link #MAX_SOURCES} sources any new one counts as {@code other}.
   */
  public static Counter storiesIn(String source) {
    String name = source == null ? "" : source.toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{IsAlphabetic}\\p{IsDigit}]+", "_")
        .replaceAll("^_|_$", "");
    if (name.isEmpty()) {
      name = UNKNOWN_SOURCE;
    } else if (!SOURCES_SEEN.contains(name)) {
      if (SOURCES_SEEN.size() < MAX_SOURCES) {
        SOURCES_SEEN.add(name); // two threads may both add at the bound: a few over is harmless
      } else {
        name = OTHER_SOURCE;
      }
    }
    return Metrics.counter(NAMESPACE, STORIES_IN + "_" + name);
  }

  /**
   * Ids the versions stage remembers in state shard {@code shard}. A gauge keeps the last value
   * set, whichever key set it, so a stage keyed by shard reports one gauge per shard.
   */
  public static Gauge idsRemembered(int shard) {
    return Metrics.gauge(NAMESPACE, IDS_REMEMBERED + "_" + shard);
  }

  /** Dead letters per reason, beside the total. */
  public static Counter deadLetters(String reason) {
    return Metrics.counter(NAMESPACE, DEAD_LETTERS + "_" + reason);
  }
}
