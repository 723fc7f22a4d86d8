package org.copydesk.parse;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits raw text into paragraphs.
 *
 * <p>Blank lines always separate paragraphs. Inside a block without blank lines, the lines are
 * either hard-wrapped prose (wire copy wrapped at a fixed width: joined back into paragraphs) or
 * independent paragraphs one per line (kept as they are). A block is taken as hard-wrapped when it
 * is narrow and most of its line breaks were forced, i.e. the next line's first word would not
 * have fitted on the line: a wrapper breaks there, an author does not.
 */
public final class Paragraphs {

  /** Fewer lines give too little evidence of wrapping (e.g. a video title above "please wait"). */
  private static final int MIN_WRAPPED_LINES = 3;

  /** Nobody hard-wraps prose wider than this; wider blocks are one paragraph per line. */
  private static final int MAX_WRAP_WIDTH = 150;

  /** Words that end with a period without ending the sentence. */
  private static final ImmutableSet<String> ABBREVIATIONS =
      ImmutableSet.of(
          "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sgt", "capt", "sen", "rep", "gov",
          "prof", "rev", "jr", "sr", "inc", "corp", "co", "no", "vs", "jan", "feb", "mar", "apr",
          "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

  /** A single initial ("John F.") or a dotted acronym ("U.S.", "U.N."). */
  private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.)+");

  /** What a new sentence starts with: a capital, possibly behind an opening quote or bracket. */
  private static final Pattern SENTENCE_START = Pattern.compile("^[\"'“‘(\\[]?\\p{Lu}");

  private Paragraphs() {}

  /** Paragraphs of {@code text}, whitespace-normalised, none empty. */
  public static List<String> split(String text) {
    List<String> paragraphs = new ArrayList<>();
    List<String> block = new ArrayList<>();
    for (String raw : lines(text)) {
      String line = Lines.normalizeSpace(raw);
      if (line.isEmpty()) {
        flush(block, paragraphs);
      } else {
        block.add(line);
      }
    }
    flush(block, paragraphs);
    return paragraphs;
  }

  /**
   * The lines of {@code text}, split at CR LF, CR or LF, as {@code text.split("\\r\\n|\\r|\\n", -1)}
   * would split them; by hand, as the regex was a fifth of the parse stage's time.
   */
  static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(text.substring(start, i));
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    lines.add(text.substring(start));
    return lines;
  }

  private static void flush(List<String> block, List<String> paragraphs) {
    if (block.isEmpty()) {
      return;
    }
    if (isHardWrapped(block)) {
      paragraphs.addAll(unwrap(block));
    } else {
      paragraphs.addAll(block);
    }
    block.clear();
  }

  private static boolean isHardWrapped(List<String> lines) {
    if (lines.size() < MIN_WRAPPED_LINES) {
      return false;
    }
    int width = width(lines);
    if (width > MAX_WRAP_WIDTH) {
      return false;
    }
    int forced = 0;
    for (int i = 0; i + 1 < lines.size(); i++) {
      if (!nextWordFits(lines.get(i), lines.get(i + 1), width)) {
        forced++;
      }
    }
    return forced * 2 >= lines.size() - 1;
  }

  private static List<String> unwrap(List<String> lines) {
    int width = width(lines);
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (current.length() == 0 && isHeading(line, width)) {
        // A short unpunctuated line where a paragraph would start is a byline or a title: a
        // wrapped paragraph's first line runs to the wrap width.
        paragraphs.add(line);
        continue;
      }
      if (current.length() > 0) {
        current.append(' ');
      }
      current.append(line);
      if (i + 1 == lines.size() || endsParagraph(line, lines.get(i + 1), width)) {
        paragraphs.add(current.toString());
        current.setLength(0);
      }
    }
    return paragraphs;
  }

  private static boolean isHeading(String line, int width) {
    return line.length() * 2 < width && Lines.isTitleLike(line);
  }

  /**
   * A line ends its paragraph when it ends a sentence and either the wrapper did not need to break
   * there or the next line starts a new sentence.
   */
  private static boolean endsParagraph(String line, String next, int width) {
    return endsSentenceAtBreak(line)
        && (nextWordFits(line, next, width) || SENTENCE_START.matcher(next).find());
  }

  private static boolean endsSentenceAtBreak(String line) {
    if (!Lines.endsSentence(line)) {
      return false;
    }
    if (!line.endsWith(".")) {
      return true;
    }
    String last = line.substring(line.lastIndexOf(' ') + 1);
    String word = last.substring(0, last.length() - 1).toLowerCase(Locale.ROOT);
    return !ABBREVIATIONS.contains(word) && !INITIALS.matcher(last).matches();
  }

  private static boolean nextWordFits(String line, String next, int width) {
    int space = next.indexOf(' ');
    int firstWord = space < 0 ? next.length() : space;
    return line.length() + 1 + firstWord <= width;
  }

  private static int width(List<String> lines) {
    return lines.stream().mapToInt(String::length).max().orElse(0);
  }
}
