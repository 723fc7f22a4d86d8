package org.copydesk.candidates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.ListCoder;
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
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.copydesk.fingerprint.StoryPrint;
import org.copydesk.monitor.FeedMetrics;
import org.copydesk.state.Sweep;
import org.copydesk.story.SchemaCoders;
import org.joda.time.Duration;
import org.joda.time.Instant;

/**
 * The candidates stage: an LSH index in keyed state. Each bucket (band key) remembers the stories
 * that fell into it within the event-time horizon; a newcomer is paired with the stories it meets
 * in at least {@code minSharedBands} of its buckets. Requiring two meetings rather than one cuts
 * chance candidates (Jaccard 0.1: from 27% to 4% with 32 bands of 2 rows) while copies share many
 * (the seeds' AFP and China Daily share 11 of 36).
 *
 * <p>Meetings are counted where the buckets are, so the index is one keyed state: pairs are emitted
 * only once counted, not once per shared bucket (on a 20,000-story corpus, millions of bucket
 * meetings make a few tens of thousands of pairs). Memory is bounded: a bucket keeps at most {@code
 * maxBucketSize} stories (a hot bucket, such as one made by a shared boilerplate run, drops its
 * oldest half when full, counted in {@code bucket_evictions}), each as an id, a time and a flag
 * (≈ 60 bytes with the state's overhead) in each of its buckets, and stories past the horizon are
 * swept by an event-time timer.
 */
public final class FindCandidates extends PTransform<PCollection<StoryPrint>, PCollection<CandidatePair>> {
  private static final int INDEX = 0;

  private final Duration horizon;
  private final int maxBucketSize;
  private final int minSharedBands;

  private FindCandidates(Duration horizon, int maxBucketSize, int minSharedBands) {
    this.horizon = horizon;
    this.maxBucketSize = maxBucketSize;
    this.minSharedBands = minSharedBands;
  }

  /**
   * Pairs stories within {@code horizon} of each other that share at least {@code minSharedBands}
   * LSH buckets; a bucket remembers at most {@code maxBucketSize} stories.
   */
  public static FindCandidates within(Duration horizon, int maxBucketSize, int minSharedBands) {
    return new FindCandidates(horizon, maxBucketSize, minSharedBands);
  }

  @Override
  public PCollection<CandidatePair> expand(PCollection<StoryPrint> prints) {
    Coder<BucketEntry> entryCoder = SchemaCoders.of(prints.getPipeline(), BucketEntry.class);
    return prints
        .apply("IntoIndex", ParDo.of(new IntoIndexFn()))
        .setCoder(KvCoder.of(VarIntCoder.of(),
            KvCoder.of(entryCoder, ListCoder.of(VarLongCoder.of()))))
        .apply("PairInIndex", ParDo.of(new IndexFn(entryCoder, horizon, maxBucketSize, minSharedBands)))
        .setCoder(SchemaCoders.of(prints.getPipeline(), CandidatePair.class));
  }

  /** A story as the index sees it: where it stands in time, and its band keys. */
  private static final class IntoIndexFn
      extends DoFn<StoryPrint, KV<Integer, KV<BucketEntry, List<Long>>>> {
    @ProcessElement
    public void process(@Element StoryPrint print,
        OutputReceiver<KV<Integer, KV<BucketEntry, List<Long>>>> out) {
      BucketEntry entry = BucketEntry.of(print.id(), print.eventMillis(),
          print.story().getPublishedMillis() != null);
      List<Long> keys = new ArrayList<>(print.bandKeys().length);
      for (long key : print.bandKeys()) {
        keys.add(key);
      }
      out.output(KV.of(INDEX, KV.of(entry, keys)));
    }
  }

  private static final class IndexFn
      extends DoFn<KV<Integer, KV<BucketEntry, List<Long>>>, CandidatePair> {
    @StateId("buckets")
    private final StateSpec<MapState<Long, List<BucketEntry>>> bucketsSpec;

    @StateId("sweepAt")
    private final StateSpec<ValueState<Long>> sweepAtSpec = StateSpecs.value(VarLongCoder.of());

    @TimerId("sweep")
    private final TimerSpec sweepSpec = TimerSpecs.timer(TimeDomain.EVENT_TIME);

    private final Counter candidates = FeedMetrics.counter(FeedMetrics.CANDIDATE_PAIRS);
    private final Counter evictions = FeedMetrics.counter(FeedMetrics.BUCKET_EVICTIONS);
    private final Distribution bucketSize = FeedMetrics.distribution(FeedMetrics.BUCKET_SIZE);
    private final Duration horizon;
    private final int maxBucketSize;
    private final int minSharedBands;

    IndexFn(Coder<BucketEntry> entryCoder, Duration horizon, int maxBucketSize, int minSharedBands) {
      this.bucketsSpec = StateSpecs.map(VarLongCoder.of(), ListCoder.of(entryCoder));
      this.horizon = horizon;
      this.maxBucketSize = maxBucketSize;
      this.minSharedBands = minSharedBands;
    }

    @ProcessElement
    public void process(
        @Element KV<Integer, KV<BucketEntry, List<Long>>> element,
        @Timestamp Instant timestamp,
        @StateId("buckets") MapState<Long, List<BucketEntry>> buckets,
        @StateId("sweepAt") ValueState<Long> sweepAt,
        @TimerId("sweep") Timer sweep,
        OutputReceiver<CandidatePair> out) {
      BucketEntry entry = element.getValue().getKey();
      Map<String, Integer> meetings = new HashMap<>();
      Map<String, BucketEntry> met = new HashMap<>();
      for (long bandKey : element.getValue().getValue()) {
        List<BucketEntry> remembered = buckets.get(bandKey).read();
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
      meetings.forEach((id, count) -> {
        if (count >= minSharedBands) {
          BucketEntry other = met.get(id);
          candidates.inc();
          out.output(CandidatePair.of(entry.getId(), entry.getEventMillis(), other.getId(),
              other.getEventMillis()));
        }
      });
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
}
