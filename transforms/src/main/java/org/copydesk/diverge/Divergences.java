package org.copydesk.diverge;

import java.util.ArrayList;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Computes {@link Divergence}s: the headline compared after spacing and case, the bodies aligned
 * sentence by sentence ({@link SentenceAligner}), and each aligned pair that is not word for word
 * the same diffed down to the words ({@link WordDiff}).
 *
 * <p>Deterministic, stateless and thread-safe. Word diffs are only computed for the changes that
 * are listed, so the cost is the alignment's plus at most {@value #MAX_LISTED} sentence diffs.
 */
public final class Divergences {

  /** Entries kept in each list of a {@link Divergence}; the counts go on. */
  public static final int MAX_LISTED = 50;

  private Divergences() {}

  /**
   * How the member (headline and cleaned body paragraphs) departs from the canonical. Headlines
   * may be null.
   */
  public static Divergence between(
      @Nullable String canonicalHeadline,
      List<String> canonicalParagraphs,
      @Nullable String memberHeadline,
      List<String> memberParagraphs) {
    Alignment alignment = SentenceAligner.align(canonicalParagraphs, memberParagraphs);
    int unchanged = 0;
    int changedCount = 0;
    List<SentenceChange> changed = new ArrayList<>();
    for (AlignedPair pair : alignment.pairs()) {
      if (!pair.moved() && WordDiff.sameWords(pair.canonical(), pair.member())) {
        unchanged++;
        continue;
      }
      changedCount++;
      if (changed.size() < MAX_LISTED) {
        changed.add(SentenceChange.of(pair, WordDiff.edits(pair.canonical(), pair.member())));
      }
    }
    List<String> added = alignment.added();
    List<String> removed = alignment.removed();
    boolean truncated =
        alignment.truncated()
            || changedCount > MAX_LISTED
            || added.size() > MAX_LISTED
            || removed.size() > MAX_LISTED;
    return Divergence.create(
        HeadlineChange.between(canonicalHeadline, memberHeadline),
        alignment.canonicalSentences(),
        alignment.memberSentences(),
        unchanged,
        changed,
        changedCount,
        capped(added),
        added.size(),
        capped(removed),
        removed.size(),
        truncated);
  }

  private static List<String> capped(List<String> sentences) {
    return sentences.size() <= MAX_LISTED ? sentences : sentences.subList(0, MAX_LISTED);
  }
}
