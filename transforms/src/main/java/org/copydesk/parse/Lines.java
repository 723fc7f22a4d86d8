package org.copydesk.parse;

import java.util.regex.Pattern;

/** Line-level text predicates shared by the parse and clean heuristics. */
public final class Lines {

  /** Java's {@code \s} misses NBSP and the other Unicode spaces, {@code \p{Z}} covers them. */
  private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

  /** Invisible characters that page captures carry but that are not text. */
  private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u200C\\u200D\\u2060\\uFEFF]");

  /** Sentence-final punctuation, possibly followed by closing quotes or brackets. */
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"'”’)\\]]*$");

  /** Lines ending like this are pieces of a sentence, not titles. */
  private static final Pattern CLAUSE_END = Pattern.compile("[,;:]$");

  private static final Pattern LETTER = Pattern.compile("\\p{L}");

  /** Headlines and titles are short; anything longer is prose. */
  public static final int MAX_TITLE_CHARS = 200;

  private Lines() {}

  /** Removes invisible characters, collapses every run of whitespace (incl. NBSP) to one space, trims. */
  public static String normalizeSpace(String text) {
    return SPACES.matcher(INVISIBLE.matcher(text).replaceAll("")).replaceAll(" ").trim();
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
    return t.isEmpty() ? 0 : t.split(" +").length;
  }
}
