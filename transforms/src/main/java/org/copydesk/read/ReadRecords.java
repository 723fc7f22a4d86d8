package org.copydesk.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import org.apache.beam.sdk.io.FileIO;
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
        reader.read(name, file.getMetadata().lastModifiedMillis(), in, sink);
      } catch (IOException | RuntimeException e) {
        // Records read before the failure stand; the rest of the file is one dead letter.
        sink.deadLetter(DeadLetter.of(Origin.wholeFile(name), Reason.UNREADABLE_FILE,
            "unreadable file: " + e, "", file.getMetadata().sizeBytes()));
      }
    }
  }
}
