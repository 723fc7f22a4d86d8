package org.copydesk.facts;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * How copy writes currencies: a symbol or code before the figure ({@code $250}, {@code US$250},
 * {@code USD 250}, {@code Rs 5}) or a word after it ({@code 250 million dollars}, {@code 16.50
 * dlrs}). A bare {@code $} is US dollars, as in wire copy.
 */
final class Currencies {

  private static final Map<String, String> SYMBOLS =
      ImmutableMap.of("$", "USD", "€", "EUR", "£", "GBP", "¥", "JPY", "₹", "INR");

  /** Letters written onto a {@code $}: {@code US$}, {@code A$}, {@code HK$}. */
  private static final Map<String, String> DOLLAR_PREFIXES =
      ImmutableMap.of("us", "USD", "a", "AUD", "c", "CAD", "hk", "HKD", "nz", "NZD", "s", "SGD");

  private static final Map<String, String> CODES =
      ImmutableMap.<String, String>builder()
          .put("usd", "USD")
          .put("eur", "EUR")
          .put("gbp", "GBP")
          .put("jpy", "JPY")
          .put("cny", "CNY")
          .put("rmb", "CNY")
          .put("inr", "INR")
          .put("pkr", "PKR")
          .put("rs", "RUPEES")
          .buildOrThrow();

  private static final Map<String, String> WORDS =
      ImmutableMap.<String, String>builder()
          .put("dollars", "USD")
          .put("dollar", "USD")
          .put("dlrs", "USD")
          .put("dlr", "USD")
          .put("euros", "EUR")
          .put("euro", "EUR")
          .put("pounds", "GBP")
          .put("rupees", "RUPEES")
          .put("yuan", "CNY")
          .put("yen", "JPY")
          .buildOrThrow();

  private Currencies() {}

  /** Index of the first token of a currency written right before token i, or -1. */
  static int before(Sentence s, int i) {
    Token prev = s.at(i - 1);
    if (prev == null) {
      return -1;
    }
    if (SYMBOLS.containsKey(prev.text)) {
      Token prefix = s.at(i - 2);
      boolean attached = prefix != null && prefix.end == prev.start && prev.is("$")
          && DOLLAR_PREFIXES.containsKey(prefix.lower());
      return attached ? i - 2 : i - 1;
    }
    return CODES.containsKey(prev.lower()) ? i - 1 : -1;
  }

  /** The code of the currency written from token c ({@link #before}). */
  static String codeAt(Sentence s, int c) {
    Token t = s.token(c);
    if (SYMBOLS.containsKey(t.text)) {
      return SYMBOLS.get(t.text);
    }
    if (s.at(c + 1) != null && s.token(c + 1).is("$")) {
      return DOLLAR_PREFIXES.get(t.lower());
    }
    return CODES.get(t.lower());
  }

  /** The code of a currency word written after a figure ({@code dollars}), or null. */
  static @Nullable String word(@Nullable Token t) {
    return t == null ? null : WORDS.get(t.lower());
  }
}
