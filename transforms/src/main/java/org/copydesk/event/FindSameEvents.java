package org.copydesk.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.ByteArrayCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.state.MapState;
import org.apache.beam.sdk.state.StateSpec;
import org.apache.beam.sdk.state.StateSpecs;
import org.apache.beam.sdk.state.TimeDomain;
import org.apache.beam.sdk.state.Timer;
import org.apache.beam.sdk.state.TimerSpec;
import org.apache.beam.sdk.state.TimerSpecs;
import org.apache.beam.sdk.state.ValueState;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.copydesk.fingerprint.StoryPrint;
import org.copydesk.monitor.FeedMetrics;
import org.copydesk.state.CompactBytes;
import org.copydesk.state.Sweep;
import org.copydesk.story.SchemaCoders;
import org.copydesk.story.Story;
import org.copydesk.verify.VerifiedPair;
import org.joda.time.Duration;
import org.joda.time.Instant;

/**
 * The story tier's candidates and verify stages: pairs of stories that report the same event,
 * found through {@link EventKeys} (pairs of a story's rarest names and figures) within a horizon
 * and decided by {@link EventVerifier}, with the evidence (shared names, figures, quotes) as the
 * pair's passages. The rarity of a name or figure comes from {@link TermStats} learned from the
 * feed itself: each story is judged with the statistics of the stories before it, then counted.
 *
 * <p>One keyed state, as in the copy tier's index: the statistics are global, and meetings are
 * counted where the keys are. The statistics are kept in the running instance and written to state
 * every {@value #STATS_CHECKPOINT} stories (a restart resumes from there), because writing a table
 * of 65,536 terms back to state per story would cost more than the stage itself. Memory: the
 * statistics (about 1 MB), and per story within the horizon its keys (at most 15) and its digest
 * (at most 13.6 KB, typically 4–5 KB). A key remembers at most {@value #MAX_KEY_STORIES} stories: a
 * pair of facts that many stories share within the horizon is no longer rare, and a fuller key drops
 * the half of its stories that came first (counted in {@code event_key_evictions}).
 */
public final class FindSameEvents extends PTransform<PCollection<StoryPrint>, PCollection<VerifiedPair>> {
  private static final int INDEX = 0;
  static final int STATS_CHECKPOINT = 1000;
  static final int MAX_KEY_STORIES = 256;

  private final Duration horizon;
  private final int minSharedKeys;

  private FindSameEvents(Duration horizon, int minSharedKeys) {
    this.horizon = horizon;
    this.minSharedKeys = minSharedKeys;
  }

  /**
   * Stories within {@code horizon} of each other sharing at least {@code minSharedKeys} event keys
   * are verified. The verifier's own time window (36 h) applies too.
   */
  public static FindSameEvents within(Duration horizon, int minSharedKeys) {
    return new FindSameEvents(horizon, minSharedKeys);
  }

  /** The defaults measured on the project's corpus: 36 hours, one shared key (two rare facts). */
  public static FindSameEvents withDefaults() {
    return within(Duration.millis(EventVerifier.DEFAULT_WINDOW_MILLIS), 1);
  }

  @Override
  public PCollection<VerifiedPair> expand(PCollection<StoryPrint> prints) {
    return prints
        .apply("EventDigests", ParDo.of(new DigestFn()))
        .setCoder(KvCoder.of(VarIntCoder.of(), KvCoder.of(StringUtf8Coder.of(),
            KvCoder.of(VarLongCoder.of(), ByteArrayCoder.of()))))
        .apply("SameEvents", ParDo.of(new IndexFn(horizon, minSharedKeys)))
        .setCoder(SchemaCoders.of(prints.getPipeline(), VerifiedPair.class));
  }

  /** Per story, in parallel: its event digest, with its id and time. */
  private static final class DigestFn
      extends DoFn<StoryPrint, KV<Integer, KV<String, KV<Long, byte[]>>>> {
    @ProcessElement
    public void process(@Element StoryPrint print,
        OutputReceiver<KV<Integer, KV<String, KV<Long, byte[]>>>> out) {
      Story story = print.story();
      EventDigest digest =
          EventDigest.of(story.getHeadline(), story.getParagraphs(), story.getPublishedMillis());
      out.output(KV.of(INDEX, KV.of(print.id(), KV.of(print.eventMillis(), CompactBytes.of(digest::writeTo)))));
    }
  }

  private static final class IndexFn
      extends DoFn<KV<Integer, KV<String, KV<Long, byte[]>>>, VerifiedPair> {
    @StateId("keys")
    private final StateSpec<MapState<Long, List<String>>> keysSpec =
        StateSpecs.map(VarLongCoder.of(), ListCoder.of(StringUtf8Coder.of()));

    @StateId("digests")
    private final StateSpec<MapState<String, byte[]>> digestsSpec =
        StateSpecs.map(StringUtf8Coder.of(), ByteArrayCoder.of());

    @StateId("expiries")
    private final StateSpec<MapState<String, Long>> expiriesSpec =
        StateSpecs.map(StringUtf8Coder.of(), VarLongCoder.of());

    @StateId("stats")
    private final StateSpec<ValueState<byte[]>> statsSpec = StateSpecs.value(ByteArrayCoder.of());

    @StateId("sweepAt")
    private final StateSpec<ValueState<Long>> sweepAtSpec = StateSpecs.value(VarLongCoder.of());

    @TimerId("sweep")
    private final TimerSpec sweepSpec = TimerSpecs.timer(TimeDomain.EVENT_TIME);

    private final Counter verified = FeedMetrics.counter(FeedMetrics.EVENT_PAIRS_VERIFIED);
    private final Counter sameEvents = FeedMetrics.counter(FeedMetrics.SAME_EVENTS_FOUND);
    private final Counter keyEvictions = FeedMetrics.counter(FeedMetrics.EVENT_KEY_EVICTIONS);
    private final Duration horizon;
    private final int minSharedKeys;
    private transient EventVerifier verifier;
    private transient TermStats stats;
    private transient int sinceCheckpoint;

    IndexFn(Duration horizon, int minSharedKeys) {
      this.horizon = horizon;
      this.minSharedKeys = minSharedKeys;
    }

    @Setup
    public void setup() {
      verifier = new EventVerifier();
    }

    @ProcessElement
    public void process(
        @Element KV<Integer, KV<String, KV<Long, byte[]>>> element,
        @Timestamp Instant timestamp,
        @StateId("keys") MapState<Long, List<String>> keyIndex,
        @StateId("digests") MapState<String, byte[]> digests,
        @StateId("expiries") MapState<String, Long> expiries,
        @StateId("stats") ValueState<byte[]> statsState,
        @StateId("sweepAt") ValueState<Long> sweepAt,
        @TimerId("sweep") Timer sweep,
        OutputReceiver<VerifiedPair> out) {
      if (stats == null) {
        byte[] saved = statsState.read();
        stats = saved == null ? new TermStats() : CompactBytes.read(saved, TermStats::readFrom, "term statistics");
      }
      String id = element.getValue().getKey();
      long eventMillis = element.getValue().getValue().getKey();
      byte[] bytes = element.getValue().getValue().getValue();
      EventDigest digest = CompactBytes.read(bytes, EventDigest::readFrom, "an event digest");
      long[] keys = EventKeys.of(digest, stats);

      Map<String, Integer> meetings = new TreeMap<>(); // judged in id order, whatever arrives
      List<List<String>> buckets = new ArrayList<>(keys.length);
      for (long key : keys) {
        List<String> bucket = keyIndex.get(key).read();
        buckets.add(bucket);
        for (String other : bucket == null ? List.<String>of() : bucket) {
          if (!other.equals(id)) {
            meetings.merge(other, 1, Integer::sum);
          }
        }
      }
      for (Map.Entry<String, Integer> met : meetings.entrySet()) {
        byte[] otherBytes = met.getValue() >= minSharedKeys ? digests.get(met.getKey()).read() : null;
        Long otherExpiry = otherBytes == null ? null : expiries.get(met.getKey()).read();
        if (otherBytes == null || otherExpiry == null) {
          continue;
        }
        long otherMillis = otherExpiry - horizon.getMillis();
        EventDigest other = CompactBytes.read(otherBytes, EventDigest::readFrom, "an event digest");
        boolean dated = digest.publishedMillis() != null && other.publishedMillis() != null;
        if (dated && Math.abs(otherMillis - eventMillis) > horizon.getMillis()) {
          continue;
        }
        EventVerdict verdict = verifier.verify(other, digest, stats);
        verified.inc();
        if (verdict.sameEvent()) {
          sameEvents.inc();
          boolean newer = eventMillis > otherMillis
              || (eventMillis == otherMillis && id.compareTo(met.getKey()) > 0);
          out.output(newer
              ? pair(id, eventMillis, met.getKey(), otherMillis, verdict)
              : pair(met.getKey(), otherMillis, id, eventMillis, verdict));
        }
      }
      for (int i = 0; i < keys.length; i++) {
        List<String> bucket = remember(buckets.get(i), id);
        if (buckets.get(i) != null && bucket.size() < buckets.get(i).size()) {
          keyEvictions.inc();
        }
        keyIndex.put(keys[i], bucket);
      }
      long expiry = eventMillis + horizon.getMillis();
      digests.put(id, bytes);
      expiries.put(id, expiry);
      stats.observe(digest);
      if (++sinceCheckpoint >= STATS_CHECKPOINT) {
        statsState.write(CompactBytes.of(stats::writeTo));
        sinceCheckpoint = 0;
      }
      Sweep.atOrBefore(expiry, timestamp.getMillis(), sweepAt, sweep);
    }

    @OnTimer("sweep")
    public void sweep(
        OnTimerContext context,
        @StateId("keys") MapState<Long, List<String>> keyIndex,
        @StateId("digests") MapState<String, byte[]> digests,
        @StateId("expiries") MapState<String, Long> expiries,
        @StateId("sweepAt") ValueState<Long> sweepAt,
        @TimerId("sweep") Timer sweep) {
      long now = context.fireTimestamp().getMillis();
      List<String> expired = new ArrayList<>();
      long earliest = Sweep.expire(expiries, now, id -> {
        digests.remove(id);
        expired.add(id);
      });
      if (!expired.isEmpty()) {
        List<Long> keys = new ArrayList<>();
        keyIndex.keys().read().forEach(keys::add);
        Set<String> gone = new HashSet<>(expired);
        for (Long key : keys) {
          List<String> live = new ArrayList<>(keyIndex.get(key).read());
          live.removeAll(gone);
          if (live.isEmpty()) {
            keyIndex.remove(key);
          } else {
            keyIndex.put(key, live);
          }
        }
      }
      Sweep.next(earliest, now, horizon.getMillis() / 8, sweepAt, sweep);
    }
  }

  /**
   * A key's stories with {@code id} added, in arrival order; a key that would hold more than
   * {@value #MAX_KEY_STORIES} keeps the half that came last.
   */
  static List<String> remember(@Nullable List<String> stories, String id) {
    List<String> bucket = new ArrayList<>(stories == null ? List.of() : stories);
    if (!bucket.contains(id)) {
      bucket.add(id);
    }
    if (bucket.size() > MAX_KEY_STORIES) {
      return new ArrayList<>(bucket.subList(bucket.size() - MAX_KEY_STORIES / 2, bucket.size()));
    }
    return bucket;
  }

  private static VerifiedPair pair(String newerId, long newerMillis, String olderId,
      long olderMillis, EventVerdict verdict) {
    List<String> evidence = new ArrayList<>();
    evidence.addAll(verdict.sharedNames());
    evidence.addAll(verdict.sharedFigures());
    evidence.addAll(verdict.sharedQuotes());
    return VerifiedPair.create(newerId, newerMillis, olderId, olderMillis, verdict.score(),
        verdict.reason(), evidence);
  }
}
