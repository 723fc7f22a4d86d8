package org.copydesk.pipeline;

import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.FlatMapElements;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.Sum;
import org.apache.beam.sdk.transforms.windowing.AfterProcessingTime;
import org.apache.beam.sdk.transforms.windowing.GlobalWindows;
import org.apache.beam.sdk.transforms.windowing.Repeatedly;
import org.apache.beam.sdk.transforms.windowing.Window;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PDone;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.copydesk.assign.MergeEvent;
import org.copydesk.consolidate.ClusterView;
import org.copydesk.story.DeadLetter;
import org.copydesk.story.Superseded;
import org.copydesk.write.AssignmentsTsv;
import org.copydesk.write.OutputJson;
import org.joda.time.Duration;

/**
 * The flow's outputs as files in one directory. A batch writes each output as one file named
 * exactly ({@code clusters.jsonl}, …; see the README). A stream cannot wait for the end, so it
 * writes JSON Lines files per window instead ({@code clusters-pane-<n>-<shard>-of-<shards>.jsonl}),
 * with no {@code assignments.tsv}: the cluster updates carry their members.
 */
final class FileSink extends PTransform<PCollectionTuple, PDone> {
  static final String ASSIGNMENTS = "assignments.tsv";
  static final String CLUSTERS = "clusters.jsonl";
  static final String DEAD_LETTERS = "deadletter.jsonl";
  static final String SUPERSEDED = "superseded.jsonl";
  static final String MERGES = "merges.jsonl";
  static final String REPORT = "report.html";

  private final String directory;
  private final Duration window;
  private final int shards;

  private FileSink(String directory, Duration window, int shards) {
    this.directory = directory;
    this.window = window;
    this.shards = shards;
  }

  /** One file per output, written once the input has ended. */
  static FileSink batch(String directory) {
    return new FileSink(directory, null, 0);
  }

  /** Files of what each output emitted in each {@code window} of wall-clock time. */
  static FileSink windowed(String directory, Duration window, int shards) {
    return new FileSink(directory, window, shards);
  }

  @Override
  public PDone expand(PCollectionTuple outputs) {
    PCollection<ClusterView> clusters = outputs.get(CopydeskFlow.CLUSTERS);
    if (window == null) {
      clusters
          .apply("AssignmentRows", FlatMapElements.into(TypeDescriptors.strings()).via(AssignmentsTsv::rows))
          .apply("WriteAssignments", write(ASSIGNMENTS, AssignmentsTsv.HEADER));
    }
    clusters
        .apply("ClusterJson", MapElements.into(TypeDescriptors.strings()).via(OutputJson::cluster))
        .apply("WriteClusters", write(CLUSTERS, null));
    outputs.get(CopydeskFlow.DEAD_LETTERS)
        .apply("DeadLetterJson", MapElements.into(TypeDescriptors.strings()).via((DeadLetter d) -> OutputJson.deadLetter(d)))
        .apply("WriteDeadLetters", write(DEAD_LETTERS, null));
    outputs.get(CopydeskFlow.SUPERSEDED)
        .apply("SupersededJson", MapElements.into(TypeDescriptors.strings()).via((Superseded s) -> OutputJson.superseded(s)))
        .apply("WriteSuperseded", write(SUPERSEDED, null));
    outputs.get(CopydeskFlow.MERGES)
        .apply("MergeJson", MapElements.into(TypeDescriptors.strings()).via((MergeEvent m) -> OutputJson.merge(m)))
        .apply("WriteMerges", write(MERGES, null));
    if (window == null) {
      PCollection<Long> accepted =
          outputs.get(CopydeskFlow.ACCEPTED).apply("CountAccepted", Count.globally());
      PCollection<Long> deadLetters =
          outputs.get(CopydeskFlow.DEAD_LETTERS).apply("CountDeadLetters", Count.globally());
      PCollection<Long> read = PCollectionList.of(accepted).and(deadLetters)
          .and(outputs.get(CopydeskFlow.SUPERSEDED).apply("CountSuperseded", Count.globally()))
          .apply("Counts", Flatten.pCollections())
          .apply("CountRead", Sum.longsGlobally());
      clusters.apply("Report",
          new ReportFile(directory + "/" + REPORT, read, accepted, deadLetters));
    }
    return PDone.in(outputs.getPipeline());
  }

  private PTransform<PCollection<String>, PDone> write(String name, String header) {
    int dot = name.lastIndexOf('.');
    TextIO.Write write = TextIO.write()
        .to(directory + "/" + name.substring(0, dot))
        .withSuffix(name.substring(dot));
    if (window == null) {
      // Written even when empty, named exactly.
      TextIO.Write single = write.withoutSharding();
      return header == null ? single : single.withHeader(header);
    }
    // The pane's index counts the windows, in order: clusters-pane-7-00000-of-00001.jsonl.
    return new Windowed(write.withWindowedWrites().withNumShards(shards)
        .withShardNameTemplate("-P-SSSSS-of-NNNNN"), window);
  }

  /**
   * Windows of wall-clock time, not of story time: the updates are a changelog whose order is the
   * order they were made in, and story time says nothing of that (a replayed archive would scatter
   * over one file per minute of its past). In the global window nothing is ever late, so nothing
   * is dropped; a window with no updates writes no file.
   */
  private static final class Windowed extends PTransform<PCollection<String>, PDone> {
    private final TextIO.Write write;
    private final Duration window;

    Windowed(TextIO.Write write, Duration window) {
      this.write = write;
      this.window = window;
    }

    @Override
    public PDone expand(PCollection<String> lines) {
      return lines
          .apply("Window", Window.<String>into(new GlobalWindows())
              .triggering(Repeatedly.forever(
                  AfterProcessingTime.pastFirstElementInPane().alignedTo(window)))
              .withAllowedLateness(Duration.ZERO)
              .discardingFiredPanes())
          .apply("Write", write);
    }
  }
}
