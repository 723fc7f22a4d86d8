package org.copydesk.assign;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.BooleanCoder;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
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
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.copydesk.fingerprint.StoryPrint;
import org.copydesk.monitor.FeedMetrics;
import org.copydesk.state.LiveCount;
import org.copydesk.state.Sweep;
import org.copydesk.story.SchemaCoders;
import org.copydesk.verify.VerifiedPair;
import org.joda.time.Duration;
import org.joda.time.Instant;

/**
 * The assign stage: turns verified copies into copy clusters and, with the story tier's same-event
 * pairs, copies and same-event pairs into story clusters, each with a {@link ClusterForest} in
 * keyed state. Clustering is global, so the stage runs under one key; its work per event is a few
 * state reads (the costly stages before it are parallel). Memberships are emitted when the
 * watermark passes the events that changed them: in a batch run, once per story at the end; in a
 * stream, as updates. Merges of two multi-story clusters go to {@link #MERGES}. Given a horizon,
 * a stream forgets a cluster once the watermark is past its newest member by it: no newcomer can
 * pair with any of its members any more, so memory follows the horizon, not the length of the
 * feed. A batch forgets nothing: its watermark jumps once, to the end, and each sweep would cost
 * the Direct Runner a copy of the stage's state.
 */
public final class AssignClusters extends PTransform<PCollection<VerifiedPair>, PCollectionTuple> {
  public static final TupleTag<Membership> MEMBERSHIPS = new TupleTag<Membership>() {};
  public static final TupleTag<MergeEvent> MERGES = new TupleTag<MergeEvent>() {};

  private static final String ALL = "";

  private final PCollection<StoryPrint> prints;
  private final @Nullable PCollection<VerifiedPair> sameEvents;
  private final @Nullable Duration horizon;

  private AssignClusters(PCollection<StoryPrint> prints,
      @Nullable PCollection<VerifiedPair> sameEvents, @Nullable Duration horizon) {
    this.prints = prints;
    this.sameEvents = sameEvents;
    this.horizon = horizon;
  }

  /** Every printed story gets a membership, copies or not; a copy cluster is its story cluster. */
  public static AssignClusters of(PCollection<StoryPrint> prints) {
    return new AssignClusters(prints, null, null);
  }

  /** Story clusters also join the copy clusters of stories verified to report the same event. */
  public AssignClusters withSameEvents(PCollection<VerifiedPair> sameEvents) {
    return new AssignClusters(prints, sameEvents, horizon);
  }

  /**
   * In a stream, clusters are forgotten once the watermark is {@code horizon} past their newest
   * member: the horizon within which the stages before pair stories.
   */
  public AssignClusters forgettingAfter(Duration horizon) {
    return new AssignClusters(prints, sameEvents, horizon);
  }

  @Override
  public PCollectionTuple expand(PCollection<VerifiedPair> copies) {
    Coder<AssignEvent> eventCoder =
        SchemaCoders.of(copies.getPipeline(), AssignEvent.class);
    KvCoder<String, AssignEvent> keyed = KvCoder.of(StringUtf8Coder.of(), eventCoder);
    PCollection<KV<String, AssignEvent>> stories = prints
        .apply("StoryEvents", ParDo.of(new StoryEventFn())).setCoder(keyed);
    PCollection<KV<String, AssignEvent>> edges = copies
        .apply("CopyEvents", ParDo.of(new CopyEventFn())).setCoder(keyed);
    PCollectionList<KV<String, AssignEvent>> all = PCollectionList.of(stories).and(edges);
    if (sameEvents != null) {
      all = all.and(sameEvents.apply("SameEventEvents", ParDo.of(new SameEventFn()))
          .setCoder(keyed));
    }
    PCollection<KV<String, AssignEvent>> events = all.apply("AllEvents", Flatten.pCollections());
    Duration forgetAfter = events.isBounded() == PCollection.IsBounded.UNBOUNDED ? horizon : null;
    PCollectionTuple out = events.apply("Cluster",
        ParDo.of(new AssignFn(forgetAfter)).withOutputTags(MEMBERSHIPS, TupleTagList.of(MERGES)));
    out.get(MEMBERSHIPS).setCoder(
        SchemaCoders.of(copies.getPipeline(), Membership.class));
    out.get(MERGES).setCoder(
        SchemaCoders.of(copies.getPipeline(), MergeEvent.class));
    return out;
  }

  private static final class StoryEventFn extends DoFn<StoryPrint, KV<String, AssignEvent>> {
    @ProcessElement
    public void process(@Element StoryPrint print, OutputReceiver<KV<String, AssignEvent>> out) {
      out.output(KV.of(ALL, AssignEvent.story(print.id(), print.eventMillis())));
    }
  }

  private static final class CopyEventFn extends DoFn<VerifiedPair, KV<String, AssignEvent>> {
    @ProcessElement
    public void process(@Element VerifiedPair pair, OutputReceiver<KV<String, AssignEvent>> out) {
      out.output(KV.of(ALL, AssignEvent.copy(pair)));
    }
  }

  private static final class SameEventFn extends DoFn<VerifiedPair, KV<String, AssignEvent>> {
    @ProcessElement
    public void process(@Element VerifiedPair pair, OutputReceiver<KV<String, AssignEvent>> out) {
      out.output(KV.of(ALL, AssignEvent.sameEvent(pair)));
    }
  }

  private static final class AssignFn extends DoFn<KV<String, AssignEvent>, Membership> {
    @StateId("nodes")
    private final StateSpec<MapState<String, ClusterForest.Node>> nodesSpec =
        StateSpecs.map(StringUtf8Coder.of(), new NodeCoder());

    @StateId("members")
    private final StateSpec<MapState<String, List<String>>> membersSpec =
        StateSpecs.map(StringUtf8Coder.of(), ListCoder.of(StringUtf8Coder.of()));

    /** The story tier's forest: copies and same-event pairs both join story clusters. */
    @StateId("storyNodes")
    private final StateSpec<MapState<String, ClusterForest.Node>> storyNodesSpec =
        StateSpecs.map(StringUtf8Coder.of(), new NodeCoder());

    @StateId("storyMembers")
    private final StateSpec<MapState<String, List<String>>> storyMembersSpec =
        StateSpecs.map(StringUtf8Coder.of(), ListCoder.of(StringUtf8Coder.of()));

    @StateId("changed")
    private final StateSpec<MapState<String, Boolean>> changedSpec =
        StateSpecs.map(StringUtf8Coder.of(), BooleanCoder.of());

    @StateId("sequence")
    private final StateSpec<ValueState<Long>> sequenceSpec = StateSpecs.value(VarLongCoder.of());

    @StateId("emitPending")
    private final StateSpec<ValueState<Boolean>> emitPendingSpec = StateSpecs.value(BooleanCoder.of());

    @TimerId("emit")
    private final TimerSpec emitSpec = TimerSpecs.timer(TimeDomain.EVENT_TIME);

    @StateId("sweepAt")
    private final StateSpec<ValueState<Long>> sweepAtSpec = StateSpecs.value(VarLongCoder.of());

    @StateId("storyCount")
    private final StateSpec<ValueState<Long>> storyCountSpec = StateSpecs.value(VarLongCoder.of());

    private final Gauge storiesHeld = FeedMetrics.gauge(FeedMetrics.ASSIGN_STORIES);
    private final Distribution storiesHeldPeak =
        FeedMetrics.distribution(FeedMetrics.ASSIGN_STORIES + FeedMetrics.HELD_SUFFIX);

    @TimerId("sweep")
    private final TimerSpec sweepSpec = TimerSpecs.timer(TimeDomain.EVENT_TIME);

    private final Counter merges = FeedMetrics.counter(FeedMetrics.MERGES);
    private final Counter storyMerges = FeedMetrics.counter(FeedMetrics.STORY_MERGES);
    private final Counter storiesCopied = FeedMetrics.counter(FeedMetrics.STORIES_COPIED);
    private final @Nullable Duration horizon;

    AssignFn(@Nullable Duration horizon) {
      this.horizon = horizon;
    }

    @ProcessElement
    public void process(
        @Element KV<String, AssignEvent> element,
        @Timestamp Instant timestamp,
        @StateId("nodes") MapState<String, ClusterForest.Node> nodes,
        @StateId("members") MapState<String, List<String>> members,
        @StateId("storyNodes") MapState<String, ClusterForest.Node> storyNodes,
        @StateId("storyMembers") MapState<String, List<String>> storyMembers,
        @StateId("changed") MapState<String, Boolean> changed,
        @StateId("emitPending") ValueState<Boolean> emitPending,
        @StateId("sweepAt") ValueState<Long> sweepAt,
        @StateId("storyCount") ValueState<Long> storyCount,
        @TimerId("emit") Timer emit,
        @TimerId("sweep") Timer sweep,
        MultiOutputReceiver out) {
      // the story forest holds every story the copy forest does, and those of same-event pairs
      int[] newStories = {0};
      ClusterForest.Changes storyChanges = new ClusterForest.Changes() {
        @Override
        public void changed(String id) {
          changed.put(id, true);
        }

        @Override
        public void merged(String absorbed, String into, String newerId, String olderId) {
          storyMerges.inc();
        }

        @Override
        public void added(String id) {
          newStories[0]++;
        }
      };
      ClusterForest stories = forest(storyNodes, storyMembers, storyChanges);
      ClusterForest forest = forest(nodes, members, new ClusterForest.Changes() {
        @Override
        public void changed(String id) {
          changed.put(id, true);
        }

        @Override
        public void merged(String absorbed, String into, String newerId, String olderId) {
          merges.inc();
          out.get(MERGES).output(
              MergeEvent.of(copyCluster(absorbed), copyCluster(into), newerId, olderId));
        }
      });
      AssignEvent event = element.getValue();
      if (event.getOlderId() == null) {
        forest.addStory(event.getId(), event.getEventMillis());
        stories.addStory(event.getId(), event.getEventMillis());
      } else {
        if (event.getCopy()) {
          if (forest.addCopy(event.getId(), event.getEventMillis(), event.getOlderId(),
              event.getOlderMillis(), event.getSimilarity(), event.getReason(),
              event.getEvidence())) {
            storiesCopied.inc();
          }
        }
        stories.addCopy(event.getId(), event.getEventMillis(), event.getOlderId(),
            event.getOlderMillis(), event.getSimilarity(), event.getReason(),
            event.getEvidence());
      }
      if (emitPending.read() == null) {
        emitPending.write(true);
        emit.set(timestamp);
      }
      if (newStories[0] > 0) {
        LiveCount.add(storyCount, newStories[0], storiesHeld, storiesHeldPeak);
      }
      if (horizon != null) {
        long expiry = event.getEventMillis() + horizon.getMillis();
        Sweep.atOrBefore(expiry, timestamp.getMillis(), sweepAt, sweep);
      }
    }

    /**
     * Forgets the story clusters whose newest member is a horizon behind, and with their members
     * the copy clusters they hold (a story cluster is a union of whole copy clusters). Pending
     * memberships go out first.
     */
    @OnTimer("sweep")
    public void sweep(
        OnTimerContext context,
        @StateId("nodes") MapState<String, ClusterForest.Node> nodes,
        @StateId("members") MapState<String, List<String>> members,
        @StateId("storyNodes") MapState<String, ClusterForest.Node> storyNodes,
        @StateId("storyMembers") MapState<String, List<String>> storyMembers,
        @StateId("changed") MapState<String, Boolean> changed,
        @StateId("sequence") ValueState<Long> sequenceState,
        @StateId("sweepAt") ValueState<Long> sweepAt,
        @StateId("storyCount") ValueState<Long> storyCount,
        @TimerId("sweep") Timer sweep,
        MultiOutputReceiver out) {
      emitChanged(nodes, members, storyNodes, storyMembers, changed, sequenceState, out);
      long now = context.fireTimestamp().getMillis();
      ClusterForest copies = forest(nodes, members, null);
      ClusterForest stories = forest(storyNodes, storyMembers, null);
      List<String> roots = new ArrayList<>();
      storyMembers.keys().read().forEach(roots::add);
      long oldestKept = Long.MAX_VALUE;
      long forgottenStories = 0;
      for (String root : roots) {
        List<String> forgotten = stories.forgetIfOlderThan(root, now - horizon.getMillis());
        if (forgotten.isEmpty()) {
          oldestKept = Math.min(oldestKept, storyNodes.get(root).read().newestMillis);
        } else {
          copies.forget(forgotten);
          forgottenStories += forgotten.size();
        }
      }
      LiveCount.add(storyCount, -forgottenStories, storiesHeld);
      Sweep.next(oldestKept == Long.MAX_VALUE ? oldestKept : oldestKept + horizon.getMillis(),
          now, horizon.getMillis() / 8, sweepAt, sweep);
    }

    @OnTimer("emit")
    public void emit(
        @StateId("nodes") MapState<String, ClusterForest.Node> nodes,
        @StateId("members") MapState<String, List<String>> members,
        @StateId("storyNodes") MapState<String, ClusterForest.Node> storyNodes,
        @StateId("storyMembers") MapState<String, List<String>> storyMembers,
        @StateId("changed") MapState<String, Boolean> changed,
        @StateId("sequence") ValueState<Long> sequenceState,
        @StateId("emitPending") ValueState<Boolean> emitPending,
        MultiOutputReceiver out) {
      emitPending.clear();
      emitChanged(nodes, members, storyNodes, storyMembers, changed, sequenceState, out);
    }

    private static void emitChanged(
        MapState<String, ClusterForest.Node> nodes,
        MapState<String, List<String>> members,
        MapState<String, ClusterForest.Node> storyNodes,
        MapState<String, List<String>> storyMembers,
        MapState<String, Boolean> changed,
        ValueState<Long> sequenceState,
        MultiOutputReceiver out) {
      ClusterForest forest = forest(nodes, members, null);
      ClusterForest stories = forest(storyNodes, storyMembers, null);
      long sequence = sequenceState.read() == null ? 0 : sequenceState.read();
      List<String> ids = new ArrayList<>();
      changed.keys().read().forEach(ids::add);
      for (String id : ids) {
        ClusterForest.Node node = forest.node(id);
        String label = forest.label(id);
        out.get(MEMBERSHIPS).output(Membership.of(id, copyCluster(label),
            storyCluster(stories.label(id)),
            node.matchedId, node.matchedId == null ? 1.0 : node.similarity,
            node.matchedId == null ? "first of its cluster" : node.reason, node.evidence,
            ++sequence));
      }
      changed.clear();
      sequenceState.write(sequence);
    }

    private static ClusterForest forest(MapState<String, ClusterForest.Node> nodes,
        MapState<String, List<String>> members, ClusterForest.@Nullable Changes changes) {
      return new ClusterForest(new ClusterForest.NodeStore() {
        @Override
        public ClusterForest.@Nullable Node get(String id) {
          return nodes.get(id).read();
        }

        @Override
        public void put(String id, ClusterForest.Node node) {
          nodes.put(id, node);
        }

        @Override
        public List<String> members(String root) {
          List<String> list = members.get(root).read();
          return list == null ? List.of() : list;
        }

        @Override
        public void setMembers(String root, List<String> list) {
          members.put(root, list);
        }

        @Override
        public void removeMembers(String root) {
          members.remove(root);
        }

        @Override
        public void remove(String id) {
          nodes.remove(id);
        }
      }, changes);
    }
  }

  static String copyCluster(String label) {
    return "copy-" + label;
  }

  static String storyCluster(String label) {
    return "story-" + label;
  }
}
