package org.copydesk.facts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date with parts possibly unknown: year, month, day of month, or a weekday. Written as ISO 8601
 * with the unknown parts left out ({@code 2001-09-11}, {@code --12-16}, {@code 2008-11}, {@code
 * 2008}, {@code --06}) or as the weekday's name ({@code tuesday}); that text is a DATE fact's
 * {@link Fact#normalized()}, read back here to compare dates.
 */
final class DateValue {

  /** Years a bare four-digit number may be: wide enough for history, narrow enough for counts. */
  static final int MIN_YEAR = 1800;

  static final int MAX_YEAR = 2199;

  private static final Pattern ISO = Pattern.compile("(\\d{4})?(?:-?-(\\d{2}))?(?:-(\\d{2}))?");

  private final int year;
  private final int month;
  private final int day;
  private final String weekday;

  private DateValue(int year, int month, int day, String weekday) {
    this.year = year;
    this.month = month;
    this.day = day;
    this.weekday = weekday;
  }

  /** A calendar date; 0 for an unknown part. */
  static DateValue of(int year, int month, int day) {
    return new DateValue(year, month, day, "");
  }

  /** Reads a DATE fact's normalised text. */
  static DateValue parse(String normalized) {
    Matcher m = ISO.matcher(normalized);
    if (normalized.isEmpty() || !m.matches()) {
      return new DateValue(0, 0, 0, normalized);
    }
    return of(part(m.group(1)), part(m.group(2)), part(m.group(3)));
  }

  private static int part(String digits) {
    return digits == null ? 0 : Integer.parseInt(digits);
  }

  /** True for four plain digits in [{@value #MIN_YEAR}, {@value #MAX_YEAR}]: maybe a year. */
  static boolean isYear(String numeral) {
    if (numeral.length() != 4 || !NumberParser.isPlainInteger(numeral)) {
      return false;
    }
    int y = Integer.parseInt(numeral);
    return y >= MIN_YEAR && y <= MAX_YEAR;
  }

  /** {@code date}, {@code day}, {@code month}, {@code year} or {@code weekday}: what is known. */
  String granularity() {
    if (!weekday.isEmpty()) {
      return "weekday";
    }
    if (day > 0) {
      return year > 0 ? "date" : "day";
    }
    return month > 0 ? "month" : "year";
  }

  /** True if the two dates have a known part in common, so that they can agree or disagree. */
  boolean comparableWith(DateValue o) {
    if (!weekday.isEmpty() || !o.weekday.isEmpty()) {
      return !weekday.isEmpty() && !o.weekday.isEmpty();
    }
    return (year > 0 && o.year > 0) || (month > 0 && o.month > 0);
  }

  /** True if comparable and every part known to both is equal: {@code 2008}, {@code 2008-11}. */
  boolean compatibleWith(DateValue o) {
    return comparableWith(o)
        && weekday.equals(o.weekday)
        && agree(year, o.year)
        && agree(month, o.month)
        && agree(day, o.day);
  }

  private static boolean agree(int a, int b) {
    return a == 0 || b == 0 || a == b;
  }

  @Override
  public String toString() {
    if (!weekday.isEmpty()) {
      return weekday;
    }
    StringBuilder sb = new StringBuilder();
    if (year > 0) {
      sb.append(year);
    } else {
      sb.append('-');
    }
    if (month > 0) {
      sb.append(String.format("-%02d", month));
    }
    if (day > 0) {
      sb.append(String.format("-%02d", day));
    }
    return sb.toString();
  }
}
