package org.copydesk.facts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares two quotes by their words, normalised ({@link ContextTerms#tokens}) so that house style
 * ({@code neighbours}/{@code neighbors}, punctuation, case) is no difference but a changed word
 * ({@code emphasised}/{@code emphasize}) is.
 *
 * <p>Two quotes agree when their words are the same or one quotes a run of the other's words
 * ({@code The task is a difficult one and it is not done} inside {@code Make no mistake the task is
 * a difficult one and it is not done}): quoting less is not misquoting.
 */
final class QuoteWording {

  /** Fewest words a quote must have to be matched as a part of a longer quote. */
  static final int MIN_PART_WORDS = 2;

  private final List<String> words;
  private final List<String> wordsBesideNames;

  /** The wording of a QUOTE fact. */
  QuoteWording(Fact quote) {
    this.words = words(quote.normalized());
    this.wordsBesideNames = wordsBesideNames(quote.text());
  }

  /**
   * 1 for the same words; 0.5 to 1 when one is a run of at least {@value #MIN_PART_WORDS} of the
   * other's words (more the closer their lengths); otherwise the share of the longer quote's words
   * the other has too (as multisets), names left out: names say what a statement is about, not how
   * it is worded, and statements about the same actors share them whether or not they are the same
   * quotation ({@code constrain the ability of the Haqqani Network, Lashkar-e-Taiba, the Afghan
   * Taliban…} is not {@code the Pakistani and Afghan Taliban, the Haqqani network, Lashkar-e-Taiba…
   * continue to pose a threat}).
   */
  double similarity(QuoteWording other) {
    if (words.equals(other.words)) {
      return 1;
    }
    List<String> shorter = words.size() <= other.words.size() ? words : other.words;
    List<String> longer = shorter == words ? other.words : words;
    if (shorter.size() >= MIN_PART_WORDS && Collections.indexOfSubList(longer, shorter) >= 0) {
      return 0.5 + 0.5 * shorter.size() / longer.size();
    }
    return overlap(wordsBesideNames, other.wordsBesideNames);
  }

  /** True if two quotes' words (normalised) are the same or one's are a run of the other's. */
  static boolean compatible(String a, String b) {
    List<String> x = words(a);
    List<String> y = words(b);
    return Collections.indexOfSubList(x, y) >= 0 || Collections.indexOfSubList(y, x) >= 0;
  }

  /** Shared words (as multisets) over the longer list's length. */
  private static double overlap(List<String> x, List<String> y) {
    List<String> shorter = x.size() <= y.size() ? x : y;
    List<String> longer = shorter == x ? y : x;
    if (longer.isEmpty()) {
      return 0;
    }
    Map<String, Integer> counts = new HashMap<>();
    for (String w : longer) {
      counts.merge(w, 1, Integer::sum);
    }
    int shared = 0;
    for (String w : shorter) {
      if (counts.getOrDefault(w, 0) > 0) {
        counts.merge(w, -1, Integer::sum);
        shared++;
      }
    }
    return (double) shared / longer.size();
  }

  private static List<String> words(String normalized) {
    return Arrays.asList(normalized.split(" "));
  }

  /** The quote's normalised words without its capitalised words after the first (its names). */
  private static List<String> wordsBesideNames(String quote) {
    List<String> out = new ArrayList<>();
    boolean first = true;
    for (Token t : Token.tokenize(QuoteFinder.spoken(quote))) {
      if (t.type == Token.Type.SYMBOL) {
        continue;
      }
      if (first || !t.isCapitalised()) {
        out.addAll(ContextTerms.tokens(t.text));
      }
      first = false;
    }
    return out;
  }
}
