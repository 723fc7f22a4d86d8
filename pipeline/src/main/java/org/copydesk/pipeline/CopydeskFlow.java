package org.copydesk.pipeline;

import java.util.List;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.WithFailures;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TypeDescriptor;
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
import org.copydesk.story.DeadLetter;
import org.copydesk.story.SchemaCoders;
import org.copydesk.story.Story;
import org.copydesk.story.Superseded;
import org.copydesk.verify.CopyJudge;
import org.copydesk.verify.VerifiedPair;
import org.copydesk.verify.VerifyConfig;
import org.copydesk.versions.KeepLatestVersion;
import org.joda.time.Duration;

/**
 * The copydesk flow from records to clusters: parse, clean, keep the latest version, fingerprint,
 * candidates and verify (the copy tier's and the story tier's), assign, consolidate. It is the same over every source: whether it runs as a
 * batch or as a stream follows from whether its input is bounded. It takes a source's records and
 * dead letters; its outputs are tagged: {@link #CLUSTERS}, {@link #DEAD_LETTERS} (the source's and
 * its own, counted), {@link #SUPERSEDED}, {@link #MERGES}, and the {@link #ACCEPTED} stories.
 */
final class CopydeskFlow
    extends PTransform<WithFailures.Result<PCollection<RawRecord>, DeadLetter>, PCollectionTuple> {
  static final TupleTag<ClusterView> CLUSTERS = new TupleTag<ClusterView>() {};
  static final TupleTag<DeadLetter> DEAD_LETTERS = new TupleTag<DeadLetter>() {};
  static final TupleTag<Superseded> SUPERSEDED = KeepLatestVersion.SUPERSEDED;
  static final TupleTag<MergeEvent> MERGES = AssignClusters.MERGES;
  static final TupleTag<Story> ACCEPTED = KeepLatestVersion.ACCEPTED;

  private final CopydeskOptions options;

  CopydeskFlow(CopydeskOptions options) {
    this.options = options;
  }

  @Override
  public PCollectionTuple expand(WithFailures.Result<PCollection<RawRecord>, DeadLetter> read) {
    ReadLimits limits = ReadLimits.of(options.getMaxBodyBytes());
    BoilerplateConfig boilerplate = BoilerplateConfig.defaults().toBuilder()
        .setMinStories(options.getBoilerplateMinStories())
        .setCapacity(options.getBoilerplateCapacity())
        .build();
    Duration horizon = Duration.standardHours(options.getHorizonHours());

    WithFailures.Result<PCollection<Story>, DeadLetter> parsed =
        read.output().apply("Parse", ParseStories.withLimits(limits));
    WithFailures.Result<PCollection<Story>, DeadLetter> cleaned =
        parsed.output().apply("Clean", CleanStories.withBoilerplate(boilerplate));
    PCollectionTuple versions = cleaned.output().apply("KeepLatestVersion",
        KeepLatestVersion.rememberingIdsFor(horizon));
    PCollection<Story> accepted = versions.get(KeepLatestVersion.ACCEPTED);
    PCollection<StoryPrint> prints =
        accepted.apply("Fingerprint", FingerprintStories.with(fingerprintConfig(options)));
    PCollection<VerifiedPair> copies = prints.apply("CandidatesVerified",
        FindCandidates.within(horizon, options.getMaxBucketSize(), options.getMinSharedBands())
            .judgedBy(CopyJudge.with(VerifyConfig.defaults()),
                SchemaCoders.of(prints.getPipeline(), VerifiedPair.class)));
    PCollection<VerifiedPair> sameEvents =
        prints.apply("SameEvents", FindSameEvents.withDefaults());
    PCollectionTuple assigned = copies.apply("Assign",
        AssignClusters.of(prints).withSameEvents(sameEvents).forgettingAfter(horizon));
    PCollection<ClusterView> clusters = assigned.get(AssignClusters.MEMBERSHIPS)
        .apply("Consolidate", ConsolidateClusters.of(accepted, horizon).choosingBy(
            CanonicalPolicy.preferring(List.of(options.getPreferredSources().split(",")))));
    PCollection<DeadLetter> deadLetters = PCollectionList.of(read.failures())
        .and(parsed.failures())
        .and(cleaned.failures())
        .apply("AllDeadLetters", Flatten.pCollections())
        .apply("CountDeadLetters", MapElements.into(TypeDescriptor.of(DeadLetter.class))
            .via(CopydeskFlow::counted));

    return PCollectionTuple.of(CLUSTERS, clusters)
        .and(DEAD_LETTERS, deadLetters)
        .and(SUPERSEDED, versions.get(KeepLatestVersion.SUPERSEDED))
        .and(MERGES, assigned.get(AssignClusters.MERGES))
        .and(ACCEPTED, accepted);
  }

  private static DeadLetter counted(DeadLetter deadLetter) {
    FeedMetrics.counter(FeedMetrics.DEAD_LETTERS).inc();
    FeedMetrics.deadLetters(deadLetter.getReason()).inc();
    return deadLetter;
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
}
