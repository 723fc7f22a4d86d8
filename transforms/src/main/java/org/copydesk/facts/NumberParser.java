package org.copydesk.facts;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the numbers wire copy writes: numerals with digit grouping, decimals and an abbreviated
 * scale ({@code 700,000}, {@code 2.5}, {@code 250m}, {@code 1.5bn}), scale words after a numeral
 * ({@code million}, and {@code crore}/{@code lakh} for Indian copy), and numbers in words ({@code
 * seven}, {@code twenty-five}, {@code one hundred and fifty}, {@code two-and-a-half}).
 *
 * <p>A lone {@code one} is not a number: in news it is almost always a pronoun or determiner
 * ({@code one official}, {@code one of the worst}). Vague plurals ({@code hundreds of thousands},
 * {@code dozens}) are not numbers either: they state no figure a version could contradict.
 */
final class NumberParser {

  private static final Map<String, Integer> SMALL;

  static {
    String[] units = {
      "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
      "nineteen"
    };
    String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    ImmutableMap.Builder<String, Integer> b = ImmutableMap.builder();
    for (int i = 0; i < units.length; i++) {
      b.put(units[i], i);
    }
    for (int i = 0; i < tens.length; i++) {
      b.put(tens[i], 20 + 10 * i);
    }
    SMALL = b.build();
  }

  /** Scale words, written after a numeral or inside a run of number words. */
  private static final Map<String, Double> SCALES =
      ImmutableMap.<String, Double>builder()
          .put("hundred", 1e2)
          .put("thousand", 1e3)
          .put("lakh", 1e5)
          .put("million", 1e6)
          .put("mln", 1e6)
          .put("mn", 1e6)
          .put("crore", 1e7)
          .put("billion", 1e9)
          .put("bln", 1e9)
          .put("bn", 1e9)
          .put("trillion", 1e12)
          .buildOrThrow();

  /** Scales abbreviated onto a numeral: {@code 250m}, {@code 1.5bn}, {@code 10k}. */
  private static final Map<String, Double> SUFFIXES =
      ImmutableMap.of("k", 1e3, "m", 1e6, "mn", 1e6, "bn", 1e9, "b", 1e9);

  private static final Pattern NUMERAL = Pattern.compile("([\\d,]+(?:\\.\\d+)?)(\\p{L}*)");

  private NumberParser() {}

  /** The value of a numeral token, or empty if its letter suffix is not a scale ({@code 1980s}). */
  static OptionalDouble numeral(String token) {
    Matcher m = NUMERAL.matcher(token);
    if (!m.matches()) {
      return OptionalDouble.empty();
    }
    double v = Double.parseDouble(m.group(1).replace(",", ""));
    String suffix = m.group(2).toLowerCase(Locale.ROOT);
    if (suffix.isEmpty()) {
      return OptionalDouble.of(v);
    }
    Double scale = SUFFIXES.get(suffix);
    return scale == null ? OptionalDouble.empty() : OptionalDouble.of(v * scale);
  }

  /** True if the numeral carries nothing but digits (no grouping, decimal or suffix). */
  static boolean isPlainInteger(String token) {
    return token.chars().allMatch(Character::isDigit);
  }

  /** The multiplier of a scale word after a numeral ({@code million}), or empty. */
  static OptionalDouble scale(String lowerWord) {
    Double s = SCALES.get(lowerWord);
    return s == null || s == 1e2 ? OptionalDouble.empty() : OptionalDouble.of(s);
  }

  /** True if the word can be part of a number written in words. */
  static boolean isNumberWord(String lowerWord) {
    return SMALL.containsKey(lowerWord)
        || SCALES.containsKey(lowerWord)
        || compound(lowerWord) >= 0;
  }

  /**
   * The value of a run of number words ({@code one hundred and fifty}, {@code seven}), or empty
   * if the run is not a number on its own ({@code one}, {@code million}). An {@code and} inside the
   * run is skipped.
   */
  static OptionalDouble words(List<String> lowerWords) {
    if (lowerWords.size() == 1 && lowerWords.get(0).equals("one")) {
      return OptionalDouble.empty();
    }
    double total = 0;
    double current = 0;
    boolean any = false;
    for (String w : lowerWords) {
      if (w.equals("and")) {
        continue;
      }
      Integer small = SMALL.get(w);
      Double scale = SCALES.get(w);
      double c = compound(w);
      if (small != null) {
        current += small;
        any = true;
      } else if (c >= 0) {
        current += c;
        any = true;
      } else if (scale != null && any) {
        if (scale == 1e2) {
          current *= scale;
        } else {
          total += current * scale;
          current = 0;
        }
      } else {
        return OptionalDouble.empty();
      }
    }
    return any ? OptionalDouble.of(total + current) : OptionalDouble.empty();
  }

  /** {@code twenty-five} → 25, {@code two-and-a-half} → 2.5; -1 if not such a compound. */
  private static double compound(String w) {
    String[] parts = w.split("-");
    if (parts.length == 2
        && SMALL.containsKey(parts[0])
        && SMALL.get(parts[0]) >= 20
        && SMALL.containsKey(parts[1])
        && SMALL.get(parts[1]) < 10) {
      return SMALL.get(parts[0]) + SMALL.get(parts[1]);
    }
    if (parts.length == 4
        && SMALL.containsKey(parts[0])
        && parts[1].equals("and")
        && parts[2].equals("a")
        && parts[3].equals("half")) {
      return SMALL.get(parts[0]) + 0.5;
    }
    return -1;
  }
}
