package org.copydesk.consolidate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.beam.sdk.coders.BooleanCoder;
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
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.transforms.SimpleFunction;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollection.IsBounded;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.copydesk.assign.Assignment;
import org.copydesk.assign.Membership;
import org.copydesk.monitor.FeedMetrics;
import org.copydesk.state.LiveCount;
import org.copydesk.state.Sweep;
import org.copydesk.story.SchemaCoders;
import org.copydesk.story.Story;
import org.joda.time.Duration;
import org.joda.time.Instant;

/**
 * The consolidate stage: joins each story with its current membership and, once the watermark has
 * passed the change, emits the changed story clusters as {@link ClusterView}s, each with a version
 * that grows by one per update. A cluster that a merge emptied is announced as merged. Over bounded
 * input (a batch run) there is nothing to update: every cluster is emitted once, at the end, and
 * nothing is forgotten before.
 *
 * <p>The keyed state only keeps the books; the views (canonical choice, alignment, facts: the
 * stage's real work) are built from its {@link ClusterChange}s by a stateless step after it. In a
 * batch run the changes are redistributed first, so that the views are built on every worker
 * rather than on the one that holds the key (Flink at parallelism 2, 10,000 stories: the whole
 * job's wall time 130 s → 111 s). A stream keeps them in order instead: the versions of one
 * cluster must not overtake each other.
 *
 * <p>One keyed state holds the stories of the open clusters. It is one key, not one per cluster or
 * per story, because a merge moves stories between clusters (a key per cluster would have to hand
 * their text across keys) and because a runner's per-key costs (the Direct Runner keeps a timer per
 * key and scans them all each step) grow with the keys. A cluster is final, and forgotten, once the
 * watermark is past its newest member by the horizon: no later story can pair with any of them.
 */
public final class ConsolidateClusters
    extends PTransform<PCollection<Membership>, PCollection<ClusterView>> {
  private static final int ALL = 0;
  /**
   * Keys the batch's changes are spread over: a few per worker. A key per change cost the Direct
   * Runner, which scans every key at each step, 300 s more on 10,000 stories.
   */
  private static final int SPREAD_BUCKETS = 16;

  private final PCollection<Story> stories;
  private final Duration horizon;
  private final CanonicalPolicy policy;

  private ConsolidateClusters(PCollection<Story> stories, Duration horizon,
      CanonicalPolicy policy) {
    this.stories = stories;
    this.horizon = horizon;
    this.policy = policy;
  }

  /** Consolidates memberships of the given stories; clusters are kept for {@code horizon}. */
  public static ConsolidateClusters of(PCollection<Story> stories, Duration horizon) {
    return new ConsolidateClusters(stories, horizon, CanonicalPolicy.defaults());
  }

  /** The same, choosing canonicals by {@code policy}. */
  public ConsolidateClusters choosingBy(CanonicalPolicy policy) {
    return new ConsolidateClusters(stories, horizon, policy);
  }

  @Override
  public PCollection<ClusterView> expand(PCollection<Membership> memberships) {
    Coder<ClusterInput> inputCoder = SchemaCoders.of(memberships.getPipeline(), ClusterInput.class);
    Coder<Story> storyCoder = SchemaCoders.of(memberships.getPipeline(), Story.class);
    Coder<Membership> membershipCoder =
        SchemaCoders.of(memberships.getPipeline(), Membership.class);
    PCollection<ClusterInput> fromStories = stories
        .apply("StoryInputs", MapElements.into(TypeDescriptor.of(ClusterInput.class))
            .via(ClusterInput::story))
        .setCoder(inputCoder);
    PCollection<ClusterInput> fromMemberships = memberships
        .apply("MembershipInputs", MapElements.into(TypeDescriptor.of(ClusterInput.class))
            .via(ClusterInput::membership))
        .setCoder(inputCoder);
    boolean updates = memberships.isBounded() == IsBounded.UNBOUNDED
        || stories.isBounded() == IsBounded.UNBOUNDED;
    PCollection<ClusterChange> changes = PCollectionList.of(fromStories).and(fromMemberships)
        .apply("Inputs", Flatten.pCollections())
        .apply("OneKey", MapElements.via(new KeyAll()))
        .setCoder(KvCoder.of(VarIntCoder.of(), inputCoder))
        .apply("Consolidate", ParDo.of(new ConsolidateFn(storyCoder, membershipCoder, horizon,
            updates)))
        .setCoder(SchemaCoders.of(memberships.getPipeline(), ClusterChange.class));
    if (!updates) {
      changes = changes.apply("Spread",
          Reshuffle.<ClusterChange>viaRandomKey().withNumBuckets(SPREAD_BUCKETS));
    }
    CanonicalPolicy choosing = policy;
    return changes
        .apply("BuildViews", MapElements.into(TypeDescriptor.of(ClusterView.class))
            .via(change -> change.view(choosing)))
        .setCoder(ClusterViewCoder.of());
  }

  private static final class KeyAll
      extends SimpleFunction<ClusterInput, KV<Integer, ClusterInput>> {
    @Override
    public KV<Integer, ClusterInput> apply(ClusterInput input) {
      return KV.of(ALL, input);
    }
  }

  private static final class ConsolidateFn extends DoFn<KV<Integer, ClusterInput>, ClusterChange> {
    @StateId("stories")
    private final StateSpec<MapState<String, Story>> storiesSpec;

    @StateId("memberships")
    private final StateSpec<MapState<String, Membership>> membershipsSpec;

    /** Story cluster → ids of the stories in it whose story and membership have both come. */
    @StateId("clusters")
    private final StateSpec<MapState<String, List<String>>> clustersSpec =
        StateSpecs.map(StringUtf8Coder.of(), ListCoder.of(StringUtf8Coder.of()));

    /** Story cluster → the cluster its last member left for, when a merge emptied it. */
    @StateId("leftFor")
    private final StateSpec<MapState<String, String>> leftForSpec =
        StateSpecs.map(StringUtf8Coder.of(), StringUtf8Coder.of());

    @StateId("dirty")
    private final StateSpec<MapState<String, Boolean>> dirtySpec =
        StateSpecs.map(StringUtf8Coder.of(), BooleanCoder.of());

    /** Story cluster → {version emitted, copy clusters in that version}. */
    @StateId("emitted")
    private final StateSpec<MapState<String, List<Long>>> emittedSpec =
        StateSpecs.map(StringUtf8Coder.of(), ListCoder.of(VarLongCoder.of()));

    /** Story cluster → when it becomes final: its newest member's time plus the horizon. */
    @StateId("expiries")
    private final StateSpec<MapState<String, Long>> expiriesSpec =
        StateSpecs.map(StringUtf8Coder.of(), VarLongCoder.of());

    /** Story id → when to drop a membership whose story never came (it had expired here). */
    @StateId("loneExpiries")
    private final StateSpec<MapState<String, Long>> loneExpiriesSpec =
        StateSpecs.map(StringUtf8Coder.of(), VarLongCoder.of());

    @StateId("emitPending")
    private final StateSpec<ValueState<Boolean>> emitPendingSpec =
        StateSpecs.value(BooleanCoder.of());

    @StateId("sweepAt")
    private final StateSpec<ValueState<Long>> sweepAtSpec = StateSpecs.value(VarLongCoder.of());

    /** Ids of stories received, or given their first membership, since the last emission. */
    @StateId("unemitted")
    private final StateSpec<MapState<String, Boolean>> unemittedSpec =
        StateSpecs.map(StringUtf8Coder.of(), BooleanCoder.of());

    @StateId("storyCount")
    private final StateSpec<ValueState<Long>> storyCountSpec = StateSpecs.value(VarLongCoder.of());

    @TimerId("emit")
    private final TimerSpec emitSpec = TimerSpecs.timer(TimeDomain.EVENT_TIME);

    @TimerId("sweep")
    private final TimerSpec sweepSpec = TimerSpecs.timer(TimeDomain.EVENT_TIME);

    private final Counter storyClusters = FeedMetrics.counter(FeedMetrics.STORY_CLUSTERS);
    private final Counter copyClusters = FeedMetrics.counter(FeedMetrics.COPY_CLUSTERS);
    private final Distribution clusterSize = FeedMetrics.distribution(FeedMetrics.CLUSTER_SIZE);
    private final Distribution ingestToEmit =
        FeedMetrics.distribution(FeedMetrics.INGEST_TO_EMIT_MS);
    private final Gauge storiesHeld = FeedMetrics.gauge(FeedMetrics.CONSOLIDATE_STORIES);
    private final Distribution storiesHeldPeak =
        FeedMetrics.distribution(FeedMetrics.CONSOLIDATE_STORIES + FeedMetrics.HELD_SUFFIX);
    private final Duration horizon;
    private final boolean updates;

    ConsolidateFn(Coder<Story> storyCoder, Coder<Membership> membershipCoder, Duration horizon,
        boolean updates) {
      this.storiesSpec = StateSpecs.map(StringUtf8Coder.of(), storyCoder);
      this.membershipsSpec = StateSpecs.map(StringUtf8Coder.of(), membershipCoder);
      this.horizon = horizon;
      this.updates = updates;
    }

    @ProcessElement
    public void process(
        @Element KV<Integer, ClusterInput> element,
        @Timestamp Instant timestamp,
        @StateId("stories") MapState<String, Story> stories,
        @StateId("memberships") MapState<String, Membership> memberships,
        @StateId("clusters") MapState<String, List<String>> clusters,
        @StateId("leftFor") MapState<String, String> leftFor,
        @StateId("dirty") MapState<String, Boolean> dirty,
        @StateId("expiries") MapState<String, Long> expiries,
        @StateId("loneExpiries") MapState<String, Long> loneExpiries,
        @StateId("emitPending") ValueState<Boolean> emitPending,
        @StateId("sweepAt") ValueState<Long> sweepAt,
        @StateId("unemitted") MapState<String, Boolean> unemitted,
        @StateId("storyCount") ValueState<Long> storyCount,
        @TimerId("emit") Timer emit,
        @TimerId("sweep") Timer sweep) {
      ClusterInput input = element.getValue();
      String id;
      Membership before;
      Membership after;
      if (input.getStory() != null) {
        id = input.getStory().getId();
        boolean joinedBefore = stories.get(id).read() != null;
        stories.put(id, input.getStory());
        if (!joinedBefore) {
          LiveCount.add(storyCount, 1, storiesHeld, storiesHeldPeak);
        }
        loneExpiries.remove(id);
        after = memberships.get(id).read();
        before = joinedBefore ? after : null;
      } else {
        Membership membership = input.getMembership();
        id = membership.getId();
        before = memberships.get(id).read();
        if (before != null && before.getSequence() >= membership.getSequence()) {
          return; // an older word on where the story is
        }
        memberships.put(id, membership);
        after = membership;
        if (stories.get(id).read() == null) {
          if (updates) {
            // its story has not come; if it never does (it expired here), do not keep this forever
            long expiry = timestamp.getMillis() + horizon.getMillis();
            loneExpiries.put(id, expiry);
            Sweep.atOrBefore(expiry, timestamp.getMillis(), sweepAt, sweep);
          }
          return;
        }
      }
      if (after == null) {
        return; // its membership has not come yet
      }
      if (input.getStory() != null || before == null) {
        unemitted.put(id, true); // a new story, or a newer version of one: timed to its emission
      }
      if (before != null && !before.getStoryCluster().equals(after.getStoryCluster())) {
        String left = before.getStoryCluster();
        List<String> remaining = new ArrayList<>(orEmpty(clusters.get(left).read()));
        remaining.remove(id);
        if (remaining.isEmpty()) {
          clusters.remove(left);
          leftFor.put(left, after.getStoryCluster());
        } else {
          clusters.put(left, remaining);
        }
        dirty.put(left, true);
      }
      String cluster = after.getStoryCluster();
      List<String> ids = new ArrayList<>(orEmpty(clusters.get(cluster).read()));
      if (!ids.contains(id)) {
        ids.add(id);
        clusters.put(cluster, ids);
      }
      leftFor.remove(cluster);
      dirty.put(cluster, true);
      if (emitPending.read() == null) {
        emitPending.write(true);
        emit.set(updates ? timestamp : GlobalWindow.INSTANCE.maxTimestamp());
      }
      if (!updates) {
        return;
      }
      // the same clock as the candidate index, which forgets a story a horizon after its time
      long expiry = stories.get(id).read().getEventMillis() + horizon.getMillis();
      Long known = expiries.get(cluster).read();
      if (known == null || known < expiry) {
        expiries.put(cluster, expiry);
      }
      Sweep.atOrBefore(expiry, timestamp.getMillis(), sweepAt, sweep);
    }

    @OnTimer("emit")
    public void emit(
        @StateId("stories") MapState<String, Story> stories,
        @StateId("memberships") MapState<String, Membership> memberships,
        @StateId("clusters") MapState<String, List<String>> clusters,
        @StateId("leftFor") MapState<String, String> leftFor,
        @StateId("dirty") MapState<String, Boolean> dirty,
        @StateId("emitted") MapState<String, List<Long>> emitted,
        @StateId("emitPending") ValueState<Boolean> emitPending,
        @StateId("unemitted") MapState<String, Boolean> unemitted,
        OutputReceiver<ClusterChange> out) {
      emitPending.clear();
      emitChanged(stories, memberships, clusters, leftFor, dirty, emitted, unemitted, out);
    }

    /**
     * Emits every cluster changed since the last emission, in cluster id order, and times each
     * story that shows in them for the first time from when it was received (wall clock: what a
     * reader of the updates waits).
     */
    private void emitChanged(
        MapState<String, Story> stories,
        MapState<String, Membership> memberships,
        MapState<String, List<String>> clusters,
        MapState<String, String> leftFor,
        MapState<String, Boolean> dirty,
        MapState<String, List<Long>> emitted,
        MapState<String, Boolean> unemitted,
        OutputReceiver<ClusterChange> out) {
      List<String> changed = new ArrayList<>();
      dirty.keys().read().forEach(changed::add);
      dirty.clear();
      changed.sort(null);
      for (String cluster : changed) {
        List<Long> last = emitted.get(cluster).read();
        long version = last == null ? 1 : last.get(0) + 1;
        long copiesBefore = last == null ? 0 : last.get(1);
        List<String> ids = clusters.get(cluster).read();
        if (ids == null) {
          String into = leftFor.get(cluster).read();
          leftFor.remove(cluster);
          emitted.remove(cluster);
          if (last != null && into != null) {
            storyClusters.dec();
            copyClusters.dec(copiesBefore);
            out.output(ClusterChange.mergedInto(cluster, version, into));
          }
          continue;
        }
        List<Assignment> members = new ArrayList<>(ids.size());
        Set<String> copies = new HashSet<>();
        for (String id : ids) {
          Membership membership = memberships.get(id).read();
          members.add(Assignment.of(stories.get(id).read(), membership));
          copies.add(membership.getCopyCluster());
        }
        if (last == null) {
          storyClusters.inc();
        }
        copyClusters.inc(copies.size() - copiesBefore);
        clusterSize.update(members.size());
        emitted.put(cluster, List.of(version, (long) copies.size()));
        out.output(ClusterChange.members(cluster, version, members));
      }
      long now = System.currentTimeMillis();
      for (String id : unemitted.keys().read()) {
        Story story = stories.get(id).read();
        if (story != null) {
          ingestToEmit.update(Math.max(0, now - story.getReceivedMillis()));
        }
      }
      unemitted.clear();
    }

    @OnTimer("sweep")
    public void sweep(
        OnTimerContext context,
        @StateId("stories") MapState<String, Story> stories,
        @StateId("memberships") MapState<String, Membership> memberships,
        @StateId("clusters") MapState<String, List<String>> clusters,
        @StateId("leftFor") MapState<String, String> leftFor,
        @StateId("dirty") MapState<String, Boolean> dirty,
        @StateId("emitted") MapState<String, List<Long>> emitted,
        @StateId("expiries") MapState<String, Long> expiries,
        @StateId("loneExpiries") MapState<String, Long> loneExpiries,
        @StateId("sweepAt") ValueState<Long> sweepAt,
        @StateId("unemitted") MapState<String, Boolean> unemitted,
        @StateId("storyCount") ValueState<Long> storyCount,
        @TimerId("sweep") Timer sweep,
        OutputReceiver<ClusterChange> out) {
      // A cluster is never forgotten before its last change is out, whichever timer fires first.
      emitChanged(stories, memberships, clusters, leftFor, dirty, emitted, unemitted, out);
      long now = context.fireTimestamp().getMillis();
      long[] forgotten = {0};
      long earliest = Sweep.expire(expiries, now, cluster -> {
        for (String id : orEmpty(clusters.get(cluster).read())) {
          stories.remove(id);
          memberships.remove(id);
          forgotten[0]++;
        }
        clusters.remove(cluster);
        leftFor.remove(cluster);
        emitted.remove(cluster);
      });
      LiveCount.add(storyCount, -forgotten[0], storiesHeld);
      earliest = Math.min(earliest, Sweep.expire(loneExpiries, now, memberships::remove));
      Sweep.next(earliest, now, horizon.getMillis() / 8, sweepAt, sweep);
    }

    private static List<String> orEmpty(List<String> list) {
      return list == null ? List.of() : list;
    }
  }
}
