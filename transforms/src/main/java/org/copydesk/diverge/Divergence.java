package org.copydesk.diverge;

import com.google.auto.value.AutoValue;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * How one member story departs from its cluster's canonical story, on the text side. The lists are
 * capped at {@link Divergences#MAX_LISTED} entries each so that a cluster's record stays small; the
 * counts are always complete.
 */
@AutoValue
public abstract class Divergence {

  /** The member's new headline, or null when it kept the canonical's. */
  public abstract @Nullable HeadlineChange headline();

  /** Sentences of the canonical that were compared. */
  public abstract int canonicalSentences();

  /** Sentences of the member that were compared. */
  public abstract int memberSentences();

  /** Aligned pairs with the same words in the same place. */
  public abstract int unchangedCount();

  /** Aligned pairs that differ in wording or were moved, in member order (capped). */
  public abstract List<SentenceChange> changed();

  public abstract int changedCount();

  /** Member sentences with no counterpart in the canonical, in member order (capped). */
  public abstract List<String> added();

  public abstract int addedCount();

  /** Canonical sentences with no counterpart in the member, in canonical order (capped). */
  public abstract List<String> removed();

  public abstract int removedCount();

  /**
   * True when something was left out: a list was capped, or a story had more sentences or a
   * sentence more characters than {@link SentenceAligner} compares.
   */
  public abstract boolean truncated();

  /**
   * The same comparison with its added and removed sentences left unlisted (their counts stay):
   * for two independently written versions, where those lists would be the two whole texts.
   */
  public Divergence sharedOnly() {
    return create(headline(), canonicalSentences(), memberSentences(), unchangedCount(), changed(),
        changedCount(), List.of(), addedCount(), List.of(), removedCount(), truncated());
  }

  /** Also how {@code clusters.jsonl} is read back: the arguments are its fields. */
  public static Divergence create(
      @Nullable HeadlineChange headline,
      int canonicalSentences,
      int memberSentences,
      int unchangedCount,
      List<SentenceChange> changed,
      int changedCount,
      List<String> added,
      int addedCount,
      List<String> removed,
      int removedCount,
      boolean truncated) {
    return new AutoValue_Divergence(
        headline,
        canonicalSentences,
        memberSentences,
        unchangedCount,
        List.copyOf(changed),
        changedCount,
        List.copyOf(added),
        addedCount,
        List.copyOf(removed),
        removedCount,
        truncated);
  }
}
