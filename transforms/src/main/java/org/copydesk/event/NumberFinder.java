package org.copydesk.event;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.copydesk.fingerprint.Tokenizer;

/**
 * Finds the figures of a story with their units: {@code $250 million}, {@code 150 dead}, {@code
 * 7.5 pct}, from the canonical tokens of {@link org.copydesk.fingerprint.TextNormalizer} (which
 * already folds {@code pct}/{@code per cent}/{@code %}, {@code mln}, {@code dlrs} and digit
 * grouping).
 *
 * <p>A figure is matched by its value, magnitude word applied ({@code 17.04 billion} and {@code
 * 17,040 mln} are one figure), and by whether it is a percentage. The unit word is kept for display
 * only: agencies name the same count differently ({@code 150 dead}, {@code 150 people}) and often
 * drop the currency. Days of the month and the year after them are not figures but dates, weighed
 * on their own.
 */
final class NumberFinder {

  private static final Map<String, BigDecimal> MAGNITUDES =
      Map.of("thousand", BigDecimal.TEN.pow(3), "million", BigDecimal.TEN.pow(6),
          "billion", BigDecimal.TEN.pow(9), "trillion", BigDecimal.TEN.pow(12));
  static final Set<String> CURRENCIES =
      Set.of("dollars", "cents", "euros", "euro", "pounds", "yen", "yuan", "rupees", "francs",
          "marks", "lire", "riyals", "roubles", "rubles", "pesos");
  static final Set<String> MONTHS =
      Set.of("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december");
  /** Words after a figure that are not its unit. */
  private static final Set<String> NOT_UNITS =
      Set.of("and", "the", "for", "from", "with", "was", "were", "are", "has", "had", "have",
          "that", "this", "its", "their", "into", "over", "than", "per", "who", "which", "when",
          "while", "after", "before", "since", "said", "says", "but", "not", "each", "last", "out",
          "against", "under", "during", "off", "down");
  private static final Pattern DECIMAL = Pattern.compile("\\d+(?:\\.\\d+)?");
  private static final Pattern CURRENCY_SIGN = Pattern.compile("[$£€¥](?=\\s?\\d)");

  private NumberFinder() {}

  /**
   * Spells currency signs before figures as words ({@code $5} → {@code dollars 5}): the tokenizer
   * drops signs, and a sign is how most agencies write the unit.
   */
  static String spellCurrencySigns(String text) {
    return CURRENCY_SIGN.matcher(text).replaceAll(m -> switch (m.group()) {
      case "£" -> " pounds ";
      case "€" -> " euros ";
      case "¥" -> " yen ";
      default -> " dollars ";
    });
  }

  /** Appends the figures among one sentence's canonical tokens and their tokenizer flags. */
  static void find(List<String> tokens, List<Integer> flags, int sentence, List<Fact> out) {
    boolean previousWasDate = false;
    for (int i = 0; i < tokens.size(); i++) {
      if ((flags.get(i) & Tokenizer.NUMBER) == 0) {
        previousWasDate = false;
        continue;
      }
      String before = i > 0 ? tokens.get(i - 1) : "";
      String after = i + 1 < tokens.size() ? tokens.get(i + 1) : "";
      if (MONTHS.contains(before) || MONTHS.contains(after) || previousWasDate) {
        previousWasDate = true;
        continue;
      }
      previousWasDate = false;
      String figure = tokens.get(i);
      String key = figure;
      StringBuilder display = new StringBuilder(figure);
      int j = i + 1;
      BigDecimal magnitude = MAGNITUDES.get(after);
      if (magnitude != null) {
        display.append(' ').append(after);
        j++;
      }
      if (DECIMAL.matcher(figure).matches()) {
        BigDecimal value = new BigDecimal(figure);
        key = (magnitude == null ? value : value.multiply(magnitude)).stripTrailingZeros()
            .toPlainString();
      }
      String unit = j < tokens.size() ? tokens.get(j) : "";
      if (unit.equals("us") && j + 1 < tokens.size()) {
        unit = tokens.get(j + 1); // 5.2 million U.S. dollars
      }
      if (unit.equals("percent")) {
        key += "%";
        display.append(" percent");
      } else if (CURRENCIES.contains(unit)) {
        display.append(' ').append(unit);
      } else if (CURRENCIES.contains(before)) {
        display.append(' ').append(before);
      } else if (isUnitWord(unit, j < flags.size() ? flags.get(j) : 0)) {
        display.append(' ').append(unit);
      }
      out.add(new Fact(EventDigest.number(key), EventDigest.display(display.toString()), sentence));
    }
  }

  private static boolean isUnitWord(String word, int flags) {
    return word.length() >= 3 && (flags & Tokenizer.NUMBER) == 0 && !NOT_UNITS.contains(word);
  }
}
