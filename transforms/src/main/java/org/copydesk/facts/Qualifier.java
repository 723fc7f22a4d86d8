package org.copydesk.facts;

/**
 * How a figure is hedged: which values near the stated number v it admits, as a subset of
 * {below v, v, above v}.
 *
 * <p>Two figures are compatible only if they state the same number and their hedges admit a common
 * value ({@link Quantity#compatibleWith}). So {@code 150} and {@code about 150} agree; {@code 150}
 * and {@code more than 150} do not, because a bare figure is taken at its word; and {@code at least
 * 163} and {@code 166} do not either: logically consistent, but two different counts, and showing
 * a reader that the versions give different counts is the point of comparing them. A rule that
 * accepted every overlapping interval would hide exactly the differences an editor checks.
 */
public enum Qualifier {
  /** {@code 150}. */
  EXACT("", false, true, false),
  /** {@code about/around/some/approximately/roughly/an estimated 150}. */
  ABOUT("about", true, true, true),
  /** {@code at least/no fewer than 150}, {@code 150 or more}. */
  AT_LEAST("at least", false, true, true),
  /** {@code more than/over/upwards of 150}. */
  MORE_THAN("more than", false, false, true),
  /** {@code up to/at most/as many as/no more than 150}. */
  AT_MOST("at most", true, true, false),
  /** {@code less than/fewer than/under 150}. */
  LESS_THAN("less than", true, false, false),
  /** {@code nearly/almost/close to 150}. */
  NEARLY("nearly", true, false, false);

  private final String phrase;
  private final boolean below;
  private final boolean at;
  private final boolean above;

  Qualifier(String phrase, boolean below, boolean at, boolean above) {
    this.phrase = phrase;
    this.below = below;
    this.at = at;
    this.above = above;
  }

  /** The canonical English phrase, empty for {@link #EXACT}. */
  public String phrase() {
    return phrase;
  }

  /** True if some value is admitted by both hedges of the same number. */
  boolean overlaps(Qualifier o) {
    return (below && o.below) || (at && o.at) || (above && o.above);
  }
}
