package org.copydesk.story;

import com.google.auto.value.AutoValue;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;

/** An input copydesk could not accept, with where it came from, why, and the start of what it was. */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class DeadLetter {
  /** How many characters of the raw input a dead letter keeps. */
  public static final int RAW_EXCERPT_CHARS = 1000;

  public abstract Origin getOrigin();

  /** A stable, machine-readable code: one of {@link Reason}'s codes. */
  public abstract String getReason();

  /** A sentence for people saying what was wrong. */
  public abstract String getError();

  /** The raw input, truncated to {@link #RAW_EXCERPT_CHARS} characters. */
  public abstract String getRaw();

  /** The size of the whole raw input in bytes. */
  public abstract long getRawBytes();

  public static DeadLetter of(Origin origin, Reason reason, String error, String raw, long rawBytes) {
    String excerpt =
        raw.length() <= RAW_EXCERPT_CHARS ? raw : raw.substring(0, RAW_EXCERPT_CHARS);
    return new AutoValue_DeadLetter(origin, reason.code(), error, excerpt, rawBytes);
  }

  /** Why an input was rejected. The codes are part of the output contract. */
  public enum Reason {
    UNREADABLE_FILE("unreadable_file"),
    INVALID_UTF8("invalid_utf8"),
    BINARY_CONTENT("binary_content"),
    TOO_LARGE("too_large"),
    MALFORMED_JSON("malformed_json"),
    NOT_A_STORY("not_a_story"),
    MISSING_ID("missing_id"),
    MISSING_BODY("missing_body"),
    INVALID_FIELD("invalid_field"),
    EMPTY_AFTER_CLEANING("empty_after_cleaning");

    private final String code;

    Reason(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }
  }
}
