package org.copydesk.clean;

import com.google.auto.value.AutoValue;
import com.google.common.base.Preconditions;
import java.io.Serializable;

/** Settings of a {@link BoilerplateModel}. */
@AutoValue
public abstract class BoilerplateConfig implements Serializable {

  /** Distinct stories a paragraph must recur in before it counts as boilerplate. */
  public abstract int minStories();

  /** Most paragraph fingerprints tracked per source; bounds the model's memory. */
  public abstract int capacity();

  /** Longer paragraphs are story text, never boilerplate. */
  public abstract int maxParagraphChars();

  public static BoilerplateConfig defaults() {
    return builder().build();
  }

  /** A builder preset with the defaults: 3 stories, 2048 fingerprints, 400 characters. */
  public static Builder builder() {
    return new AutoValue_BoilerplateConfig.Builder()
        .setMinStories(3)
        .setCapacity(2048)
        .setMaxParagraphChars(400);
  }

  public abstract Builder toBuilder();

  @AutoValue.Builder
  public abstract static class Builder {
    public abstract Builder setMinStories(int minStories);

    public abstract Builder setCapacity(int capacity);

    public abstract Builder setMaxParagraphChars(int maxParagraphChars);

    abstract BoilerplateConfig autoBuild();

    public BoilerplateConfig build() {
      BoilerplateConfig config = autoBuild();
      Preconditions.checkArgument(config.minStories() >= 2, "minStories must be at least 2");
      Preconditions.checkArgument(config.capacity() >= 1, "capacity must be positive");
      Preconditions.checkArgument(config.maxParagraphChars() >= 1, "maxParagraphChars must be positive");
      return config;
    }
  }
}
