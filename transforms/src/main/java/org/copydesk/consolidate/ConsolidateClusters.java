package org.copydesk.consolidate;

import org.copydesk.story.SchemaCoders;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Distribution;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.copydesk.assign.Assignment;
import org.copydesk.assign.Membership;
import org.copydesk.monitor.FeedMetrics;
import org.copydesk.story.Story;

/**
 * The consolidate stage: each story joins its current membership, and the members of a story
 * cluster become one {@link ClusterView}. Built on grouping, so it emits when its input is
 * complete: at the end of a batch run.
 */
public final class ConsolidateClusters
    extends PTransform<PCollection<Membership>, PCollection<ClusterView>> {
  private static final TupleTag<Story> STORIES = new TupleTag<Story>() {};
  private static final TupleTag<Membership> MEMBERSHIPS = new TupleTag<Membership>() {};

  private final PCollection<Story> stories;

  private ConsolidateClusters(PCollection<Story> stories) {
    this.stories = stories;
  }

  /** Consolidates memberships of the given stories. */
  public static ConsolidateClusters of(PCollection<Story> stories) {
    return new ConsolidateClusters(stories);
  }

  @Override
  public PCollection<ClusterView> expand(PCollection<Membership> memberships) {
    PCollection<Assignment> assignments = KeyedPCollectionTuple
        .of(STORIES, stories.apply("StoryById",
            WithKeys.of(Story::getId).withKeyType(TypeDescriptors.strings())))
        .and(MEMBERSHIPS, memberships.apply("MembershipById",
            WithKeys.of(Membership::getId).withKeyType(TypeDescriptors.strings())))
        .apply("JoinById", CoGroupByKey.create())
        .apply("LatestMembership", ParDo.of(new JoinFn()))
        .setCoder(SchemaCoders.of(memberships.getPipeline(), Assignment.class));
    return assignments
        .apply("KeyByStoryCluster",
            WithKeys.of(Assignment::getStoryCluster).withKeyType(TypeDescriptors.strings()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), assignments.getCoder()))
        .apply("GatherMembers", GroupByKey.create())
        .apply("BuildView", ParDo.of(new BuildViewFn()));
  }

  private static final class JoinFn extends DoFn<KV<String, CoGbkResult>, Assignment> {
    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> joined, OutputReceiver<Assignment> out) {
      Story story = joined.getValue().getOnly(STORIES, null);
      Membership latest = null;
      for (Membership membership : joined.getValue().getAll(MEMBERSHIPS)) {
        if (latest == null || membership.getSequence() > latest.getSequence()) {
          latest = membership;
        }
      }
      if (story != null && latest != null) {
        out.output(Assignment.of(story, latest));
      }
    }
  }

  private static final class BuildViewFn extends DoFn<KV<String, Iterable<Assignment>>, ClusterView> {
    private final Counter storyClusters = FeedMetrics.counter(FeedMetrics.STORY_CLUSTERS);
    private final Counter copyClusters = FeedMetrics.counter(FeedMetrics.COPY_CLUSTERS);
    private final Distribution clusterSize = FeedMetrics.distribution(FeedMetrics.CLUSTER_SIZE);

    @ProcessElement
    public void process(@Element KV<String, Iterable<Assignment>> cluster,
        OutputReceiver<ClusterView> out) {
      List<Assignment> members = new ArrayList<>();
      cluster.getValue().forEach(members::add);
      ClusterView view = ClusterViews.build(cluster.getKey(), 1, members);
      storyClusters.inc();
      copyClusters.inc(view.getCopyClusters().size());
      clusterSize.update(members.size());
      out.output(view);
    }
  }
}
