package org.copydesk.pipeline;

import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.FlatMapElements;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.Sum;
import org.apache.beam.sdk.transforms.WithFailures;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.copydesk.assign.AssignClusters;
import org.copydesk.assign.MergeEvent;
import org.copydesk.candidates.FindCandidates;
import org.copydesk.clean.BoilerplateConfig;
import org.copydesk.clean.CleanStories;
import org.copydesk.consolidate.CanonicalPolicy;
import org.copydesk.consolidate.ClusterView;
import org.copydesk.consolidate.ConsolidateClusters;
import org.copydesk.event.FindSameEvents;
import org.copydesk.fingerprint.FingerprintConfig;
import org.copydesk.fingerprint.FingerprintStories;
import org.copydesk.fingerprint.StoryPrint;
import org.copydesk.monitor.FeedMetrics;
import org.copydesk.parse.ParseStories;
import org.copydesk.read.RawRecord;
import org.copydesk.read.ReadLimits;
import org.copydesk.read.ReadRecords;
import org.copydesk.story.DeadLetter;
import org.copydesk.story.Origin;
import org.copydesk.story.SchemaCoders;
import org.copydesk.story.Story;
import org.copydesk.story.Superseded;
import org.copydesk.verify.CopyJudge;
import org.copydesk.verify.VerifiedPair;
import org.copydesk.verify.VerifyConfig;
import org.copydesk.versions.KeepLatestVersion;
import org.copydesk.write.AssignmentsTsv;
import org.copydesk.write.OutputJson;
import org.joda.time.Duration;

/**
 * Wires the copydesk flow: read, parse, clean, keep the latest version, fingerprint, candidates,
 * verify, assign, consolidate, write.
 */
public final class CopydeskPipeline {
  public static final String ASSIGNMENTS = "assignments.tsv";
  public static final String CLUSTERS = "clusters.jsonl";
  public static final String DEAD_LETTERS = "deadletter.jsonl";
  public static final String SUPERSEDED = "superseded.jsonl";
  public static final String MERGES = "merges.jsonl";
  public static final String REPORT = "report.html";

  private CopydeskPipeline() {}

  /** Builds the batch job over the given inputs into {@code pipeline}. */
  static void build(Pipeline pipeline, CopydeskOptions options, InputPaths inputs) {
    ReadLimits limits = ReadLimits.of(options.getMaxBodyBytes());
    BoilerplateConfig boilerplate = BoilerplateConfig.defaults().toBuilder()
        .setMinStories(options.getBoilerplateMinStories())
        .setCapacity(options.getBoilerplateCapacity())
        .build();

    WithFailures.Result<PCollection<RawRecord>, DeadLetter> read =
        pipeline.apply("Read", new ReadFiles(inputs.patterns(), limits));
    PCollection<DeadLetter> unreadable = pipeline
        .apply("UnreadableFiles", Create.of(inputs.unreadableFiles()).withCoder(StringUtf8Coder.of()))
        .apply("UnreadableDeadLetters",
            MapElements.into(TypeDescriptor.of(DeadLetter.class)).via(CopydeskPipeline::unreadable))
        .setCoder(read.failures().getCoder());
    WithFailures.Result<PCollection<Story>, DeadLetter> parsed =
        read.output().apply("Parse", ParseStories.withLimits(limits));
    WithFailures.Result<PCollection<Story>, DeadLetter> cleaned =
        parsed.output().apply("Clean", CleanStories.withBoilerplate(boilerplate));
    Duration horizon = Duration.standardHours(options.getHorizonHours());
    FingerprintConfig fingerprint = fingerprintConfig(options);
    PCollectionTuple versions = cleaned.output().apply("KeepLatestVersion",
        KeepLatestVersion.rememberingIdsFor(horizon));
    PCollection<Story> accepted = versions.get(KeepLatestVersion.ACCEPTED);
    PCollection<StoryPrint> prints =
        accepted.apply("Fingerprint", FingerprintStories.with(fingerprint));
    PCollection<VerifiedPair> copies = prints.apply("CandidatesVerified",
        FindCandidates.within(horizon, options.getMaxBucketSize(), options.getMinSharedBands())
            .judgedBy(CopyJudge.with(VerifyConfig.defaults()),
                SchemaCoders.of(pipeline, VerifiedPair.class)));
    PCollection<VerifiedPair> sameEvents = prints.apply("SameEvents", FindSameEvents.withDefaults());
    PCollectionTuple assigned =
        copies.apply("Assign", AssignClusters.of(prints).withSameEvents(sameEvents));
    PCollection<ClusterView> clusters = assigned.get(AssignClusters.MEMBERSHIPS)
        .apply("Consolidate", ConsolidateClusters.of(accepted, horizon).choosingBy(
            CanonicalPolicy.preferring(List.of(options.getPreferredSources().split(",")))));

    PCollection<DeadLetter> deadLetters =
        PCollectionList.of(unreadable).and(read.failures()).and(parsed.failures())
            .and(cleaned.failures())
            .apply("AllDeadLetters", Flatten.pCollections());

    String out = options.getOutput();
    clusters
        .apply("AssignmentRows", FlatMapElements.into(TypeDescriptors.strings()).via(AssignmentsTsv::rows))
        .apply("WriteAssignments", single(out, ASSIGNMENTS, AssignmentsTsv.HEADER));
    clusters
        .apply("ClusterJson", MapElements.into(TypeDescriptors.strings()).via(OutputJson::cluster))
        .apply("WriteClusters", single(out, CLUSTERS, null));
    deadLetters
        .apply("DeadLetterJson", MapElements.into(TypeDescriptors.strings()).via(CopydeskPipeline::countDeadLetter))
        .apply("WriteDeadLetters", single(out, DEAD_LETTERS, null));
    versions.get(KeepLatestVersion.SUPERSEDED)
        .apply("SupersededJson", MapElements.into(TypeDescriptors.strings()).via((Superseded s) -> OutputJson.superseded(s)))
        .apply("WriteSuperseded", single(out, SUPERSEDED, null));
    PCollection<Long> acceptedCount = accepted.apply("CountAccepted", Count.globally());
    PCollection<Long> deadLetterCount = deadLetters.apply("CountDeadLetters", Count.globally());
    PCollection<Long> readCount = PCollectionList.of(acceptedCount).and(deadLetterCount)
        .and(versions.get(KeepLatestVersion.SUPERSEDED).apply("CountSuperseded", Count.globally()))
        .apply("Counts", Flatten.pCollections())
        .apply("CountRead", Sum.longsGlobally());
    clusters.apply("Report",
        new ReportFile(out + "/" + REPORT, readCount, acceptedCount, deadLetterCount));
    assigned.get(AssignClusters.MERGES)
        .apply("MergeJson", MapElements.into(TypeDescriptors.strings()).via((MergeEvent m) -> OutputJson.merge(m)))
        .apply("WriteMerges", single(out, MERGES, null));
  }

  /** The fingerprint options; the builder refuses combinations that cannot work. */
  static FingerprintConfig fingerprintConfig(CopydeskOptions options) {
    return FingerprintConfig.defaults().toBuilder()
        .setShingleSize(options.getShingleSize())
        .setBands(options.getBands())
        .setRows(options.getRows())
        .setSignatureComponents(Math.max(64, options.getBands() * options.getRows()))
        .build();
  }

  private static DeadLetter unreadable(String file) {
    FeedMetrics.counter(FeedMetrics.RECORDS_READ).inc();
    return DeadLetter.of(Origin.wholeFile(file), DeadLetter.Reason.UNREADABLE_FILE,
        "unreadable file: it is listed but cannot be opened (a dangling link, or no permission)",
        "", 0);
  }

  private static String countDeadLetter(DeadLetter deadLetter) {
    FeedMetrics.counter(FeedMetrics.DEAD_LETTERS).inc();
    FeedMetrics.deadLetters(deadLetter.getReason()).inc();
    return OutputJson.deadLetter(deadLetter);
  }

  /** One output file (written even when empty), named exactly {@code name}. */
  private static TextIO.Write single(String directory, String name, String header) {
    int dot = name.lastIndexOf('.');
    TextIO.Write write = TextIO.write()
        .to(directory + "/" + name.substring(0, dot))
        .withSuffix(name.substring(dot))
        .withoutSharding();
    return header == null ? write : write.withHeader(header);
  }

  /** Reads the matched files into records; a pattern that matches nothing is no error. */
  private static final class ReadFiles
      extends PTransform<PBegin, WithFailures.Result<PCollection<RawRecord>, DeadLetter>> {
    private final List<String> patterns;
    private final ReadLimits limits;

    ReadFiles(List<String> patterns, ReadLimits limits) {
      this.patterns = patterns;
      this.limits = limits;
    }

    @Override
    public WithFailures.Result<PCollection<RawRecord>, DeadLetter> expand(PBegin begin) {
      return begin
          .apply("Patterns", Create.of(patterns))
          .apply("Match", FileIO.matchAll().withEmptyMatchTreatment(EmptyMatchTreatment.ALLOW))
          .apply("Open", FileIO.readMatches())
          .apply("Records", ReadRecords.withLimits(limits));
    }
  }
}
