package org.copydesk.story;

import com.google.auto.value.AutoValue;
import java.util.List;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;
import org.apache.beam.sdk.schemas.annotations.SchemaIgnore;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * One incoming story, parsed into its parts. After the clean stage {@link #getParagraphs()} holds the
 * cleaned body: no page chrome, credits, dateline or learned boilerplate.
 */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class Story {
  public abstract String getId();

  /** Agency or outlet, as given or as recognised in the text; null when unknown. */
  public abstract @Nullable String getSource();

  public abstract @Nullable String getHeadline();

  public abstract @Nullable String getByline();

  public abstract @Nullable String getDateline();

  /** Publication time in epoch milliseconds; null when the input did not say. */
  public abstract @Nullable Long getPublishedMillis();

  public abstract @Nullable String getUrl();

  public abstract @Nullable String getLanguage();

  public abstract List<String> getCredits();

  public abstract List<String> getParagraphs();

  public abstract Origin getOrigin();

  /** When copydesk received the input (file modification time, message time): the fallback clock. */
  public abstract long getReceivedMillis();

  /** A fingerprint of the input as given, before cleaning: equal for identical repeats. */
  public abstract long getContentHash();

  /** The time the story is placed at: its publication time, else when it was received. */
  @SchemaIgnore
  public long getEventMillis() {
    Long published = getPublishedMillis();
    return published != null ? published : getReceivedMillis();
  }

  @SchemaIgnore
  public String getBody() {
    return String.join("\n\n", getParagraphs());
  }

  public abstract Builder toBuilder();

  /** For Beam's schema coder: builds a story from its fields, by name. */
  @SchemaCreate
  static Story create(String id, @Nullable String source, @Nullable String headline,
      @Nullable String byline, @Nullable String dateline, @Nullable Long publishedMillis,
      @Nullable String url, @Nullable String language, List<String> credits,
      List<String> paragraphs, Origin origin, long receivedMillis, long contentHash) {
    return builder().setId(id).setSource(source).setHeadline(headline).setByline(byline)
        .setDateline(dateline).setPublishedMillis(publishedMillis).setUrl(url)
        .setLanguage(language).setCredits(credits).setParagraphs(paragraphs).setOrigin(origin)
        .setReceivedMillis(receivedMillis).setContentHash(contentHash).build();
  }

  public static Builder builder() {
    return new AutoValue_Story.Builder()
        .setCredits(List.of())
        .setParagraphs(List.of());
  }

  @AutoValue.Builder
  public abstract static class Builder {
    public abstract Builder setId(String id);

    public abstract Builder setSource(@Nullable String source);

    public abstract Builder setHeadline(@Nullable String headline);

    public abstract Builder setByline(@Nullable String byline);

    public abstract Builder setDateline(@Nullable String dateline);

    public abstract Builder setPublishedMillis(@Nullable Long publishedMillis);

    public abstract Builder setUrl(@Nullable String url);

    public abstract Builder setLanguage(@Nullable String language);

    public abstract Builder setCredits(List<String> credits);

    public abstract Builder setParagraphs(List<String> paragraphs);

    public abstract Builder setOrigin(Origin origin);

    public abstract Builder setReceivedMillis(long receivedMillis);

    public abstract Builder setContentHash(long contentHash);

    public abstract Story build();
  }
}
