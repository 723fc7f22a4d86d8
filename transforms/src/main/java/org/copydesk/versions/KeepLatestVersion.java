package org.copydesk.versions;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.metrics.Counter;
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
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.copydesk.monitor.FeedMetrics;
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
 * of event time after its story; a repeat after that is taken as a new story.
 */
public final class KeepLatestVersion extends PTransform<PCollection<Story>, PCollectionTuple> {
  public static final TupleTag<Story> ACCEPTED = new TupleTag<Story>() {};
  public static final TupleTag<Superseded> SUPERSEDED = new TupleTag<Superseded>() {};

  private final Duration horizon;

  private KeepLatestVersion(Duration horizon) {
    this.horizon = horizon;
  }

  public static KeepLatestVersion rememberingIdsFor(Duration horizon) {
    return new KeepLatestVersion(horizon);
  }

  @Override
  public PCollectionTuple expand(PCollection<Story> stories) {
    Coder<Story> storyCoder = stories.getCoder();
    PCollectionTuple out =
        stories
            .apply("KeyById", WithKeys.of(Story::getId).withKeyType(TypeDescriptors.strings()))
            .setCoder(KvCoder.of(StringUtf8Coder.of(), storyCoder))
            .apply("ChooseNewest",
                ParDo.of(new ChooseNewestFn(storyCoder, horizon))
                    .withOutputTags(ACCEPTED, TupleTagList.of(SUPERSEDED)));
    out.get(ACCEPTED).setCoder(storyCoder);
    return out;
  }

  private static final class ChooseNewestFn extends DoFn<KV<String, Story>, Story> {
    @StateId("pending")
    private final StateSpec<BagState<Story>> pendingSpec;

    @StateId("accepted")
    private final StateSpec<ValueState<Story>> acceptedSpec;

    @TimerId("decide")
    private final TimerSpec decideSpec = TimerSpecs.timer(TimeDomain.EVENT_TIME);

    @TimerId("forget")
    private final TimerSpec forgetSpec = TimerSpecs.timer(TimeDomain.EVENT_TIME);

    private final Counter accepted = FeedMetrics.counter(FeedMetrics.STORIES_ACCEPTED);
    private final Counter superseded = FeedMetrics.counter(FeedMetrics.SUPERSEDED);
    private final Duration horizon;

    ChooseNewestFn(Coder<Story> storyCoder, Duration horizon) {
      this.pendingSpec = StateSpecs.bag(storyCoder);
      this.acceptedSpec = StateSpecs.value(storyCoder);
      this.horizon = horizon;
    }

    @ProcessElement
    public void process(
        @Element KV<String, Story> keyed,
        @Timestamp Instant timestamp,
        @StateId("pending") BagState<Story> pending,
        @StateId("accepted") ValueState<Story> acceptedState,
        @TimerId("decide") Timer decide,
        MultiOutputReceiver out) {
      Story story = keyed.getValue();
      Story current = acceptedState.read();
      if (current == null) {
        pending.add(story);
        decide.set(timestamp);
        return;
      }
      // The id was decided already: this input is a late repeat or a late update.
      if (story.getContentHash() == current.getContentHash()) {
        supersede(story, current, Superseded.IDENTICAL_REPEAT, out);
      } else if (VersionOrder.OLDEST_FIRST.compare(story, current) > 0) {
        accepted.dec(); // the earlier version is no longer the story
        supersede(current, story, Superseded.OLDER_VERSION, out);
        accept(story, acceptedState, out);
      } else {
        supersede(story, current, Superseded.OLDER_VERSION, out);
      }
    }

    @OnTimer("decide")
    public void decide(
        @StateId("pending") BagState<Story> pending,
        @StateId("accepted") ValueState<Story> acceptedState,
        @TimerId("forget") Timer forget,
        MultiOutputReceiver out) {
      List<Story> versions = new ArrayList<>();
      pending.read().forEach(versions::add);
      pending.clear();
      if (versions.isEmpty()) {
        return;
      }
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
      accept(newest, acceptedState, out);
      forget.set(new Instant(newest.getEventMillis()).plus(horizon));
    }

    @OnTimer("forget")
    public void forget(@StateId("accepted") ValueState<Story> acceptedState) {
      acceptedState.clear();
    }

    private void accept(Story story, ValueState<Story> acceptedState, MultiOutputReceiver out) {
      accepted.inc();
      acceptedState.write(story);
      out.get(ACCEPTED).output(story);
    }

    private void supersede(Story older, Story kept, String reason, MultiOutputReceiver out) {
      superseded.inc();
      out.get(SUPERSEDED).output(Superseded.of(older.getId(), older.getOrigin(), kept.getOrigin(), reason));
    }
  }
}
