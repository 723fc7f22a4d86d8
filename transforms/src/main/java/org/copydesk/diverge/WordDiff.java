package org.copydesk.diverge;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import java.util.ArrayList;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The word-level edits between two versions of one sentence, by java-diff-utils (Myers) over the
 * sentences' original words.
 *
 * <p>A word is a run of non-space characters with any punctuation at either end split off, one
 * mark at a time: {@code schoolboys,} against {@code students,} is the edit {@code schoolboys} →
 * {@code students}, and a dropped comma is a one-mark deletion, rather than the whole word
 * changing. Punctuation inside a word stays ({@code long-standing}, {@code U.S.}, {@code 700,000}).
 * Each edit shows the original text from its first to its last word, spacing as written.
 *
 * <p>Original words, not normalised tokens: a reader wants to see {@code neighbouring} → {@code
 * neighboring} even though alignment treats them as one word. Cost O((a + b)·d) for a and b words
 * and d edits, bounded by {@link SentenceAligner#MAX_SENTENCE_CHARS}.
 */
final class WordDiff {

  private WordDiff() {}

  /** True when the two sentences have the same words and punctuation; spacing may differ. */
  static boolean sameWords(String canonical, String member) {
    return Words.of(canonical).texts.equals(Words.of(member).texts);
  }

  /** The edits that turn {@code canonical} into {@code member}, in sentence order. */
  static List<WordEdit> edits(String canonical, String member) {
    Words c = Words.of(canonical);
    Words m = Words.of(member);
    List<WordEdit> edits = new ArrayList<>();
    for (AbstractDelta<String> delta : DiffUtils.diff(c.texts, m.texts).getDeltas()) {
      WordEdit edit = edit(delta, c, m);
      if (edit != null) {
        edits.add(edit);
      }
    }
    return edits;
  }

  /**
   * The member sentence cut into runs, the same {@link #edits} in their places and the member's
   * own text between them, so that a reader can be shown the edits inside the sentence.
   */
  static List<SentenceChange.Run> inline(String canonical, String member) {
    Words c = Words.of(canonical);
    Words m = Words.of(member);
    List<SentenceChange.Run> runs = new ArrayList<>();
    int shownTo = 0;
    for (AbstractDelta<String> delta : DiffUtils.diff(c.texts, m.texts).getDeltas()) {
      WordEdit edit = edit(delta, c, m);
      if (edit == null) {
        continue;
      }
      int at = place(delta, c, m);
      if (at > shownTo) {
        runs.add(SentenceChange.Run.of(member.substring(shownTo, at)));
      }
      runs.add(SentenceChange.Run.of(edit));
      shownTo = at + edit.memberWords().length();
    }
    if (shownTo < member.length()) {
      runs.add(SentenceChange.Run.of(member.substring(shownTo)));
    }
    return runs;
  }

  /**
   * Where an edit stands in the member. A deletion has no words there, so it goes where the
   * canonical had its words: after the space before the next word, or against the word it was
   * attached to (the closing quote of {@code "asset"}).
   */
  private static int place(AbstractDelta<String> delta, Words c, Words m) {
    Chunk<String> target = delta.getTarget();
    if (target.size() == 0 && !c.spacedBefore(delta.getSource())) {
      return m.endOfPrevious(target);
    }
    return m.start(target);
  }

  private static @Nullable WordEdit edit(AbstractDelta<String> delta, Words c, Words m) {
    WordEdit.Kind kind;
    switch (delta.getType()) {
      case CHANGE:
        kind = WordEdit.Kind.CHANGE;
        break;
      case DELETE:
        kind = WordEdit.Kind.DELETE;
        break;
      case INSERT:
        kind = WordEdit.Kind.INSERT;
        break;
      default:
        return null;
    }
    return WordEdit.of(kind, c.span(delta.getSource()), m.span(delta.getTarget()));
  }

  /** A sentence's words with where each stands in it. */
  private static final class Words {
    final String sentence;
    final List<String> texts = new ArrayList<>();
    final List<Integer> starts = new ArrayList<>();
    final List<Integer> ends = new ArrayList<>();

    private Words(String sentence) {
      this.sentence = sentence;
    }

    static Words of(String sentence) {
      Words words = new Words(sentence);
      int n = sentence.length();
      int i = 0;
      while (i < n) {
        if (Character.isWhitespace(sentence.charAt(i))) {
          i++;
          continue;
        }
        int end = i;
        while (end < n && !Character.isWhitespace(sentence.charAt(end))) {
          end++;
        }
        // leading marks, one each
        while (i < end && !Character.isLetterOrDigit(sentence.codePointAt(i))) {
          int next = i + Character.charCount(sentence.codePointAt(i));
          words.add(i, next);
          i = next;
        }
        // the word itself, up to its last letter or digit
        int coreEnd = end;
        while (coreEnd > i && !Character.isLetterOrDigit(sentence.codePointBefore(coreEnd))) {
          coreEnd -= Character.charCount(sentence.codePointBefore(coreEnd));
        }
        if (coreEnd > i) {
          words.add(i, coreEnd);
        }
        // trailing marks, one each
        for (int k = coreEnd; k < end; ) {
          int next = k + Character.charCount(sentence.codePointAt(k));
          words.add(k, next);
          k = next;
        }
        i = end;
      }
      return words;
    }

    private void add(int start, int end) {
      texts.add(sentence.substring(start, end));
      starts.add(start);
      ends.add(end);
    }

    /** The original text of the chunk's words; empty for an empty chunk. */
    String span(Chunk<String> chunk) {
      if (chunk.size() == 0) {
        return "";
      }
      int first = chunk.getPosition();
      return sentence.substring(starts.get(first), ends.get(first + chunk.size() - 1));
    }

    /** Where the chunk's first word starts; for an empty chunk, where the next word starts. */
    int start(Chunk<String> chunk) {
      int first = chunk.getPosition();
      return first < starts.size() ? starts.get(first) : sentence.length();
    }

    /** True when the chunk starts the sentence or follows a space. */
    boolean spacedBefore(Chunk<String> chunk) {
      int start = start(chunk);
      return start == 0 || Character.isWhitespace(sentence.charAt(start - 1));
    }

    /** Where the word before the chunk ends; 0 for a chunk at the start. */
    int endOfPrevious(Chunk<String> chunk) {
      int position = chunk.getPosition();
      return position == 0 ? 0 : ends.get(position - 1);
    }
  }
}
