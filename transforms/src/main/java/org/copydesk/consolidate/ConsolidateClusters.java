package org.copydesk.consolidate;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.copydesk.assign.Assignment;
import org.copydesk.monitor.FeedMetrics;

/** The consolidate stage: members grouped by story cluster become one {@link ClusterView} each. */
public final class ConsolidateClusters
    extends PTransform<PCollection<Assignment>, PCollection<ClusterView>> {

  @Override
  public PCollection<ClusterView> expand(PCollection<Assignment> assignments) {
    return assignments
        .apply("KeyByStoryCluster",
            WithKeys.of(Assignment::getStoryCluster).withKeyType(TypeDescriptors.strings()))
        .apply("GatherMembers", GroupByKey.create())
        .apply("BuildView", ParDo.of(new BuildViewFn()));
  }

  private static final class BuildViewFn extends DoFn<KV<String, Iterable<Assignment>>, ClusterView> {
    private final Counter storyClusters = FeedMetrics.counter(FeedMetrics.STORY_CLUSTERS);
    private final Counter copyClusters = FeedMetrics.counter(FeedMetrics.COPY_CLUSTERS);

    @ProcessElement
    public void process(@Element KV<String, Iterable<Assignment>> cluster,
        OutputReceiver<ClusterView> out) {
      List<Assignment> members = new ArrayList<>();
      cluster.getValue().forEach(members::add);
      ClusterView view = ClusterViews.build(cluster.getKey(), 1, members);
      storyClusters.inc();
      copyClusters.inc(view.getCopyClusters().size());
      out.output(view);
    }
  }
}
