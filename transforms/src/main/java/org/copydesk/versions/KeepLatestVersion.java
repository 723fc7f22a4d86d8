package org.copydesk.versions;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.Coder;
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
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.copydesk.monitor.FeedMetrics;
import org.copydesk.state.LiveCount;
import org.copydesk.state.Shards;
import org.copydesk.state.Sweep;
import org.copydesk.story.Story;
import org.copydesk.story.Superseded;
import org.joda.time.Duration;
import org.joda.time.Instant;

/**
 * Makes ids unique. Inputs that share an id wait until the watermark passes them (in a batch run:
 * the end of the input); then the newest version is the story and every other input is reported
 * as {@link Superseded}: an identical repeat counts once, a different one is an older version. A
 * version that arrives after its id was decided replaces the story if newer (downstream sees the
 * same id again, as an update) and is superseded otherwise. An id is remembered for {@code horizon}
 * of event time after its story; a repeat after that is taken as a new story. State is kept per
 * shard of ids ({@link Shards}).
 */
public final class KeepLatestVersion extends PTransform<PCollection<Story>, PCollectionTuple> {
  public static final TupleTag<Story> ACCEPTED = new TupleTag<Story>() {};
  public static final TupleTag<Superseded> SUPERSEDED = new TupleTag<Superseded>() {};

  private final Duration horizon;
  private final int shards;

  private KeepLatestVersion(Duration horizon, int shards) {
    this.horizon = horizon;
    this.shards = shards;
  }

  public static KeepLatestVersion rememberingIdsFor(Duration horizon) {
    return new KeepLatestVersion(horizon, Shards.DEFAULT);
  }

  @Override
  public PCollectionTuple expand(PCollection<Story> stories) {
    Coder<Story> storyCoder = stories.getCoder();
    int shardCount = shards;
    PCollectionTuple out =
        stories
            .apply("ShardById", WithKeys.of((Story s) -> Shards.of(s.getId(), shardCount))
                .withKeyType(TypeDescriptors.integers()))
            .setCoder(KvCoder.of(VarIntCoder.of(), storyCoder))
            .apply("ChooseNewest",
                ParDo.of(new ChooseNewestFn(storyCoder, horizon,
                    stories.isBounded() == PCollection.IsBounded.UNBOUNDED))
                    .withOutputTags(ACCEPTED, TupleTagList.of(SUPERSEDED)));
    out.get(ACCEPTED).setCoder(storyCoder);
    return out;
  }

  private static final class ChooseNewestFn extends DoFn<KV<Integer, Story>, Story> {
    @StateId("pending")
    private final StateSpec<MapState<String, List<Story>>> pendingSpec;

    /** Per pending id, the latest element timestamp among its versions: when it can be decided. */
    @StateId("waitUntil")
    private final StateSpec<MapState<String, Long>> waitUntilSpec =
        StateSpecs.map(StringUtf8Coder.of(), VarLongCoder.of());

    @StateId("accepted")
    private final StateSpec<MapState<String, Story>> acceptedSpec;

    @StateId("decideAt")
    private final StateSpec<ValueState<Long>> decideAtSpec = StateSpecs.value(VarLongCoder.of());

    @StateId("forgetAt")
    private final StateSpec<ValueState<Long>> forgetAtSpec = StateSpecs.value(VarLongCoder.of());

    @StateId("idCount")
    private final StateSpec<ValueState<Long>> idCountSpec = StateSpecs.value(VarLongCoder.of());

    @TimerId("decide")
    private final TimerSpec decideSpec = TimerSpecs.timer(TimeDomain.EVENT_TIME);

    @TimerId("forget")
    private final TimerSpec forgetSpec = TimerSpecs.timer(TimeDomain.EVENT_TIME);

    private final Counter accepted = FeedMetrics.counter(FeedMetrics.STORIES_ACCEPTED);
    private final Counter superseded = FeedMetrics.counter(FeedMetrics.SUPERSEDED);
    private final Duration horizon;
    private final boolean stream;

    ChooseNewestFn(Coder<Story> storyCoder, Duration horizon, boolean stream) {
      this.pendingSpec = StateSpecs.map(StringUtf8Coder.of(), ListCoder.of(storyCoder));
      this.acceptedSpec = StateSpecs.map(StringUtf8Coder.of(), storyCoder);
      this.horizon = horizon;
      this.stream = stream;
    }

    @ProcessElement
    public void process(
        @Element KV<Integer, Story> keyed,
        @Timestamp Instant timestamp,
        @StateId("pending") MapState<String, List<Story>> pending,
        @StateId("waitUntil") MapState<String, Long> waitUntil,
        @StateId("accepted") MapState<String, Story> acceptedState,
        @StateId("decideAt") ValueState<Long> decideAt,
        @StateId("forgetAt") ValueState<Long> forgetAt,
        @TimerId("decide") Timer decide,
        @TimerId("forget") Timer forget,
        MultiOutputReceiver out) {
      Story story = keyed.getValue();
      Story current = acceptedState.get(story.getId()).read();
      if (current == null) {
        List<Story> versions = new ArrayList<>(pending.get(story.getId()).read() == null
            ? List.of() : pending.get(story.getId()).read());
        versions.add(story);
        pending.put(story.getId(), versions);
        Long until = waitUntil.get(story.getId()).read();
        waitUntil.put(story.getId(), Math.max(timestamp.getMillis(), until == null ? Long.MIN_VALUE : until));
        Sweep.atOrBefore(timestamp.getMillis(), timestamp.getMillis(), decideAt, decide);
        return;
      }
      // The id was decided already (current holds its times, not its text): this input is a late
      // repeat or a late update.
      if (story.getContentHash() == current.getContentHash()) {
        supersede(story, current, Superseded.IDENTICAL_REPEAT, out);
      } else if (VersionOrder.OLDEST_FIRST.compare(story, current) > 0) {
        accepted.dec(); // the earlier version is no longer the story
        supersede(current, story, Superseded.OLDER_VERSION, out);
        accept(story, timestamp.getMillis(), acceptedState, forgetAt, forget, out); // same id
      } else {
        supersede(story, current, Superseded.OLDER_VERSION, out);
      }
    }

    /** Decides every id whose versions the watermark has passed; the rest wait for the latest. */
    @OnTimer("decide")
    public void decide(
        OnTimerContext context,
        @Key Integer shard,
        @StateId("pending") MapState<String, List<Story>> pending,
        @StateId("waitUntil") MapState<String, Long> waitUntil,
        @StateId("accepted") MapState<String, Story> acceptedState,
        @StateId("decideAt") ValueState<Long> decideAt,
        @StateId("forgetAt") ValueState<Long> forgetAt,
        @StateId("idCount") ValueState<Long> idCount,
        @TimerId("decide") Timer decide,
        @TimerId("forget") Timer forget,
        MultiOutputReceiver out) {
      long now = context.fireTimestamp().getMillis();
      List<Long> waiting = new ArrayList<>();
      int decided = 0;
      List<String> ids = new ArrayList<>();
      pending.keys().read().forEach(ids::add);
      for (String id : ids) {
        long until = waitUntil.get(id).read();
        if (until > now) {
          waiting.add(until);
          continue;
        }
        List<Story> versions = new ArrayList<>(pending.get(id).read());
        pending.remove(id);
        waitUntil.remove(id);
        versions.sort(VersionOrder.OLDEST_FIRST);
        Story newest = versions.get(versions.size() - 1);
        // Among identical copies of the newest, the first to arrive is the one kept.
        for (Story version : versions) {
          if (version.getContentHash() == newest.getContentHash()) {
            newest = version;
            break;
          }
        }
        for (Story version : versions) {
          if (version != newest) {
            String reason = version.getContentHash() == newest.getContentHash()
                ? Superseded.IDENTICAL_REPEAT
                : Superseded.OLDER_VERSION;
            supersede(version, newest, reason, out);
          }
        }
        accept(newest, now, acceptedState, forgetAt, forget, out);
        decided++;
      }
      LiveCount.add(idCount, decided, FeedMetrics.idsRemembered(shard));
      decideAt.clear();
      if (!waiting.isEmpty()) {
        // In a stream, next when the watermark passes the median of the ids still waiting: half
        // of them are decided at each firing. At the latest, a backlog read faster than the
        // watermark moves (a consumer catching up) would have every id wait for the backlog's
        // end; at the earliest, a jump of the watermark would fire once per distinct time. A
        // batch's watermark jumps once, to its end: there the latest decides all in one firing
        // (the Direct Runner copies the shard's state at each firing: with the median here and
        // assign's sweeps in a batch too, 100,000 stories took 2,109 s of CPU, 1,906 s without).
        waiting.sort(null);
        Sweep.atOrBefore(waiting.get(stream ? waiting.size() / 2 : waiting.size() - 1), now,
            decideAt, decide);
      }
    }

    @OnTimer("forget")
    public void forget(
        OnTimerContext context,
        @Key Integer shard,
        @StateId("accepted") MapState<String, Story> acceptedState,
        @StateId("forgetAt") ValueState<Long> forgetAt,
        @StateId("idCount") ValueState<Long> idCount,
        @TimerId("forget") Timer forget) {
      long now = context.fireTimestamp().getMillis();
      long earliest = Long.MAX_VALUE;
      int forgotten = 0;
      List<KV<String, Story>> entries = new ArrayList<>();
      acceptedState.entries().read().forEach(e -> entries.add(KV.of(e.getKey(), e.getValue())));
      for (KV<String, Story> entry : entries) {
        long expiry = entry.getValue().getEventMillis() + horizon.getMillis();
        if (expiry <= now) {
          acceptedState.remove(entry.getKey());
          forgotten++;
        } else {
          earliest = Math.min(earliest, expiry);
        }
      }
      LiveCount.add(idCount, -forgotten, FeedMetrics.idsRemembered(shard));
      Sweep.next(earliest, now, horizon.getMillis() / 8, forgetAt, forget);
    }

    private void accept(Story story, long nowMillis, MapState<String, Story> acceptedState,
        ValueState<Long> forgetAt, Timer forget, MultiOutputReceiver out) {
      accepted.inc();
      // Remembered to judge late versions, which needs times, origin and hash, not the text.
      acceptedState.put(story.getId(),
          story.toBuilder().setParagraphs(List.of()).setCredits(List.of()).build());
      Sweep.atOrBefore(story.getEventMillis() + horizon.getMillis(), nowMillis, forgetAt, forget);
      out.get(ACCEPTED).output(story);
    }

    private void supersede(Story older, Story kept, String reason, MultiOutputReceiver out) {
      superseded.inc();
      out.get(SUPERSEDED).output(
          Superseded.of(older.getId(), older.getOrigin(), kept.getOrigin(), reason));
    }
  }
}
