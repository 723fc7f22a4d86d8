package org.copydesk.diverge;

import com.google.auto.value.AutoValue;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A canonical sentence and the member sentence aligned to it, when they differ in wording or in
 * place. When an editor split or joined sentences, one side holds two sentences joined by a space.
 */
@AutoValue
public abstract class SentenceChange {

  public abstract String canonical();

  public abstract String member();

  /** Dice coefficient of the two sides' normalised tokens, 0 to 1 (see {@link SentenceAligner}). */
  public abstract double similarity();

  /** True when the member has the sentence out of the canonical's order. */
  public abstract boolean moved();

  /** The word-level edits, in sentence order; empty when only the place changed. */
  public abstract List<WordEdit> edits();

  /**
   * The member sentence with {@link #edits()} in their places, for showing them inside the
   * sentence. Worked out again from the two sides (the word diff is deterministic), so that a
   * change carries no more than its edits.
   */
  public List<Run> inline() {
    return WordDiff.inline(canonical(), member());
  }

  /** A change as {@code clusters.jsonl} gives it back. */
  public static SentenceChange asWritten(String canonical, String member, double similarity,
      boolean moved, List<WordEdit> edits) {
    return new AutoValue_SentenceChange(canonical, member, similarity, moved, List.copyOf(edits));
  }

  static SentenceChange of(AlignedPair pair, List<WordEdit> edits) {
    return new AutoValue_SentenceChange(
        pair.canonical(), pair.member(), pair.similarity(), pair.moved(), List.copyOf(edits));
  }

  /** A piece of the member sentence: text both sides share, or one edit. */
  public record Run(String shared, @Nullable WordEdit edit) {
    static Run of(String shared) {
      return new Run(shared, null);
    }

    static Run of(WordEdit edit) {
      return new Run("", edit);
    }
  }
}
