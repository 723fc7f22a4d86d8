package org.copydesk.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Quoted words in one paragraph, in straight ({@code "…"}, {@code '…'}) or curly ({@code “…”},
 * {@code ‘…’}) marks. Scanned per paragraph, not per sentence, because a quote often runs over
 * several sentences.
 *
 * <ul>
 *   <li>a double quote still open at the paragraph's end runs to the end: wire style leaves a quote
 *       that continues in the next paragraph unclosed;
 *   <li>single quotes inside double quotes are part of the outer quote;
 *   <li>a single mark opens a quote only at the start of a word ({@code 'good'}) and closes it only
 *       at the end of one, so apostrophes ({@code Pakistan's}, {@code won't}) are not quotes; an
 *       unclosed single quote is taken for an apostrophe;
 *   <li>words in brackets are the editor's, not the speaker's, and are left out of the quote's
 *       normalised words ({@link #spoken});
 *   <li>a quote longer than {@value #MAX_QUOTE_CHARS} characters is cut there, to bound what is
 *       kept per fact.
 * </ul>
 */
final class QuoteFinder {

  static final int MAX_QUOTE_CHARS = 600;

  private static final Pattern BRACKETED = Pattern.compile("\\([^()]*\\)|\\[[^\\[\\]]*\\]");

  private QuoteFinder() {}

  /** The [start, end) character spans of the quoted text (marks excluded) in {@code paragraph}. */
  static List<int[]> spans(String paragraph) {
    List<int[]> out = new ArrayList<>();
    int n = paragraph.length();
    int open = -1;
    boolean doubleOpen = false;
    for (int i = 0; i < n; i++) {
      char c = paragraph.charAt(i);
      if (c == '"' || c == '“' || c == '”') {
        if (doubleOpen && c != '“') {
          add(out, paragraph, open, i);
          doubleOpen = false;
          open = -1;
        } else if (!doubleOpen && c != '”') {
          doubleOpen = true;
          open = i + 1;
        }
      } else if (!doubleOpen && (c == '\'' || c == '‘' || c == '’')) {
        boolean wordBefore = i > 0 && Character.isLetterOrDigit(paragraph.charAt(i - 1));
        boolean wordAfter = i + 1 < n && Character.isLetterOrDigit(paragraph.charAt(i + 1));
        if (open < 0 && !wordBefore && wordAfter && c != '’') {
          open = i + 1;
        } else if (open >= 0 && !wordAfter && i > open
            && !Character.isWhitespace(paragraph.charAt(i - 1))) {
          add(out, paragraph, open, i);
          open = -1;
        }
      }
    }
    if (doubleOpen) {
      add(out, paragraph, open, n);
    }
    return out;
  }

  /**
   * The quote without what an editor put in brackets ({@code Their (Haqqani network) ability} →
   * {@code Their ability}): the words compared are the speaker's.
   */
  static String spoken(String quote) {
    return BRACKETED.matcher(quote).replaceAll(" ").replaceAll("\\s+", " ").strip();
  }

  /** Adds the span trimmed of white space and trailing {@code , ; :}, if anything is left. */
  private static void add(List<int[]> out, String p, int from, int to) {
    while (from < to && Character.isWhitespace(p.charAt(from))) {
      from++;
    }
    while (to > from
        && (Character.isWhitespace(p.charAt(to - 1)) || ",;:".indexOf(p.charAt(to - 1)) >= 0)) {
      to--;
    }
    if (to > from && p.substring(from, to).codePoints().anyMatch(Character::isLetterOrDigit)) {
      out.add(new int[] {from, Math.min(to, from + MAX_QUOTE_CHARS)});
    }
  }
}
