package org.copydesk.facts;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Figures: counts of people (TOLL), money (AMOUNT), years (DATE) and other numbers (NUMBER), each
 * with its hedge ({@link Hedges}), scale, currency ({@link Currencies}), the unit after it and, for
 * people, what happened to them ({@link People}).
 *
 * <ul>
 *   <li>AMOUNT: a figure with a currency;
 *   <li>DATE: a plain four-digit figure in [{@value DateValue#MIN_YEAR}, {@value
 *       DateValue#MAX_YEAR}] with no hedge, scale or currency that does not count a plural noun
 *       ({@code the 2008 Mumbai attacks}, {@code in 2008 that left}, {@code a 2011 attack}); but
 *       {@code 1500 militants} is a count;
 *   <li>TOLL: the unit is a word for people ({@code people}, {@code children}, {@code militants})
 *       or a word for what happened to them stands within {@value People#WINDOW} words of the
 *       figure in the same clause ({@code 150 dead}, {@code killed at least 163}, {@code massacre
 *       of 134}, {@code the total number killed});
 *   <li>NUMBER: anything else ({@code six decades}, {@code two-and-a-half hour}).
 * </ul>
 *
 * A figure's text runs from its hedge to its unit, and to a state right after the unit ({@code
 * some 700,000 people displaced}). Figures inside a time ({@code 07:59}) are skipped.
 */
final class QuantityFinder {

  /** Words that end a figure's unit search: a unit is a content word. */
  private static final Set<String> NOT_UNITS =
      ImmutableSet.of(
          "the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "from", "with", "and", "or",
          "but", "that", "which", "who", "as", "is", "are", "was", "were", "be", "been", "has",
          "have", "had", "will", "would", "said", "says", "since", "after", "before", "than",
          "our", "their", "its", "his", "her", "this", "these", "those", "when", "while", "into");

  /** Words after which four digits are a year even before a plural: {@code the 2008 attacks}. */
  private static final Set<String> YEAR_LEADS =
      ImmutableSet.of("the", "a", "an", "in", "since", "until");

  /** A figure being read: tokens [from, end) hold its hedge, currency, number and scale. */
  private static final class Figure {
    int number;
    int from;
    int end;
    double value;
    @Nullable String currency;
    Qualifier qualifier = Qualifier.EXACT;
  }

  private QuantityFinder() {}

  static void find(Sentence s) {
    for (int i = 0; i < s.size(); i++) {
      if (s.isClaimed(i)) {
        continue;
      }
      Figure f = number(s, i);
      if (f != null) {
        modifiers(s, f);
        i = emit(s, f);
      }
    }
  }

  /** The number written at token i, in digits or words, or null. */
  private static @Nullable Figure number(Sentence s, int i) {
    Token t = s.token(i);
    Figure f = new Figure();
    f.number = i;
    f.from = i;
    if (t.type == Token.Type.NUMBER) {
      OptionalDouble v = NumberParser.numeral(t.text);
      if (v.isEmpty() || inTime(s, i)) {
        return null;
      }
      f.value = v.getAsDouble();
      f.end = i + 1;
      return f;
    }
    if (!t.isWord() || !NumberParser.isNumberWord(t.lower())) {
      return null;
    }
    List<String> words = new ArrayList<>();
    int end = i;
    while (end < s.size() && isNumberRunWord(s, end)) {
      words.add(s.token(end).lower());
      end++;
    }
    OptionalDouble v = NumberParser.words(words);
    if (v.isEmpty()) {
      return null;
    }
    f.value = v.getAsDouble();
    f.end = end;
    return f;
  }

  /** Reads the scale, currency and hedge around the number. */
  private static void modifiers(Sentence s, Figure f) {
    Token next = s.at(f.end);
    OptionalDouble scale = next != null && next.isWord()
        ? NumberParser.scale(next.lower())
        : OptionalDouble.empty();
    if (scale.isPresent()) {
      f.value *= scale.getAsDouble();
      f.end++;
    }
    int c = Currencies.before(s, f.number);
    if (c >= 0) {
      f.currency = Currencies.codeAt(s, c);
      f.from = c;
    }
    String word = Currencies.word(s.at(f.end));
    if (word != null) {
      f.currency = f.currency == null ? word : f.currency;
      f.end++;
    }
    Map.Entry<List<String>, Qualifier> before = Hedges.before(s, f.from);
    Qualifier after = Hedges.after(s, f.end);
    if (before != null) {
      f.qualifier = before.getValue();
      f.from -= before.getKey().size();
    } else if (after != null) {
      f.qualifier = after;
      f.end += 2;
    }
  }

  /** Adds the figure's fact; returns the last token it used. */
  private static int emit(Sentence s, Figure f) {
    int unitAt = f.currency == null ? unit(s, f.end) : -1;
    String unit = unitAt >= 0 ? unitWord(s, unitAt) : "";
    if (f.currency == null && isYear(s, f, unit)) {
      s.claim(f.number, f.number + 1);
      s.add(FactKind.DATE, f.number, f.number + 1, s.token(f.number).text, "year");
      return f.number;
    }
    int last = unitAt >= 0 ? unitAt : f.end - 1;
    Token afterUnit = unitAt >= 0 ? s.at(unitAt + 1) : null;
    if (afterUnit != null && People.state(afterUnit.lower()) != null) {
      last++; // 700,000 people displaced
    }
    s.claim(f.from, last + 1);
    Quantity q = Quantity.of(f.value, f.qualifier, f.currency);
    String written = s.span(f.from, last + 1);
    if (f.currency != null) {
      s.add(FactKind.AMOUNT, written, f.from, last + 1, f.end, q.normalized(), q, f.currency, "");
    } else {
      String state = stateAround(s, f.from, last);
      FactKind kind = !state.isEmpty() || People.isPeople(unit) ? FactKind.TOLL : FactKind.NUMBER;
      s.add(kind, written, f.from, last + 1, f.end, q.normalized(), q, unit, state);
    }
    return last;
  }

  private static boolean isNumberRunWord(Sentence s, int j) {
    Token t = s.token(j);
    if (!t.isWord()) {
      return false;
    }
    if (t.is("and")) {
      return s.at(j + 1) != null && NumberParser.isNumberWord(s.token(j + 1).lower());
    }
    return NumberParser.isNumberWord(t.lower());
  }

  /** True if token i is part of a time or score written with colons ({@code 07:59}). */
  private static boolean inTime(Sentence s, int i) {
    Token t = s.token(i);
    Token prev = s.at(i - 1);
    Token next = s.at(i + 1);
    return (prev != null && prev.is(":") && prev.end == t.start)
        || (next != null && next.is(":") && next.start == t.end);
  }

  /**
   * The unit after a figure: the next word if it is a content word ({@code 134 children}, {@code
   * 150 dead}, {@code six decades}), or the word after one adjective when that is a word for people
   * ({@code 150 innocent civilians}); {@code %} and {@code per cent} are a unit. -1 if none.
   */
  private static int unit(Sentence s, int j) {
    Token t = s.at(j);
    Token next = s.at(j + 1);
    if (t == null) {
      return -1;
    }
    if (t.is("%")) {
      return j;
    }
    if (t.is("per") && next != null && next.is("cent")) {
      return j + 1;
    }
    if (!t.isWord() || NOT_UNITS.contains(t.lower()) || NumberParser.isNumberWord(t.lower())) {
      return -1;
    }
    if (t.isCapitalised() && !People.looksPlural(t.lower())) {
      return -1; // 2008 Mumbai
    }
    if (!People.isPeople(t.lower()) && next != null && next.isWord()
        && People.isPeople(next.lower())) {
      return j + 1;
    }
    return j;
  }

  private static String unitWord(Sentence s, int j) {
    Token t = s.token(j);
    if (t.is("%") || t.is("pct") || t.is("percent") || (t.is("cent") && s.token(j - 1).is("per"))) {
      return "percent";
    }
    String w = t.lower();
    return w.endsWith("'s") || w.endsWith("’s") ? w.substring(0, w.length() - 2) : w;
  }

  /**
   * What happened to the people counted, from up to {@value People#WINDOW} words on either side
   * within the clause (punctuation ends the search): {@code killed at least 163}, {@code massacre
   * of 134}, {@code 150 dead}, {@code 1500 militants have been killed}.
   */
  private static String stateAround(Sentence s, int from, int last) {
    for (int j = last; j < s.size() && j <= last + People.WINDOW; j++) {
      Token t = s.token(j);
      if (j > last && !t.isWord()) {
        break;
      }
      String state = People.state(t.lower());
      if (state != null) {
        return state;
      }
    }
    for (int j = from - 1; j >= 0 && j >= from - People.WINDOW; j--) {
      Token t = s.token(j);
      if (!t.isWord()) {
        break;
      }
      String state = People.state(t.lower());
      if (state != null) {
        return state;
      }
    }
    return "";
  }

  private static boolean isYear(Sentence s, Figure f, String unit) {
    if (f.end != f.number + 1 || f.from != f.number || !DateValue.isYear(s.token(f.number).text)) {
      return false; // hedged, scaled or with a currency
    }
    if (!People.looksPlural(unit)) {
      return true;
    }
    Token prev = s.at(f.number - 1);
    return prev != null && YEAR_LEADS.contains(prev.lower());
  }
}
