package org.copydesk.read;

import com.google.auto.value.AutoValue;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.copydesk.story.Origin;

/** One input record, decoded and checked as text, not yet parsed: a capture or one JSON object. */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class RawRecord {
  public abstract Origin getOrigin();

  /** {@link InputFormat#CAPTURE} for page captures; otherwise the text is one JSON value. */
  public abstract InputFormat getFormat();

  public abstract String getText();

  /** When the record was received (the file's modification time), for stories without a date. */
  public abstract long getReceivedMillis();

  public static RawRecord of(Origin origin, InputFormat format, String text, long receivedMillis) {
    return new AutoValue_RawRecord(origin, format, text, receivedMillis);
  }
}
