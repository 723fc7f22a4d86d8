package org.copydesk.pipeline;

import java.util.List;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.Watch;
import org.apache.beam.sdk.transforms.WithFailures;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.copydesk.monitor.FeedMetrics;
import org.copydesk.read.RawRecord;
import org.copydesk.read.ReadLimits;
import org.copydesk.read.ReadRecords;
import org.copydesk.story.DeadLetter;
import org.copydesk.story.Origin;
import org.joda.time.Duration;

/**
 * Story files as records: the files {@code --input} names, read once (a bounded source), or
 * watched, so that files landing later are read as they come (an unbounded one). A pattern that
 * matches nothing is no error (a watched directory may start empty); files found unreadable before
 * the job started are dead letters, since matching would pass over them without a word.
 */
final class FileSource extends PTransform<PBegin, WithFailures.Result<PCollection<RawRecord>, DeadLetter>> {
  private final InputPaths inputs;
  private final ReadLimits limits;
  private final Duration watchInterval;

  private FileSource(InputPaths inputs, ReadLimits limits, Duration watchInterval) {
    this.inputs = inputs;
    this.limits = limits;
    this.watchInterval = watchInterval;
  }

  /** Reads the files there are now, and ends. */
  static FileSource once(InputPaths inputs, ReadLimits limits) {
    return new FileSource(inputs, limits, null);
  }

  /** Reads the files there are, then looks for new ones every {@code interval}, never ending. */
  static FileSource watching(InputPaths inputs, ReadLimits limits, Duration interval) {
    return new FileSource(inputs, limits, interval);
  }

  @Override
  public WithFailures.Result<PCollection<RawRecord>, DeadLetter> expand(PBegin begin) {
    FileIO.MatchAll match = FileIO.matchAll().withEmptyMatchTreatment(EmptyMatchTreatment.ALLOW);
    if (watchInterval != null) {
      // A file is read once, when first seen; rewriting it in place does not read it again.
      match = match.continuously(watchInterval, Watch.Growth.never());
    }
    WithFailures.Result<PCollection<RawRecord>, DeadLetter> read = begin
        .apply("Patterns", Create.of(inputs.patterns()))
        .apply("Match", match)
        .apply("Open", FileIO.readMatches())
        .apply("Records", ReadRecords.withLimits(limits));
    PCollection<DeadLetter> unreadable = begin
        .apply("UnreadableFiles", Create.of(inputs.unreadableFiles()).withCoder(StringUtf8Coder.of()))
        .apply("UnreadableDeadLetters",
            MapElements.into(TypeDescriptor.of(DeadLetter.class)).via(FileSource::unreadable))
        .setCoder(read.failures().getCoder());
    PCollection<DeadLetter> deadLetters = PCollectionList.of(unreadable).and(read.failures())
        .apply("FileDeadLetters", Flatten.pCollections());
    return WithFailures.Result.of(read.output(), deadLetters);
  }

  private static DeadLetter unreadable(String file) {
    FeedMetrics.counter(FeedMetrics.RECORDS_READ).inc();
    return DeadLetter.of(Origin.wholeFile(file), DeadLetter.Reason.UNREADABLE_FILE,
        "unreadable file: it is listed but cannot be opened (a dangling link, or no permission)",
        "", 0);
  }
}
