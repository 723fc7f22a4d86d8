package org.copydesk.verify;

import com.google.auto.value.AutoValue;
import java.util.List;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;

/** A candidate pair that verify found to be copies, with the evidence. */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class VerifiedPair {
  public abstract String getNewerId();

  public abstract long getNewerMillis();

  public abstract String getOlderId();

  public abstract long getOlderMillis();

  /** The verifier's score, 0 to 1. */
  public abstract double getScore();

  /** One line for people, e.g. {@code 83% of sentences aligned, containment 0.71}. */
  public abstract String getReason();

  /** A few short passages both stories share. */
  public abstract List<String> getSharedPassages();

  /** A pair found by another verifier: the story tier's same-event pairs. */
  public static VerifiedPair create(String newerId, long newerMillis, String olderId,
      long olderMillis, double score, String reason, List<String> sharedPassages) {
    return new AutoValue_VerifiedPair(newerId, newerMillis, olderId, olderMillis, score, reason,
        List.copyOf(sharedPassages));
  }

  public static VerifiedPair of(String newerId, long newerMillis, String olderId,
      long olderMillis, CopyVerdict verdict) {
    return new AutoValue_VerifiedPair(newerId, newerMillis, olderId, olderMillis, verdict.score(),
        verdict.reason(),
        List.copyOf(verdict.sharedPassages()));
  }
}
