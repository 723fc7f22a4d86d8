package org.copydesk.parse;

import java.nio.charset.StandardCharsets;
import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.time.Instant;
import java.util.Locale;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithFailures;
import org.apache.beam.sdk.transforms.windowing.BoundedWindow;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.copydesk.monitor.FeedMetrics;
import org.copydesk.read.InputFormat;
import org.copydesk.read.RawRecord;
import org.copydesk.read.ReadLimits;
import org.copydesk.story.DeadLetter;
import org.copydesk.story.DeadLetter.Reason;
import org.copydesk.story.Story;
import org.joda.time.Duration;

/**
 * The parse stage: a raw record becomes a structured {@link Story} (headline, byline, dateline,
 * publication time, credits, body paragraphs) or a dead letter saying why it cannot. Each story is
 * placed in event time at its publication time, else at when it was received (see {@code
 * ParseFn#timestamp} for undated stories in a bounded run).
 */
public final class ParseStories
    extends PTransform<PCollection<RawRecord>, WithFailures.Result<PCollection<Story>, DeadLetter>> {

  private static final TupleTag<Story> STORIES = new TupleTag<Story>() {};
  private static final TupleTag<DeadLetter> DEAD_LETTERS = new TupleTag<DeadLetter>() {};

  private final ReadLimits limits;

  private ParseStories(ReadLimits limits) {
    this.limits = limits;
  }

  public static ParseStories withLimits(ReadLimits limits) {
    return new ParseStories(limits);
  }

  @Override
  public WithFailures.Result<PCollection<Story>, DeadLetter> expand(PCollection<RawRecord> records) {
    boolean bounded = records.isBounded() == PCollection.IsBounded.BOUNDED;
    PCollectionTuple out =
        records.apply("ParseRecord",
            ParDo.of(new ParseFn(limits, bounded))
                .withOutputTags(STORIES, TupleTagList.of(DEAD_LETTERS)));
    return WithFailures.Result.of(out.get(STORIES), out.get(DEAD_LETTERS));
  }

  /** Parses one record into a story; plain Java, so that it is testable without a pipeline. */
  public static Story parse(RawRecord record, ReadLimits limits) throws RejectedInputException {
    return record.getFormat() == InputFormat.CAPTURE
        ? parseCapture(record, limits)
        : parseJson(record, limits);
  }

  private static Story parseCapture(RawRecord record, ReadLimits limits)
      throws RejectedInputException {
    long bytes = record.getText().getBytes(StandardCharsets.UTF_8).length;
    if (bytes > limits.maxBodyBytes()) {
      throw new RejectedInputException(Reason.TOO_LARGE,
          String.format("capture of %,d bytes is over the body limit of %,d", bytes,
              limits.maxBodyBytes()));
    }
    ParsedCapture capture;
    try {
      capture = CaptureParser.parse(record.getText());
    } catch (IllegalArgumentException noStoryText) {
      throw new RejectedInputException(Reason.MISSING_BODY,
          "the capture holds no story text besides page chrome");
    }
    return Story.builder()
        .setId(captureId(record.getOrigin().getFile()))
        .setSource(capture.source())
        .setHeadline(capture.headline())
        .setByline(capture.byline())
        .setDateline(capture.dateline())
        .setPublishedMillis(millis(capture.published()))
        .setCredits(capture.credits())
        .setParagraphs(capture.paragraphs())
        .setOrigin(record.getOrigin())
        .setReceivedMillis(record.getReceivedMillis())
        .setContentHash(contentHash(record.getText()))
        .build();
  }

  private static Story parseJson(RawRecord record, ReadLimits limits) throws RejectedInputException {
    JsonStoryReader.Fields fields = new JsonStoryReader(limits.maxBodyBytes()).read(record.getText());
    StoryText text = StoryText.fromParagraphs(Paragraphs.split(fields.getBody()));
    if (text.paragraphs().isEmpty()) {
      throw new RejectedInputException(Reason.MISSING_BODY,
          "story " + fields.getId() + " has no body text besides its dateline and credits");
    }
    return Story.builder()
        .setId(fields.getId())
        .setSource(fields.getSource() != null ? fields.getSource() : text.source())
        .setHeadline(fields.getHeadline())
        .setByline(fields.getByline())
        .setDateline(text.dateline())
        .setPublishedMillis(millis(fields.getPublished()))
        .setUrl(fields.getUrl())
        .setLanguage(fields.getLanguage())
        .setCredits(text.credits())
        .setParagraphs(text.paragraphs())
        .setOrigin(record.getOrigin())
        .setReceivedMillis(record.getReceivedMillis())
        .setContentHash(contentHash(fields.getId(), fields.getHeadline(), fields.getBody(),
            String.valueOf(fields.getPublished()), fields.getSource(), fields.getByline()))
        .build();
  }

  /** Hashes the given parts, so that field order and formatting of the input do not matter. */
  private static long contentHash(String... parts) {
    Hasher hasher = Hashing.farmHashFingerprint64().newHasher();
    for (String part : parts) {
      hasher.putInt(part == null ? -1 : part.length());
      hasher.putString(part == null ? "" : part, StandardCharsets.UTF_8);
    }
    return hasher.hash().asLong();
  }

  /** A capture's id is its file name without directory and {@code .txt}. */
  static String captureId(String file) {
    String name = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
    return name.toLowerCase(Locale.ROOT).endsWith(".txt")
        ? name.substring(0, name.length() - 4)
        : name;
  }

  private static Long millis(Instant instant) {
    return instant == null ? null : instant.toEpochMilli();
  }

  private static final class ParseFn extends DoFn<RawRecord, Story> {
    private final ReadLimits limits;
    private final boolean bounded;

    ParseFn(ReadLimits limits, boolean bounded) {
      this.limits = limits;
      this.bounded = bounded;
    }

    @ProcessElement
    public void process(@Element RawRecord record, MultiOutputReceiver out) {
      try {
        Story story = parse(record, limits);
        FeedMetrics.storiesIn(story.getSource()).inc();
        out.get(STORIES).outputWithTimestamp(story, timestamp(story));
      } catch (RejectedInputException e) {
        out.get(DEAD_LETTERS).output(
            DeadLetter.of(record.getOrigin(), e.getReason(), e.getMessage(), record.getText(),
                record.getText().getBytes(StandardCharsets.UTF_8).length));
      }
    }

    /**
     * A story is placed at its event time. In a bounded run an undated story is placed at the
     * start of time instead: its receive time (a file's) says nothing of when it was written, and
     * at the start it holds the watermark back until it has met every dated story, so that a
     * capture saved today still meets its copy published years ago. In a stream it stays at the
     * time it was received.
     */
    private org.joda.time.Instant timestamp(Story story) {
      return bounded && story.getPublishedMillis() == null
          ? BoundedWindow.TIMESTAMP_MIN_VALUE
          : new org.joda.time.Instant(story.getEventMillis());
    }

    /** A story's own time may lie before the moment its file or message was seen. */
    @Override
    @SuppressWarnings("deprecation")
    public Duration getAllowedTimestampSkew() {
      return Duration.millis(Long.MAX_VALUE);
    }
  }
}
