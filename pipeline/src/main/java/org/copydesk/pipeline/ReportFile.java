package org.copydesk.pipeline;

import java.io.Serializable;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Filter;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Top;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.PDone;
import org.copydesk.consolidate.ClusterView;
import org.copydesk.write.ReportHtml;

/**
 * Writes {@code report.html} at the end of a batch run: the biggest story clusters in full, with
 * the run's figures. Only the clusters shown are gathered in one place; the rest are counted.
 */
final class ReportFile extends PTransform<PCollection<ClusterView>, PDone> {
  private final String path;
  private final PCollection<Long> read;
  private final PCollection<Long> accepted;
  private final PCollection<Long> deadLetters;

  /** {@code read}, {@code accepted} and {@code deadLetters} are one-element counts. */
  ReportFile(String path, PCollection<Long> read, PCollection<Long> accepted,
      PCollection<Long> deadLetters) {
    this.path = path;
    this.read = read;
    this.accepted = accepted;
    this.deadLetters = deadLetters;
  }

  @Override
  public PDone expand(PCollection<ClusterView> clusters) {
    PCollection<ClusterView> live = clusters
        .apply("Live", Filter.by((ClusterView c) -> c.getMergedInto() == null));
    PCollection<ClusterView> several = live
        .apply("OfSeveralStories", Filter.by((ClusterView c) -> c.getMembers().size() >= 2));
    Counts counts = new Counts(
        read.apply("ReadView", View.asSingleton()),
        accepted.apply("AcceptedView", View.asSingleton()),
        deadLetters.apply("DeadLettersView", View.asSingleton()),
        live.apply("CountLive", Count.globally()).apply("LiveView", View.asSingleton()),
        several.apply("CountSeveral", Count.globally()).apply("SeveralView", View.asSingleton()));
    return several
        .apply("Biggest", Top.of(ReportHtml.DEFAULT_MAX_CLUSTERS, new Smaller()))
        .setCoder(ListCoder.of(SerializableCoder.of(ClusterView.class)))
        .apply("Render", ParDo.of(new RenderFn(counts)).withSideInputs(counts.all()))
        .setCoder(StringUtf8Coder.of())
        .apply("WriteReport", TextIO.write().to(path).withoutSharding());
  }

  /** Orders clusters so that {@link Top} keeps the biggest, ties to the smallest id. */
  private static final class Smaller implements Comparator<ClusterView>, Serializable {
    @Override
    public int compare(ClusterView a, ClusterView b) {
      int bySize = Integer.compare(a.getMembers().size(), b.getMembers().size());
      return bySize != 0 ? bySize : b.getStoryCluster().compareTo(a.getStoryCluster());
    }
  }

  private record Counts(PCollectionView<Long> read, PCollectionView<Long> accepted,
      PCollectionView<Long> deadLetters, PCollectionView<Long> storyClusters,
      PCollectionView<Long> several) implements Serializable {
    List<PCollectionView<?>> all() {
      return List.of(read, accepted, deadLetters, storyClusters, several);
    }
  }

  private static final class RenderFn extends DoFn<List<ClusterView>, String> {
    private final Counts counts;

    RenderFn(Counts counts) {
      this.counts = counts;
    }

    @ProcessElement
    public void process(ProcessContext context) {
      ReportHtml.Summary summary = new ReportHtml.Summary(
          context.sideInput(counts.read()), context.sideInput(counts.accepted()),
          context.sideInput(counts.deadLetters()), context.sideInput(counts.storyClusters()),
          context.sideInput(counts.several()), Instant.now());
      context.output(ReportHtml.render(context.element(), summary));
    }
  }
}
