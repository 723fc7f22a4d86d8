package org.copydesk.parse;

import com.google.auto.value.AutoValue;
import com.google.common.collect.ImmutableList;
import java.time.Instant;
import org.checkerframework.checker.nullness.qual.Nullable;

/** A raw page capture taken apart: header lines, body paragraphs, credits and what was removed. */
@AutoValue
public abstract class ParsedCapture {

  public abstract @Nullable String headline();

  /** The byline line as captured, e.g. {@code By Agencies in Islamabad | China Daily | Updated: …}. */
  public abstract @Nullable String byline();

  /** A deck (standfirst) line between the byline and the body. */
  public abstract @Nullable String deck();

  public abstract @Nullable String dateline();

  /** Publication time from the byline's timestamp, if it has one. */
  public abstract @Nullable Instant published();

  /** The outlet named in the byline, else the agency the story's credits name, else null. */
  public abstract @Nullable String source();

  public abstract ImmutableList<String> credits();

  /** In-body sub-headlines, not part of {@link #paragraphs()}. */
  public abstract ImmutableList<String> subheads();

  /** The story paragraphs: no chrome, header, dateline prefix, credits or sub-headlines. */
  public abstract ImmutableList<String> paragraphs();

  /** The page chrome removed from the capture, in page order. */
  public abstract ImmutableList<String> chrome();

  static Builder builder() {
    return new AutoValue_ParsedCapture.Builder();
  }

  @AutoValue.Builder
  abstract static class Builder {
    abstract Builder setHeadline(@Nullable String headline);

    abstract Builder setByline(@Nullable String byline);

    abstract Builder setDeck(@Nullable String deck);

    abstract Builder setDateline(@Nullable String dateline);

    abstract Builder setPublished(@Nullable Instant published);

    abstract Builder setSource(@Nullable String source);

    abstract Builder setCredits(ImmutableList<String> credits);

    abstract Builder setSubheads(ImmutableList<String> subheads);

    abstract Builder setParagraphs(ImmutableList<String> paragraphs);

    abstract Builder setChrome(ImmutableList<String> chrome);

    abstract ParsedCapture build();
  }
}
