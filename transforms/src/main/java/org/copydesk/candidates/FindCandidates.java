package org.copydesk.candidates;

import org.copydesk.story.SchemaCoders;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.SetCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Distribution;
import org.apache.beam.sdk.state.BagState;
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
import org.joda.time.Duration;
import org.joda.time.Instant;

/**
 * The candidates stage. Keyed by LSH band key, each bucket remembers the stories that fell into it
 * within the event-time horizon and pairs every newcomer with them. Memory is bounded: a bucket
 * keeps at most {@code maxBucketSize} stories (a hot bucket, such as one made by a shared
 * boilerplate run, drops its oldest half when full, counted in {@code bucket_evictions}), each as
 * an id and a time (≈ 60 bytes with the state's overhead), and stories past the horizon are expired
 * by an event-time timer. Two stories that share several buckets are paired once: a second step,
 * keyed by the newer story, drops repeats.
 */
public final class FindCandidates extends PTransform<PCollection<StoryPrint>, PCollection<CandidatePair>> {
  private final Duration horizon;
  private final int maxBucketSize;

  private FindCandidates(Duration horizon, int maxBucketSize) {
    this.horizon = horizon;
    this.maxBucketSize = maxBucketSize;
  }

  public static FindCandidates within(Duration horizon, int maxBucketSize) {
    return new FindCandidates(horizon, maxBucketSize);
  }

  @Override
  public PCollection<CandidatePair> expand(PCollection<StoryPrint> prints) {
    Coder<BucketEntry> entryCoder = SchemaCoders.of(prints.getPipeline(), BucketEntry.class);
    return prints
        .apply("IntoBuckets", ParDo.of(new IntoBucketsFn()))
        .setCoder(KvCoder.of(VarLongCoder.of(), entryCoder))
        .apply("PairWithinBucket", ParDo.of(new BucketFn(entryCoder, horizon, maxBucketSize)))
        .apply("KeyByNewer", ParDo.of(new KeyByNewerFn()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(),
            SchemaCoders.of(prints.getPipeline(), CandidatePair.class)))
        .apply("DropRepeats", ParDo.of(new DropRepeatsFn(horizon)));
  }

  /** One element per band key: (band key, (id, event time)). */
  private static final class IntoBucketsFn extends DoFn<StoryPrint, KV<Long, BucketEntry>> {
    @ProcessElement
    public void process(@Element StoryPrint print, OutputReceiver<KV<Long, BucketEntry>> out) {
      BucketEntry entry = BucketEntry.of(print.id(), print.eventMillis(),
          print.story().getPublishedMillis() != null);
      for (long key : print.bandKeys()) {
        out.output(KV.of(key, entry));
      }
    }
  }

  private static final class BucketFn extends DoFn<KV<Long, BucketEntry>, CandidatePair> {
    @StateId("stories")
    private final StateSpec<BagState<BucketEntry>> storiesSpec;

    @StateId("size")
    private final StateSpec<ValueState<Integer>> sizeSpec = StateSpecs.value();

    @StateId("nextExpiry")
    private final StateSpec<ValueState<Long>> nextExpirySpec = StateSpecs.value(VarLongCoder.of());

    @TimerId("expire")
    private final TimerSpec expireSpec = TimerSpecs.timer(TimeDomain.EVENT_TIME);

    private final Counter candidates = FeedMetrics.counter(FeedMetrics.CANDIDATE_PAIRS);
    private final Counter evictions = FeedMetrics.counter(FeedMetrics.BUCKET_EVICTIONS);
    private final Distribution bucketSize = FeedMetrics.distribution(FeedMetrics.BUCKET_SIZE);
    private final Duration horizon;
    private final int maxBucketSize;

    BucketFn(Coder<BucketEntry> entryCoder, Duration horizon, int maxBucketSize) {
      this.storiesSpec = StateSpecs.bag(entryCoder);
      this.horizon = horizon;
      this.maxBucketSize = maxBucketSize;
    }

    @ProcessElement
    public void process(
        @Element KV<Long, BucketEntry> element,
        @StateId("stories") BagState<BucketEntry> stories,
        @StateId("size") ValueState<Integer> sizeState,
        @StateId("nextExpiry") ValueState<Long> nextExpiry,
        @TimerId("expire") Timer expire,
        OutputReceiver<CandidatePair> out) {
      BucketEntry entry = element.getValue();
      for (BucketEntry remembered : stories.read()) {
        if (!remembered.getId().equals(entry.getId())
            && remembered.withinHorizonOf(entry, horizon.getMillis())) {
          candidates.inc();
          out.output(CandidatePair.of(entry.getId(), entry.getEventMillis(), remembered.getId(),
              remembered.getEventMillis()));
        }
      }
      stories.add(element.getValue());
      int size = (sizeState.read() == null ? 0 : sizeState.read()) + 1;
      if (size > maxBucketSize) {
        size = keepNewest(stories, maxBucketSize / 2);
        evictions.inc();
      }
      sizeState.write(size);
      bucketSize.update(size);
      long expiry = entry.getEventMillis() + horizon.getMillis();
      Long scheduled = nextExpiry.read();
      if (scheduled == null || expiry < scheduled) {
        nextExpiry.write(expiry);
        expire.set(new Instant(expiry));
      }
    }

    @OnTimer("expire")
    public void onExpire(
        OnTimerContext context,
        @StateId("stories") BagState<BucketEntry> stories,
        @StateId("size") ValueState<Integer> sizeState,
        @StateId("nextExpiry") ValueState<Long> nextExpiry,
        @TimerId("expire") Timer expire) {
      long now = context.timestamp().getMillis();
      List<BucketEntry> live = new ArrayList<>();
      long oldestLive = Long.MAX_VALUE;
      for (BucketEntry remembered : stories.read()) {
        if (remembered.getEventMillis() + horizon.getMillis() > now) {
          live.add(remembered);
          oldestLive = Math.min(oldestLive, remembered.getEventMillis());
        }
      }
      stories.clear();
      live.forEach(stories::add);
      sizeState.write(live.size());
      if (live.isEmpty()) {
        nextExpiry.clear();
        sizeState.clear();
      } else {
        long next = oldestLive + horizon.getMillis();
        nextExpiry.write(next);
        expire.set(new Instant(next));
      }
    }

    private static int keepNewest(BagState<BucketEntry> stories, int keep) {
      List<BucketEntry> all = new ArrayList<>();
      stories.read().forEach(all::add);
      all.sort(Comparator.comparingLong(BucketEntry::getEventMillis).reversed());
      List<BucketEntry> kept = all.subList(0, Math.min(keep, all.size()));
      stories.clear();
      kept.forEach(stories::add);
      return kept.size();
    }
  }

  private static final class KeyByNewerFn extends DoFn<CandidatePair, KV<String, CandidatePair>> {
    @ProcessElement
    public void process(@Element CandidatePair pair, OutputReceiver<KV<String, CandidatePair>> out) {
      out.output(KV.of(pair.getNewerId(), pair));
    }
  }

  /** Passes each pair once: the newer story remembers its partners until the horizon has passed. */
  private static final class DropRepeatsFn extends DoFn<KV<String, CandidatePair>, CandidatePair> {
    @StateId("partners")
    private final StateSpec<ValueState<Set<String>>> partnersSpec =
        StateSpecs.value(SetCoder.of(StringUtf8Coder.of()));

    @TimerId("forget")
    private final TimerSpec forgetSpec = TimerSpecs.timer(TimeDomain.EVENT_TIME);

    private final Duration horizon;

    DropRepeatsFn(Duration horizon) {
      this.horizon = horizon;
    }

    @ProcessElement
    public void process(
        @Element KV<String, CandidatePair> element,
        @Timestamp Instant timestamp,
        @StateId("partners") ValueState<Set<String>> partnersState,
        @TimerId("forget") Timer forget,
        OutputReceiver<CandidatePair> out) {
      Set<String> partners = partnersState.read();
      if (partners == null) {
        partners = new HashSet<>();
        forget.set(timestamp.plus(horizon));
      }
      if (partners.add(element.getValue().getOlderId())) {
        partnersState.write(partners);
        out.output(element.getValue());
      }
    }

    @OnTimer("forget")
    public void forget(@StateId("partners") ValueState<Set<String>> partnersState) {
      partnersState.clear();
    }
  }
}
