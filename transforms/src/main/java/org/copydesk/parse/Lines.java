package org.copydesk.parse;

import java.util.regex.Pattern;

/** Line-level text predicates shared by the parse and clean heuristics. */
public final class Lines {

  /** Sentence-final punctuation, possibly followed by closing quotes or brackets. */
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"'”’)\\]]*$");

  /** Lines ending like this are pieces of a sentence, not titles. */
  private static final Pattern CLAUSE_END = Pattern.compile("[,;:]$");

  private static final Pattern LETTER = Pattern.compile("\\p{L}");

  /** Compiled once: {@code String.split(" +")} compiles it on every call. */
  private static final Pattern SPACE_RUN = Pattern.compile(" +");

  /** Headlines and titles are short; anything longer is prose. */
  public static final int MAX_TITLE_CHARS = 200;

  private Lines() {}

  /**
   * Removes invisible characters, collapses every run of whitespace (incl. NBSP) to one space, trims.
   *
   * <p>One pass by hand, returning the text itself when it is already normal: parse and clean call
   * this on every line several times, and two regex replacements were two thirds of parse's time.
   */
  public static String normalizeSpace(String text) {
    StringBuilder out = null; // made only once the text is known to change
    boolean inSpace = false;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (isInvisible(c)) {
        out = changed(out, text, i); // dropped; the spaces on either side make one run
        continue;
      }
      boolean space = isSpace(c);
      if (space && inSpace) {
        out = changed(out, text, i);
      } else if (space && c != ' ') {
        out = changed(out, text, i).append(' ');
      } else if (out != null) {
        out.append(c);
      }
      inSpace = space;
    }
    return (out == null ? text : out.toString()).trim();
  }

  /** The output so far: {@code text[0, i)} unchanged, when nothing was changed before i. */
  private static StringBuilder changed(StringBuilder out, String text, int i) {
    return out != null ? out : new StringBuilder(text.length()).append(text, 0, i);
  }

  /** Java's {@code \s} ({@code [ \t\n\x0B\f\r]}) and Unicode's spaces ({@code \p{Z}}, incl. NBSP). */
  public static boolean isSpace(int c) {
    if (c < 0x80) {
      return c == ' ' || (c >= '\t' && c <= '\r');
    }
    int type = Character.getType(c);
    return type == Character.SPACE_SEPARATOR
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR;
  }

  /** Invisible characters that page captures carry but that are not text. */
  private static boolean isInvisible(char c) {
    return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF';
  }

  /** True if the line ends with sentence-final punctuation (quotes and brackets after it allowed). */
  public static boolean endsSentence(String line) {
    return SENTENCE_END.matcher(line.strip()).find();
  }

  /**
   * True for a short line with letters that does not end like a sentence or a clause: headlines,
   * decks, subheads, bylines, link-list items.
   */
  public static boolean isTitleLike(String line) {
    String t = line.strip();
    return !t.isEmpty()
        && t.length() < MAX_TITLE_CHARS
        && LETTER.matcher(t).find()
        && !endsSentence(t)
        && !CLAUSE_END.matcher(t).find();
  }

  /** Number of space-separated words. */
  public static int wordCount(String line) {
    String t = line.strip();
    return t.isEmpty() ? 0 : SPACE_RUN.split(t).length;
  }
}
