package org.copydesk.diverge;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import java.util.ArrayList;
import java.util.List;

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
          continue;
      }
      edits.add(WordEdit.of(kind, c.span(delta.getSource()), m.span(delta.getTarget())));
    }
    return edits;
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
  }
}
