package org.copydesk.eval;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** US ↔ UK spelling, word substitutions an editor makes, and house-style rewrites of amounts. */
final class Spelling {
  /** US → UK. Templates are written in US spelling. */
  static final Map<String, String> US_UK = new LinkedHashMap<>();

  static {
    String[] pairs = {
      "neighboring", "neighbouring", "neighbor", "neighbour", "labor", "labour", "center", "centre",
      "defense", "defence", "program", "programme", "organization", "organisation", "favor", "favour",
      "emphasized", "emphasised", "emphasize", "emphasise", "recognized", "recognised",
      "criticized", "criticised", "analyze", "analyse", "analyzed", "analysed", "traveled",
      "travelled", "honor", "honour", "modernize", "modernise", "stabilize", "stabilise",
      "apologized", "apologised", "authorized", "authorised", "privatization", "privatisation",
      "behavior", "behaviour", "offense", "offence", "aluminum", "aluminium", "organized",
      "organised", "realize", "realise", "mobilized", "mobilised", "prioritize", "prioritise",
      "signaled", "signalled", "canceled", "cancelled", "jewelry", "jewellery", "fueled", "fuelled"
    };
    for (int i = 0; i < pairs.length; i += 2) {
      US_UK.put(pairs[i], pairs[i + 1]);
    }
  }

  /** Editors' word substitutions (either direction may be applied by the noise model). */
  static final String[][] SUBSTITUTIONS = {
    {"schoolboys", "students"}, {"children", "youngsters"}, {"purchase", "acquisition"},
    {"announced", "said"}, {"rose", "climbed"}, {"fell", "dropped"}, {"talks", "discussions"},
    {"officials", "authorities"}, {"killed", "left dead"}, {"shares", "stock"}, {"about", "around"},
    {"people", "persons"}, {"help", "assist"}, {"big", "large"}, {"quickly", "swiftly"},
    {"expected", "anticipated"}, {"began", "started"}, {"residents", "locals"}
  };

  private static final Pattern WORD = Pattern.compile("[A-Za-z]+");

  static String toUk(String text) {
    return mapWords(text, US_UK);
  }

  private static final Map<String, String> UK_US = new LinkedHashMap<>();

  static {
    US_UK.forEach((us, uk) -> UK_US.put(uk, us));
  }

  static String toUs(String text) {
    return mapWords(text, UK_US);
  }

  /** Replaces whole lower-case or capitalised words by the map. */
  static String mapWords(String text, Map<String, String> map) {
    Matcher m = WORD.matcher(text);
    StringBuilder sb = new StringBuilder(text.length() + 16);
    while (m.find()) {
      String w = m.group();
      String r = map.get(w);
      if (r == null && Character.isUpperCase(w.charAt(0)) && w.length() > 1
          && Character.isLowerCase(w.charAt(1))) {
        String lower = Character.toLowerCase(w.charAt(0)) + w.substring(1);
        String lr = map.get(lower);
        if (lr != null) {
          r = Character.toUpperCase(lr.charAt(0)) + lr.substring(1);
        }
      }
      m.appendReplacement(sb, Matcher.quoteReplacement(r == null ? w : r));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  private static final Pattern R87_MONEY =
      Pattern.compile("([0-9][0-9.,]*)( mln| billion)? dlrs");
  private static final Pattern DOLLAR_MONEY = Pattern.compile("\\$([0-9][0-9.,]*)( million| billion)?");
  private static final Pattern BARE_US = Pattern.compile("\\bUS\\b");
  private static final Pattern PCT = Pattern.compile("\\b(pct|percent|per cent)\\b");

  /**
   * House style of an outlet: {@code 5.2 mln dlrs} → {@code $5.2 million} (or the reverse for a
   * wire-style outlet), {@code pct} → {@code percent}/{@code per cent}, {@code U.S.} ↔ {@code US},
   * and the outlet's spelling.
   */
  static String houseStyle(String text, Style outlet) {
    String t = text;
    Matcher m = R87_MONEY.matcher(t);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String scale = m.group(2) == null ? "" : m.group(2).equals(" mln") ? " million" : " billion";
      String repl =
          outlet == Style.REUTERS_1987 ? m.group() : "$" + m.group(1) + scale;
      m.appendReplacement(sb, Matcher.quoteReplacement(repl));
    }
    m.appendTail(sb);
    t = sb.toString();
    if (outlet == Style.REUTERS_1987) {
      Matcher d = DOLLAR_MONEY.matcher(t);
      sb = new StringBuilder();
      while (d.find()) {
        String scale =
            d.group(2) == null ? "" : d.group(2).equals(" million") ? " mln" : " billion";
        d.appendReplacement(sb, Matcher.quoteReplacement(d.group(1) + scale + " dlrs"));
      }
      d.appendTail(sb);
      t = sb.toString();
    }
    String pctWord =
        outlet == Style.REUTERS_1987 ? "pct" : outlet.ukSpelling ? "per cent" : "percent";
    t = PCT.matcher(t).replaceAll(pctWord);
    t = t.replace("USD ", "$");
    if (outlet == Style.OUTLET_UK || outlet == Style.OUTLET_US) {
      t = t.replace("U.S.", "US");
    } else {
      t = BARE_US.matcher(t).replaceAll("U.S.");
    }
    return outlet.ukSpelling ? toUk(t) : toUs(t);
  }

  private Spelling() {}
}
