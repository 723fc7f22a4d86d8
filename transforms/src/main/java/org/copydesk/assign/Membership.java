package org.copydesk.assign;

import com.google.auto.value.AutoValue;
import java.util.List;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Which clusters a story is in now. In a stream a story's membership can change (a merge); the
 * one with the highest {@link #getSequence()} is the current one.
 */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class Membership {
  public abstract String getId();

  public abstract String getCopyCluster();

  public abstract String getStoryCluster();

  /** The earlier story it was found to copy when it joined; null for a cluster's first story. */
  public abstract @Nullable String getMatchedId();

  /** The verifier's score for that match; 1 for a cluster's first story. */
  public abstract double getSimilarity();

  /** Why it joined, for people. */
  public abstract String getReason();

  /** A few passages it shares with the matched story; empty for a cluster's first story. */
  public abstract List<String> getMatchEvidence();

  /** Grows with every membership the assign stage emits. */
  public abstract long getSequence();

  public static Membership of(String id, String copyCluster, String storyCluster,
      @Nullable String matchedId, double similarity, String reason, List<String> matchEvidence,
      long sequence) {
    return new AutoValue_Membership(id, copyCluster, storyCluster, matchedId, similarity, reason,
        List.copyOf(matchEvidence), sequence);
  }
}
