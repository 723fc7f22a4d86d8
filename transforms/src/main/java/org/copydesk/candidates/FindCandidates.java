package org.copydesk.candidates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.ByteArrayCoder;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Distribution;
import org.apache.beam.sdk.metrics.Gauge;
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
import org.copydesk.state.LiveCount;
import org.copydesk.state.Sweep;
import org.copydesk.story.SchemaCoders;
import org.joda.time.Duration;
import org.joda.time.Instant;

/**
 * The candidates stage: an LSH index in keyed state. Each bucket (band key) remembers the stories
 * that fell into it within the event-time horizon; a newcomer is paired with the stories it meets
 * in at least {@code minSharedBands} of its buckets, and each pair is handed at once to a {@link
 * PairJudge} with both stories' digests (the verify stage's {@code CopyJudge}, or {@link
 * PairJudge#everyCandidate()} to see the candidates themselves). Requiring two meetings rather
 * than one cuts chance candidates (Jaccard 0.1: from 27% to 4% with 32 bands of 2 rows) while
 * copies share many (the seeds' AFP and China Daily share 11 of 36).
 *
 * <p>Meetings are counted where the buckets are, so the index is one keyed state: pairs are judged
 * only once counted, not once per shared bucket (on a 20,000-story corpus, millions of bucket
 * meetings make a million pairs). Memory is bounded: a bucket keeps at most {@code maxBucketSize}
 * stories (a hot bucket, such as one made by a shared boilerplate run, drops its oldest half when
 * full, counted in {@code bucket_evictions}), each as an id, a time and a flag (≈ 60 bytes with
 * the state's overhead) in each of its buckets, plus one digest per story (a few KB); stories past
 * the horizon are swept by an event-time timer.
 */
public final class FindCandidates<T> extends PTransform<PCollection<StoryPrint>, PCollection<T>> {
  private static final int INDEX = 0;

  private final Duration horizon;
  private final int maxBucketSize;
  private final int minSharedBands;
  private final PairJudge<T> judge;
  private final @Nullable Coder<T> outputCoder;

  private FindCandidates(Duration horizon, int maxBucketSize, int minSharedBands,
      PairJudge<T> judge, @Nullable Coder<T> outputCoder) {
    this.horizon = horizon;
    this.maxBucketSize = maxBucketSize;
    this.minSharedBands = minSharedBands;
    this.judge = judge;
    this.outputCoder = outputCoder;
  }

  /**
   * Pairs stories within {@code horizon} of each other that share at least {@code minSharedBands}
   * LSH buckets; a bucket remembers at most {@code maxBucketSize} stories.
   */
  public static FindCandidates<CandidatePair> within(Duration horizon, int maxBucketSize,
      int minSharedBands) {
    return new FindCandidates<>(horizon, maxBucketSize, minSharedBands,
        PairJudge.everyCandidate(), null);
  }

  /** The same index, emitting what {@code judge} makes of each pair. */
  public <U> FindCandidates<U> judgedBy(PairJudge<U> judge, Coder<U> coder) {
    return new FindCandidates<>(horizon, maxBucketSize, minSharedBands, judge, coder);
  }

  @Override
  public PCollection<T> expand(PCollection<StoryPrint> prints) {
    Coder<IndexEntry> entryCoder = SchemaCoders.of(prints.getPipeline(), IndexEntry.class);
    Coder<BucketEntry> bucketCoder = SchemaCoders.of(prints.getPipeline(), BucketEntry.class);
    @SuppressWarnings("unchecked")
    Coder<T> coder = outputCoder != null ? outputCoder
        : (Coder<T>) SchemaCoders.of(prints.getPipeline(), CandidatePair.class);
    return prints
        .apply("IntoIndex", ParDo.of(new IntoIndexFn()))
        .setCoder(KvCoder.of(VarIntCoder.of(), entryCoder))
        .apply("PairInIndex", ParDo.of(
            new IndexFn<>(bucketCoder, horizon, maxBucketSize, minSharedBands, judge)))
        .setCoder(coder);
  }

  /** A story as the index sees it: where it stands in time, its band keys and its digest. */
  private static final class IntoIndexFn extends DoFn<StoryPrint, KV<Integer, IndexEntry>> {
    @ProcessElement
    public void process(@Element StoryPrint print, OutputReceiver<KV<Integer, IndexEntry>> out) {
      BucketEntry entry = BucketEntry.of(print.id(), print.eventMillis(),
          print.story().getPublishedMillis() != null);
      List<Long> keys = new ArrayList<>(print.bandKeys().length);
      for (long key : print.bandKeys()) {
        keys.add(key);
      }
      out.output(KV.of(INDEX, IndexEntry.of(entry, keys, print.digest())));
    }
  }

  private static final class IndexFn<T> extends DoFn<KV<Integer, IndexEntry>, T> {
    @StateId("buckets")
    private final StateSpec<MapState<Long, List<BucketEntry>>> bucketsSpec;

    @StateId("digests")
    private final StateSpec<MapState<String, byte[]>> digestsSpec =
        StateSpecs.map(StringUtf8Coder.of(), ByteArrayCoder.of());

    @StateId("expiries")
    private final StateSpec<MapState<String, Long>> expiriesSpec =
        StateSpecs.map(StringUtf8Coder.of(), VarLongCoder.of());

    @StateId("sweepAt")
    private final StateSpec<ValueState<Long>> sweepAtSpec = StateSpecs.value(VarLongCoder.of());

    @StateId("storyCount")
    private final StateSpec<ValueState<Long>> storyCountSpec = StateSpecs.value(VarLongCoder.of());

    @StateId("bucketCount")
    private final StateSpec<ValueState<Long>> bucketCountSpec = StateSpecs.value(VarLongCoder.of());

    @TimerId("sweep")
    private final TimerSpec sweepSpec = TimerSpecs.timer(TimeDomain.EVENT_TIME);

    private final Gauge indexStories = FeedMetrics.gauge(FeedMetrics.INDEX_STORIES);
    private final Distribution indexStoriesHeld =
        FeedMetrics.distribution(FeedMetrics.INDEX_STORIES + FeedMetrics.HELD_SUFFIX);
    private final Gauge indexBuckets = FeedMetrics.gauge(FeedMetrics.INDEX_BUCKETS);
    private final Counter candidates = FeedMetrics.counter(FeedMetrics.CANDIDATE_PAIRS);
    private final Counter evictions = FeedMetrics.counter(FeedMetrics.BUCKET_EVICTIONS);
    private final Distribution bucketSize = FeedMetrics.distribution(FeedMetrics.BUCKET_SIZE);
    private final Duration horizon;
    private final int maxBucketSize;
    private final int minSharedBands;
    private final PairJudge<T> judge;

    IndexFn(Coder<BucketEntry> bucketCoder, Duration horizon, int maxBucketSize,
        int minSharedBands, PairJudge<T> judge) {
      this.bucketsSpec = StateSpecs.map(VarLongCoder.of(), ListCoder.of(bucketCoder));
      this.horizon = horizon;
      this.maxBucketSize = maxBucketSize;
      this.minSharedBands = minSharedBands;
      this.judge = judge;
    }

    @ProcessElement
    public void process(
        @Element KV<Integer, IndexEntry> element,
        @Timestamp Instant timestamp,
        @StateId("buckets") MapState<Long, List<BucketEntry>> buckets,
        @StateId("digests") MapState<String, byte[]> digests,
        @StateId("expiries") MapState<String, Long> expiries,
        @StateId("sweepAt") ValueState<Long> sweepAt,
        @StateId("storyCount") ValueState<Long> storyCount,
        @StateId("bucketCount") ValueState<Long> bucketCount,
        @TimerId("sweep") Timer sweep,
        OutputReceiver<T> out) {
      IndexEntry indexed = element.getValue();
      BucketEntry entry = indexed.getEntry();
      int newBuckets = 0;
      Map<String, Integer> meetings = new HashMap<>();
      Map<String, BucketEntry> met = new HashMap<>();
      for (long bandKey : indexed.getBandKeys()) {
        List<BucketEntry> remembered = buckets.get(bandKey).read();
        if (remembered == null) {
          newBuckets++;
        }
        List<BucketEntry> bucket = new ArrayList<>(remembered == null ? List.of() : remembered);
        for (BucketEntry other : bucket) {
          if (!other.getId().equals(entry.getId())
              && other.withinHorizonOf(entry, horizon.getMillis())) {
            meetings.merge(other.getId(), 1, Integer::sum);
            met.putIfAbsent(other.getId(), other);
          }
        }
        bucket.add(entry);
        if (bucket.size() > maxBucketSize) {
          bucket.sort(Comparator.comparingLong(BucketEntry::getEventMillis).reversed());
          bucket = new ArrayList<>(bucket.subList(0, maxBucketSize / 2));
          evictions.inc();
        }
        buckets.put(bandKey, bucket);
        bucketSize.update(bucket.size());
      }
      LiveCount.add(bucketCount, newBuckets, indexBuckets);
      // a newer version of a story the index holds replaces it
      LiveCount.add(storyCount, expiries.get(entry.getId()).read() == null ? 1 : 0, indexStories,
          indexStoriesHeld);
      digests.put(entry.getId(), indexed.getDigest());
      long expiry = entry.getEventMillis() + horizon.getMillis();
      expiries.put(entry.getId(), expiry);
      List<String> paired = new ArrayList<>();
      meetings.forEach((id, count) -> {
        if (count >= minSharedBands) {
          paired.add(id);
        }
      });
      paired.sort(null); // judged in a fixed order, whatever the hash map's
      for (String id : paired) {
        byte[] olderDigest = digests.get(id).read();
        if (olderDigest == null) {
          continue; // swept while its bucket entries wait for their own sweep
        }
        BucketEntry other = met.get(id);
        candidates.inc();
        T outcome = judge.judge(CandidatePair.of(entry.getId(), entry.getEventMillis(),
            other.getId(), other.getEventMillis()), indexed.getDigest(), olderDigest);
        if (outcome != null) {
          out.output(outcome);
        }
      }
      Sweep.atOrBefore(expiry, timestamp.getMillis(), sweepAt, sweep);
    }

    @OnTimer("sweep")
    public void sweep(
        OnTimerContext context,
        @StateId("buckets") MapState<Long, List<BucketEntry>> buckets,
        @StateId("digests") MapState<String, byte[]> digests,
        @StateId("expiries") MapState<String, Long> expiries,
        @StateId("sweepAt") ValueState<Long> sweepAt,
        @StateId("storyCount") ValueState<Long> storyCount,
        @StateId("bucketCount") ValueState<Long> bucketCount,
        @TimerId("sweep") Timer sweep) {
      long now = context.fireTimestamp().getMillis();
      int emptied = 0;
      List<Long> keys = new ArrayList<>();
      buckets.keys().read().forEach(keys::add);
      for (Long key : keys) {
        List<BucketEntry> live = new ArrayList<>();
        for (BucketEntry entry : buckets.get(key).read()) {
          if (entry.getEventMillis() + horizon.getMillis() > now) {
            live.add(entry);
          }
        }
        if (live.isEmpty()) {
          buckets.remove(key);
          emptied++;
        } else {
          buckets.put(key, live);
        }
      }
      LiveCount.add(bucketCount, -emptied, indexBuckets);
      List<String> forgotten = new ArrayList<>();
      long earliest = Sweep.expire(expiries, now, forgotten::add);
      forgotten.forEach(digests::remove);
      LiveCount.add(storyCount, -forgotten.size(), indexStories);
      Sweep.next(earliest, now, horizon.getMillis() / 8, sweepAt, sweep);
    }
  }
}
