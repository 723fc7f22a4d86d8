package org.copydesk.assign;

import com.google.auto.value.AutoValue;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.copydesk.story.Story;

/** A story placed in its copy cluster and story cluster, with the match that put it there. */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class Assignment {
  public abstract Story getStory();

  public abstract String getCopyCluster();

  public abstract String getStoryCluster();

  /** The earlier member this story matched; null for the first member of a cluster. */
  public abstract @Nullable String getMatchedId();

  /** Similarity to the matched member, 0 to 1; 1 for the first member. */
  public abstract double getSimilarity();

  /** Why the story joined its cluster, for people. */
  public abstract String getReason();

  public static Assignment of(Story story, String copyCluster, String storyCluster,
      @Nullable String matchedId, double similarity, String reason) {
    return new AutoValue_Assignment(story, copyCluster, storyCluster, matchedId, similarity, reason);
  }
}
