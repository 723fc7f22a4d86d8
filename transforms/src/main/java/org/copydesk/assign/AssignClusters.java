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
import org.copydesk.story.SchemaCoders;
import org.copydesk.verify.VerifiedPair;
import org.joda.time.Instant;

/**
 * The assign stage: turns verified copies into copy clusters and, with the story tier's same-event
 * pairs, copies and same-event pairs into story clusters, each with a {@link ClusterForest} in
 * keyed state. Clustering is global, so the stage runs under one key; its work per event is a few
 * state reads (the costly stages before it are parallel). Memberships are emitted when the
 * watermark passes the events that changed them: in a batch run, once per story at the end; in a
 * stream, as updates. Merges of two multi-story clusters go to {@link #MERGES}.
 */
public final class AssignClusters extends PTransform<PCollection<VerifiedPair>, PCollectionTuple> {
  public static final TupleTag<Membership> MEMBERSHIPS = new TupleTag<Membership>() {};
  public static final TupleTag<MergeEvent> MERGES = new TupleTag<MergeEvent>() {};

  private static final String ALL = "";

  private final PCollection<StoryPrint> prints;
  private final @Nullable PCollection<VerifiedPair> sameEvents;

  private AssignClusters(PCollection<StoryPrint> prints,
      @Nullable PCollection<VerifiedPair> sameEvents) {
    this.prints = prints;
    this.sameEvents = sameEvents;
  }

  /** Every printed story gets a membership, copies or not; a copy cluster is its story cluster. */
  public static AssignClusters of(PCollection<StoryPrint> prints) {
    return new AssignClusters(prints, null);
  }

  /** Story clusters also join the copy clusters of stories verified to report the same event. */
  public AssignClusters withSameEvents(PCollection<VerifiedPair> sameEvents) {
    return new AssignClusters(prints, sameEvents);
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
    PCollectionTuple out = all
        .apply("AllEvents", Flatten.pCollections())
        .apply("Cluster", ParDo.of(new AssignFn()).withOutputTags(MEMBERSHIPS, TupleTagList.of(MERGES)));
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

    private final Counter merges = FeedMetrics.counter(FeedMetrics.MERGES);
    private final Counter storyMerges = FeedMetrics.counter(FeedMetrics.STORY_MERGES);
    private final Counter storiesCopied = FeedMetrics.counter(FeedMetrics.STORIES_COPIED);

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
        @TimerId("emit") Timer emit,
        MultiOutputReceiver out) {
      ClusterForest.Changes storyChanges = new ClusterForest.Changes() {
        @Override
        public void changed(String id) {
          changed.put(id, true);
        }

        @Override
        public void merged(String absorbed, String into, String newerId, String olderId) {
          storyMerges.inc();
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
