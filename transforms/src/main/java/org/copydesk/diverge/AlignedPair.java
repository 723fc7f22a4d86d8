package org.copydesk.diverge;

import com.google.auto.value.AutoValue;

/**
 * Canonical text and member text that {@link SentenceAligner} found to be the same sentence, each
 * one sentence or two adjacent sentences joined by a space (a split or a join).
 */
@AutoValue
public abstract class AlignedPair {

  public abstract String canonical();

  public abstract String member();

  /** Dice coefficient of the two sides' normalised tokens, 0 to 1. */
  public abstract double similarity();

  /** True when the pair is out of the canonical's order (found after the monotone alignment). */
  public abstract boolean moved();

  static AlignedPair of(String canonical, String member, double similarity, boolean moved) {
    return new AutoValue_AlignedPair(canonical, member, similarity, moved);
  }
}
