package org.copydesk.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithFailures;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.copydesk.monitor.FeedMetrics;
import org.copydesk.story.DeadLetter;
import org.copydesk.story.DeadLetter.Reason;
import org.copydesk.story.Origin;

/** The read stage for files: each matched file becomes records, or dead letters saying why not. */
public final class ReadRecords
    extends PTransform<PCollection<FileIO.ReadableFile>, WithFailures.Result<PCollection<RawRecord>, DeadLetter>> {

  static final TupleTag<RawRecord> RECORDS = new TupleTag<RawRecord>() {};
  static final TupleTag<DeadLetter> DEAD_LETTERS = new TupleTag<DeadLetter>() {};

  private final ReadLimits limits;

  private ReadRecords(ReadLimits limits) {
    this.limits = limits;
  }

  public static ReadRecords withLimits(ReadLimits limits) {
    return new ReadRecords(limits);
  }

  @Override
  public WithFailures.Result<PCollection<RawRecord>, DeadLetter> expand(
      PCollection<FileIO.ReadableFile> files) {
    PCollectionTuple out =
        files.apply("SplitIntoRecords",
            ParDo.of(new ReadFileFn(limits)).withOutputTags(RECORDS, TupleTagList.of(DEAD_LETTERS)));
    return WithFailures.Result.of(out.get(RECORDS), out.get(DEAD_LETTERS));
  }

  /**
   * A file was received when it was last modified. {@code FileIO.matchAll} leaves that time out of
   * the metadata it passes on, so it is asked again; failing that, the file is received now.
   */
  static long receivedMillis(MatchResult.Metadata metadata) {
    if (metadata.lastModifiedMillis() > 0) {
      return metadata.lastModifiedMillis();
    }
    try {
      MatchResult.Metadata fresh = FileSystems.matchSingleFileSpec(metadata.resourceId().toString());
      if (fresh.lastModifiedMillis() > 0) {
        return fresh.lastModifiedMillis();
      }
    } catch (IOException | RuntimeException e) {
      // fall through: the read itself will report a file that cannot be reached
    }
    return System.currentTimeMillis();
  }

  private static final class ReadFileFn extends DoFn<FileIO.ReadableFile, RawRecord> {
    private final Counter recordsRead = FeedMetrics.counter(FeedMetrics.RECORDS_READ);
    private final ReadLimits limits;
    private transient RecordReader reader;

    ReadFileFn(ReadLimits limits) {
      this.limits = limits;
    }

    @Setup
    public void setup() {
      reader = new RecordReader(limits);
    }

    @ProcessElement
    public void process(@Element FileIO.ReadableFile file, MultiOutputReceiver out) {
      String name = file.getMetadata().resourceId().toString();
      RecordReader.Sink sink =
          new RecordReader.Sink() {
            @Override
            public void record(RawRecord record) {
              recordsRead.inc();
              out.get(RECORDS).output(record);
            }

            @Override
            public void deadLetter(DeadLetter deadLetter) {
              recordsRead.inc();
              out.get(DEAD_LETTERS).output(deadLetter);
            }
          };
      try (InputStream in = Channels.newInputStream(file.open())) {
        reader.read(name, receivedMillis(file.getMetadata()), in, sink);
      } catch (IOException | RuntimeException e) {
        // Records read before the failure stand; the rest of the file is one dead letter.
        sink.deadLetter(DeadLetter.of(Origin.wholeFile(name), Reason.UNREADABLE_FILE,
            "unreadable file: " + e, "", file.getMetadata().sizeBytes()));
      }
    }
  }
}
