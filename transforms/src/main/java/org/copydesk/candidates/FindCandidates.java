package org.copydesk.candidates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Distribution;
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
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.copydesk.fingerprint.StoryPrint;
import org.copydesk.monitor.FeedMetrics;
import org.copydesk.state.Shards;
import org.copydesk.state.Sweep;
import org.copydesk.story.SchemaCoders;
import org.joda.time.Duration;
import org.joda.time.Instant;

/**
 * The candidates stage. Keyed by LSH band key (state kept per {@link Shards shard} of band keys),
 * each bucket remembers the stories that fell into it
 * within the event-time horizon and pairs every newcomer with them. Memory is bounded: a bucket
 * keeps at most {@code maxBucketSize} stories (a hot bucket, such as one made by a shared
 * boilerplate run, drops its oldest half when full, counted in {@code bucket_evictions}), each as
 * an id and a time (≈ 60 bytes with the state's overhead), and stories past the horizon are expired
 * by an event-time timer. A second step counts in how many buckets two stories met and passes the pair once, when they have met in {@code minSharedBands}: requiring
 * two bands rather than one cuts chance candidates (Jaccard 0.1: from 27% to 4% with 32 bands of
 * 2 rows) while copies share many (the seeds' AFP and China Daily share 11 of 36).
 */
public final class FindCandidates extends PTransform<PCollection<StoryPrint>, PCollection<CandidatePair>> {
  private final Duration horizon;
  private final int maxBucketSize;
  private final int minSharedBands;
  private final int shards;

  private FindCandidates(Duration horizon, int maxBucketSize, int minSharedBands, int shards) {
    this.horizon = horizon;
    this.maxBucketSize = maxBucketSize;
    this.minSharedBands = minSharedBands;
    this.shards = shards;
  }

  /**
   * Pairs stories within {@code horizon} of each other that share at least {@code minSharedBands}
   * LSH buckets; a bucket remembers at most {@code maxBucketSize} stories.
   */
  public static FindCandidates within(Duration horizon, int maxBucketSize, int minSharedBands) {
    return new FindCandidates(horizon, maxBucketSize, minSharedBands, Shards.DEFAULT);
  }

  @Override
  public PCollection<CandidatePair> expand(PCollection<StoryPrint> prints) {
    Coder<BucketEntry> entryCoder = SchemaCoders.of(prints.getPipeline(), BucketEntry.class);
    Coder<CandidatePair> pairCoder = SchemaCoders.of(prints.getPipeline(), CandidatePair.class);
    int shardCount = shards;
    return prints
        .apply("IntoBuckets", ParDo.of(new IntoBucketsFn(shards)))
        .setCoder(KvCoder.of(VarIntCoder.of(), KvCoder.of(VarLongCoder.of(), entryCoder)))
        .apply("PairWithinBucket", ParDo.of(new BucketFn(entryCoder, horizon, maxBucketSize)))
        .setCoder(pairCoder)
        .apply("ShardByNewer", WithKeys.of((CandidatePair p) -> Shards.of(p.getNewerId(), shardCount))
            .withKeyType(TypeDescriptors.integers()))
        .setCoder(KvCoder.of(VarIntCoder.of(), pairCoder))
        .apply("CountMeetings", ParDo.of(new CountMeetingsFn(horizon, minSharedBands)));
  }

  /** One element per band key: (shard, (band key, story)). */
  private static final class IntoBucketsFn
      extends DoFn<StoryPrint, KV<Integer, KV<Long, BucketEntry>>> {
    private final int shards;

    IntoBucketsFn(int shards) {
      this.shards = shards;
    }

    @ProcessElement
    public void process(@Element StoryPrint print,
        OutputReceiver<KV<Integer, KV<Long, BucketEntry>>> out) {
      BucketEntry entry = BucketEntry.of(print.id(), print.eventMillis(),
          print.story().getPublishedMillis() != null);
      for (long key : print.bandKeys()) {
        out.output(KV.of(Shards.of(key, shards), KV.of(key, entry)));
      }
    }
  }

  private static final class BucketFn extends DoFn<KV<Integer, KV<Long, BucketEntry>>, CandidatePair> {
    @StateId("buckets")
    private final StateSpec<MapState<Long, List<BucketEntry>>> bucketsSpec;

    @StateId("sweepAt")
    private final StateSpec<ValueState<Long>> sweepAtSpec = StateSpecs.value(VarLongCoder.of());

    @TimerId("sweep")
    private final TimerSpec sweepSpec = TimerSpecs.timer(TimeDomain.EVENT_TIME);

    private final Counter evictions = FeedMetrics.counter(FeedMetrics.BUCKET_EVICTIONS);
    private final Distribution bucketSize = FeedMetrics.distribution(FeedMetrics.BUCKET_SIZE);
    private final Duration horizon;
    private final int maxBucketSize;

    BucketFn(Coder<BucketEntry> entryCoder, Duration horizon, int maxBucketSize) {
      this.bucketsSpec = StateSpecs.map(VarLongCoder.of(), ListCoder.of(entryCoder));
      this.horizon = horizon;
      this.maxBucketSize = maxBucketSize;
    }

    @ProcessElement
    public void process(
        @Element KV<Integer, KV<Long, BucketEntry>> element,
        @Timestamp Instant timestamp,
        @StateId("buckets") MapState<Long, List<BucketEntry>> buckets,
        @StateId("sweepAt") ValueState<Long> sweepAt,
        @TimerId("sweep") Timer sweep,
        OutputReceiver<CandidatePair> out) {
      long bandKey = element.getValue().getKey();
      BucketEntry entry = element.getValue().getValue();
      List<BucketEntry> remembered = buckets.get(bandKey).read();
      List<BucketEntry> bucket = new ArrayList<>(remembered == null ? List.of() : remembered);
      for (BucketEntry other : bucket) {
        if (!other.getId().equals(entry.getId())
            && other.withinHorizonOf(entry, horizon.getMillis())) {
          out.output(CandidatePair.of(entry.getId(), entry.getEventMillis(), other.getId(),
              other.getEventMillis()));
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
      Sweep.atOrBefore(entry.getEventMillis() + horizon.getMillis(), timestamp.getMillis(), sweepAt,
          sweep);
    }

    @OnTimer("sweep")
    public void sweep(
        OnTimerContext context,
        @StateId("buckets") MapState<Long, List<BucketEntry>> buckets,
        @StateId("sweepAt") ValueState<Long> sweepAt,
        @TimerId("sweep") Timer sweep) {
      long now = context.fireTimestamp().getMillis();
      long earliest = Long.MAX_VALUE;
      List<Long> keys = new ArrayList<>();
      buckets.keys().read().forEach(keys::add);
      for (Long key : keys) {
        List<BucketEntry> live = new ArrayList<>();
        for (BucketEntry entry : buckets.get(key).read()) {
          long expiry = entry.getEventMillis() + horizon.getMillis();
          if (expiry > now) {
            live.add(entry);
            earliest = Math.min(earliest, expiry);
          }
        }
        if (live.isEmpty()) {
          buckets.remove(key);
        } else {
          buckets.put(key, live);
        }
      }
      Sweep.next(earliest, now, horizon.getMillis() / 8, sweepAt, sweep);
    }
  }

  /**
   * Passes each pair once, when it has met in {@code minSharedBands} buckets: meetings are counted
   * per pair until the newer story's horizon has passed.
   */
  private static final class CountMeetingsFn extends DoFn<KV<Integer, CandidatePair>, CandidatePair> {
    @StateId("meetings")
    private final StateSpec<MapState<String, Integer>> meetingsSpec =
        StateSpecs.map(StringUtf8Coder.of(), VarIntCoder.of());

    @StateId("expiries")
    private final StateSpec<MapState<String, Long>> expiriesSpec =
        StateSpecs.map(StringUtf8Coder.of(), VarLongCoder.of());

    @StateId("sweepAt")
    private final StateSpec<ValueState<Long>> sweepAtSpec = StateSpecs.value(VarLongCoder.of());

    @TimerId("sweep")
    private final TimerSpec sweepSpec = TimerSpecs.timer(TimeDomain.EVENT_TIME);

    private final Counter candidates = FeedMetrics.counter(FeedMetrics.CANDIDATE_PAIRS);
    private final Duration horizon;
    private final int minSharedBands;

    CountMeetingsFn(Duration horizon, int minSharedBands) {
      this.horizon = horizon;
      this.minSharedBands = minSharedBands;
    }

    @ProcessElement
    public void process(
        @Element KV<Integer, CandidatePair> element,
        @Timestamp Instant timestamp,
        @StateId("meetings") MapState<String, Integer> meetings,
        @StateId("expiries") MapState<String, Long> expiries,
        @StateId("sweepAt") ValueState<Long> sweepAt,
        @TimerId("sweep") Timer sweep,
        OutputReceiver<CandidatePair> out) {
      CandidatePair pair = element.getValue();
      String key = pair.key();
      Integer before = meetings.get(key).read();
      int count = before == null ? 1 : before + 1;
      meetings.put(key, count);
      if (before == null) {
        long expiry = pair.getNewerMillis() + horizon.getMillis();
        expiries.put(key, expiry);
        Sweep.atOrBefore(expiry, timestamp.getMillis(), sweepAt, sweep);
      }
      if (count == minSharedBands) {
        candidates.inc();
        out.output(pair);
      }
    }

    @OnTimer("sweep")
    public void sweep(
        OnTimerContext context,
        @StateId("meetings") MapState<String, Integer> meetings,
        @StateId("expiries") MapState<String, Long> expiries,
        @StateId("sweepAt") ValueState<Long> sweepAt,
        @TimerId("sweep") Timer sweep) {
      long now = context.fireTimestamp().getMillis();
      long earliest = Sweep.expire(expiries, now, meetings::remove);
      Sweep.next(earliest, now, horizon.getMillis() / 8, sweepAt, sweep);
    }
  }
}
