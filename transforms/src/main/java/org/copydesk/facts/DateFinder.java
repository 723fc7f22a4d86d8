package org.copydesk.facts;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Calendar dates, months and weekdays: {@code Jan 13}, {@code Dec. 16}, {@code 13 January}, {@code
 * September 11, 2001}, {@code November 2008}, {@code June}, {@code Tuesday}. Bare years are found
 * with the other numbers ({@link QuantityFinder}), which knows when {@code 1500} is a count.
 *
 * <p>Normalised as ISO 8601 with the unknown parts left out ({@code 2001-09-11}, {@code --12-16},
 * {@code 2008-11}, {@code --06}) or the weekday's name; see {@link DateValue}. Relative dates
 * ({@code last month}, {@code today}) are not facts: resolving them needs the publication time,
 * and versions written a day apart word the same day differently.
 */
final class DateFinder {

  private static final Map<String, Integer> MONTHS;

  static {
    String[] names = {
      "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december"
    };
    ImmutableMap.Builder<String, Integer> b = ImmutableMap.builder();
    for (int i = 0; i < names.length; i++) {
      b.put(names[i], i + 1);
      if (names[i].length() > 3) {
        b.put(names[i].substring(0, 3), i + 1);
      }
    }
    b.put("sept", 9);
    MONTHS = b.buildOrThrow();
  }

  private static final List<String> WEEKDAYS =
      List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  /** Months that are also words ({@code May}, {@code March}) need a day or year beside them. */
  private static final List<String> AMBIGUOUS_MONTHS = List.of("may", "mar", "march");

  private static final Pattern DAY = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?");

  private DateFinder() {}

  static void find(Sentence s) {
    for (int i = 0; i < s.size(); i++) {
      if (s.isClaimed(i)) {
        continue;
      }
      Token t = s.token(i);
      if (t.isCapitalised() && WEEKDAYS.contains(t.lower())) {
        s.claim(i, i + 1);
        s.add(FactKind.DATE, i, i + 1, t.lower(), "weekday");
      } else if (t.isCapitalised() && MONTHS.containsKey(t.lower())) {
        i = monthFirst(s, i);
      } else if (day(t) > 0 && month(s.at(i + 1)) > 0) {
        i = dayFirst(s, i);
      }
    }
  }

  /** True for a month or weekday name or abbreviation (lower case): a date word, never a name. */
  static boolean isCalendarWord(String lower) {
    return MONTHS.containsKey(lower) || WEEKDAYS.contains(lower);
  }

  /** {@code Dec. 16}, {@code September 11, 2001}, {@code November 2008}, {@code June}. */
  private static int monthFirst(Sentence s, int i) {
    int month = month(s.token(i));
    int j = i + 1;
    if (s.at(j) != null && s.token(j).is(".")) {
      j++;
    }
    int day = day(s.at(j));
    if (day > 0) {
      int end = j + 1;
      int year = 0;
      int k = s.at(end) != null && s.token(end).is(",") ? end + 1 : end;
      if (year(s.at(k)) > 0) {
        year = year(s.at(k));
        end = k + 1;
      }
      return emit(s, i, end, year, month, day);
    }
    if (year(s.at(j)) > 0) {
      return emit(s, i, j + 1, year(s.at(j)), month, 0);
    }
    boolean ambiguous = AMBIGUOUS_MONTHS.contains(s.token(i).lower());
    if (ambiguous || s.titleCase) {
      return i;
    }
    return emit(s, i, i + 1, 0, month, 0);
  }

  /** {@code 13 January}, {@code 11 March 2026}. */
  private static int dayFirst(Sentence s, int i) {
    int day = day(s.token(i));
    int month = month(s.token(i + 1));
    int year = year(s.at(i + 2));
    return emit(s, i, year > 0 ? i + 3 : i + 2, year, month, day);
  }

  private static int emit(Sentence s, int from, int to, int year, int month, int day) {
    DateValue v = DateValue.of(year, month, day);
    s.claim(from, to);
    s.add(FactKind.DATE, from, to, v.toString(), v.granularity());
    return to - 1;
  }

  private static int month(@Nullable Token t) {
    if (t == null || !t.isCapitalised()) {
      return 0;
    }
    return MONTHS.getOrDefault(t.lower(), 0);
  }

  private static int day(@Nullable Token t) {
    if (t == null || t.type != Token.Type.NUMBER) {
      return 0;
    }
    Matcher m = DAY.matcher(t.text);
    if (!m.matches()) {
      return 0;
    }
    int d = Integer.parseInt(m.group(1));
    return d >= 1 && d <= 31 ? d : 0;
  }

  private static int year(@Nullable Token t) {
    if (t == null || t.type != Token.Type.NUMBER || !DateValue.isYear(t.text)) {
      return 0;
    }
    return Integer.parseInt(t.text);
  }
}
