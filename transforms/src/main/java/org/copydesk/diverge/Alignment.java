package org.copydesk.diverge;

import com.google.auto.value.AutoValue;
import java.util.List;

/** The sentences of a member story matched to those of the canonical story. */
@AutoValue
public abstract class Alignment {

  /** Sentences of the canonical compared, at most {@link SentenceAligner#MAX_SENTENCES}. */
  public abstract int canonicalSentences();

  /** Sentences of the member compared, at most {@link SentenceAligner#MAX_SENTENCES}. */
  public abstract int memberSentences();

  /** The matched sentences, in member order. */
  public abstract List<AlignedPair> pairs();

  /** Canonical sentences with no counterpart in the member, in canonical order. */
  public abstract List<String> removed();

  /** Member sentences with no counterpart in the canonical, in member order. */
  public abstract List<String> added();

  /** True when a story had more sentences, or a sentence more characters, than are aligned. */
  public abstract boolean truncated();

  static Alignment of(
      int canonicalSentences,
      int memberSentences,
      List<AlignedPair> pairs,
      List<String> removed,
      List<String> added,
      boolean truncated) {
    return new AutoValue_Alignment(
        canonicalSentences,
        memberSentences,
        List.copyOf(pairs),
        List.copyOf(removed),
        List.copyOf(added),
        truncated);
  }
}
