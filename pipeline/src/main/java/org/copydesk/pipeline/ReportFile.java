package org.copydesk.pipeline;

import java.io.IOException;
import java.io.Serializable;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Filter;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Top;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.util.MimeTypes;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.PDone;
import org.copydesk.consolidate.ClusterView;
import org.copydesk.consolidate.ClusterViewCoder;
import org.copydesk.write.ReportHtml;

/**
 * Writes {@code report.html} at the end of a batch run: the biggest story clusters in full, with
 * the run's figures. Only the clusters shown are gathered in one place; the rest are counted.
 *
 * <p>The page is written straight to its file by the step that renders it, not handed to a file
 * sink as one element: a sink groups its elements into shards, and Flink's batch sort refuses a
 * record over 25.5 MB, which the page of a 10,000-story run (28.6 MB) was.
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
    several
        .apply("Biggest", Top.of(ReportHtml.DEFAULT_MAX_CLUSTERS, new Smaller()))
        .setCoder(ListCoder.of(ClusterViewCoder.of()))
        .apply("RenderAndWrite", ParDo.of(new RenderFn(path, counts)).withSideInputs(counts.all()));
    return PDone.in(clusters.getPipeline());
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

  private static final class RenderFn extends DoFn<List<ClusterView>, Void> {
    private final String path;
    private final Counts counts;

    RenderFn(String path, Counts counts) {
      this.path = path;
      this.counts = counts;
    }

    @ProcessElement
    public void process(ProcessContext context) throws IOException {
      ReportHtml.Summary summary = new ReportHtml.Summary(
          context.sideInput(counts.read()), context.sideInput(counts.accepted()),
          context.sideInput(counts.deadLetters()), context.sideInput(counts.storyClusters()),
          context.sideInput(counts.several()), Instant.now());
      String page = ReportHtml.render(context.element(), summary);
      ResourceId file = FileSystems.matchNewResource(path, false);
      try (Writer out = Channels.newWriter(FileSystems.create(file, MimeTypes.TEXT),
          StandardCharsets.UTF_8)) {
        out.write(page);
      }
    }
  }
}
