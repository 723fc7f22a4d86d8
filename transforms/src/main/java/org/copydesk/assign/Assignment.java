package org.copydesk.assign;

import com.google.auto.value.AutoValue;
import java.util.List;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.copydesk.story.Story;

/** A story with its current membership: what the consolidate stage works from. */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class Assignment {
  public abstract Story getStory();

  public abstract String getCopyCluster();

  public abstract String getStoryCluster();

  /** The earlier member this story matched; null for the first member of a cluster. */
  public abstract @Nullable String getMatchedId();

  /** The verifier's score for that match; 1 for the first member. */
  public abstract double getSimilarity();

  /** Why the story joined its cluster, for people. */
  public abstract String getReason();

  /** A few passages it shares with the matched story. */
  public abstract List<String> getMatchEvidence();

  public static Assignment of(Story story, Membership membership) {
    return new AutoValue_Assignment(story, membership.getCopyCluster(),
        membership.getStoryCluster(), membership.getMatchedId(), membership.getSimilarity(),
        membership.getReason(), membership.getMatchEvidence());
  }
}
