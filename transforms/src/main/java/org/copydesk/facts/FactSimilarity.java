package org.copydesk.facts;

import com.google.common.collect.Sets;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * How likely two facts of different versions are the same fact, whatever values they give.
 *
 * <p><b>Figures and dates</b> are compared by what they describe ({@link Descriptor}):
 *
 * <pre>
 *   similarity = unit × min(1, context + {@value #SAME_VALUE_BONUS} · [same value])
 * </pre>
 *
 * <ul>
 *   <li><i>unit</i> in [0, 1] says whether they count the same thing. 0 rules the pair out: money
 *       in different currencies, numbers of different units ({@code decades}, {@code hours}),
 *       dates with no known part in common (a weekday and a month), counts of people in different
 *       states ({@code dead}, {@code displaced}) or of different groups ({@code children}, {@code
 *       militants}). Otherwise 1 for the same unit (and state), ¾ for the same group of people
 *       ({@code children}, {@code people}), ½ when one side says less ({@code 150 dead} against
 *       {@code 134 children}), averaged over the unit and the state for counts of people;
 *   <li><i>context</i> is the weighted Dice overlap of the context terms, each term weighted by its
 *       rarity in the cluster ({@link TermWeights}): sharing {@code mumbai} or {@code gunmen} says
 *       far more than sharing {@code pakistan};
 *   <li>the same stated number (whatever the hedge) adds {@value #SAME_VALUE_BONUS}: agreeing
 *       figures are likely the same fact, but not without any shared context, since small figures
 *       recur ({@code two}, {@code three}).
 * </ul>
 *
 * <p>A date names a day on its own, so the same date ({@link Fact#normalized()} equal) is the
 * same fact, 1, whatever surrounds it; the formula only serves dates that differ.
 *
 * <p>Two facts may be the same fact at {@value #THRESHOLD} or above. Measured on the seed stories:
 * each fact's group is held together by links of 0.27 or more, the weakest being Reuters' {@code
 * massacre of 134 children by Taliban gunmen} against RFE/RL's {@code Taliban gunmen … killed more
 * than 150 people, almost all of them children}; two different facts score at most 0.21 ({@code
 * the 2008 Mumbai attacks that killed at least 163 people} against {@code the Indian embassy in
 * 2008 that left 58 people dead}), unless they stand in one sentence and so share their context
 * (AFP's {@code seven militants} executed and the {@code 16} executed since December, 0.64). Those
 * are kept apart by {@link FactAligner}: the version that states both cannot put both in one group,
 * and the same figures in the other version link first.
 *
 * <p><b>Names</b> are the same fact when their keys are equal, 1, or one letter apart in a name of
 * at least {@value #MIN_VARIANT_LENGTH} letters ({@code Hussain}/{@code Hussein}), {@value
 * #SPELLING_VARIANT}: a disputed spelling. <b>Quotes</b> are compared by wording ({@link
 * QuoteWording#similarity}) against {@value #QUOTE_THRESHOLD}: most of the longer quote's words
 * must be in the other. On the seeds, renderings of one quotation score 0.59 and up (AFP's {@code
 * continue to pose a threat not just to Pakistan and its neighbours…} against RFE/RL's {@code …
 * continue to pose a threat to Pakistan, to its neighbors, and to the United States}), different
 * statements 0.5 and below.
 */
final class FactSimilarity {

  static final double THRESHOLD = 0.25;

  static final double QUOTE_THRESHOLD = 0.55;

  static final double SAME_VALUE_BONUS = 0.2;

  static final double SPELLING_VARIANT = 0.9;

  static final int MIN_VARIANT_LENGTH = 6;

  private final TermWeights weights;
  private final Map<Fact, QuoteWording> quotes = new IdentityHashMap<>();

  /** Not thread-safe: it keeps each quote's wording once worked out. */
  FactSimilarity(TermWeights weights) {
    this.weights = weights;
  }

  /** True if the pair scores at or above its kind's threshold. */
  static boolean isSameFact(FactKind kind, double similarity) {
    return similarity >= (kind == FactKind.QUOTE ? QUOTE_THRESHOLD : THRESHOLD);
  }

  /** In [0, 1]; 0 for facts of different kinds. */
  double of(Fact a, Fact b) {
    if (a.kind() != b.kind()) {
      return 0;
    }
    switch (a.kind()) {
      case NAME:
        return names(a.normalized(), b.normalized());
      case QUOTE:
        return wording(a).similarity(wording(b));
      case DATE:
        if (a.normalized().equals(b.normalized())) {
          return 1;
        }
        return descriptors(a, b, false);
      default:
        return descriptors(a, b, a.quantity().value() == b.quantity().value());
    }
  }

  private QuoteWording wording(Fact quote) {
    return quotes.computeIfAbsent(quote, QuoteWording::new);
  }

  /** False if nothing could make the two facts the same fact (unit 0, or different kinds). */
  static boolean mayBeSameFact(Fact a, Fact b) {
    if (a.kind() != b.kind()) {
      return false;
    }
    return a.kind() == FactKind.NAME || a.kind() == FactKind.QUOTE || unit(a, b) > 0;
  }

  private double descriptors(Fact a, Fact b, boolean sameValue) {
    double unit = unit(a, b);
    if (unit == 0) {
      return 0;
    }
    double context = context(a.descriptor().context(), b.descriptor().context());
    return unit * Math.min(1, context + (sameValue ? SAME_VALUE_BONUS : 0));
  }

  /** Weighted Dice: twice the weight of the shared terms over the weight of both sets. */
  private double context(Set<String> a, Set<String> b) {
    double total = weights.mass(a) + weights.mass(b);
    return total == 0 ? 0 : 2 * weights.mass(Sets.intersection(a, b)) / total;
  }

  private static double unit(Fact a, Fact b) {
    Descriptor x = a.descriptor();
    Descriptor y = b.descriptor();
    switch (a.kind()) {
      case DATE:
        if (!DateValue.parse(a.normalized()).comparableWith(DateValue.parse(b.normalized()))) {
          return 0;
        }
        return x.unit().equals(y.unit()) ? 1 : 0.5;
      case AMOUNT:
        return x.unit().equals(y.unit()) ? 1 : 0;
      case NUMBER:
        if (x.unit().equals(y.unit())) {
          return 1;
        }
        return x.unit().isEmpty() || y.unit().isEmpty() ? 0.5 : 0;
      default:
        return people(x, y);
    }
  }

  private static double people(Descriptor x, Descriptor y) {
    boolean bothStated = !x.state().isEmpty() && !y.state().isEmpty();
    if (bothStated && !x.state().equals(y.state())) {
      return 0;
    }
    double state = bothStated ? 1 : 0.5;
    double noun;
    if (x.unit().equals(y.unit())) {
      noun = 1;
    } else if (People.sameGroup(x.unit(), y.unit())) {
      noun = 0.75;
    } else if (People.isPeople(x.unit()) && People.isPeople(y.unit())) {
      return 0; // civilians against combatants
    } else {
      noun = 0.5;
    }
    return (state + noun) / 2;
  }

  private static double names(String a, String b) {
    if (a.equals(b)) {
      return 1;
    }
    return isSpellingVariant(a, b) ? SPELLING_VARIANT : 0;
  }

  /** Same length, at least {@value #MIN_VARIANT_LENGTH}, one letter changed or two swapped. */
  private static boolean isSpellingVariant(String a, String b) {
    if (a.length() != b.length() || a.length() < MIN_VARIANT_LENGTH) {
      return false;
    }
    int first = -1;
    int diffs = 0;
    for (int i = 0; i < a.length(); i++) {
      if (a.charAt(i) != b.charAt(i)) {
        if (++diffs == 1) {
          first = i;
        }
      }
    }
    if (diffs == 1) {
      return true;
    }
    return diffs == 2
        && first + 1 < a.length()
        && a.charAt(first) == b.charAt(first + 1)
        && a.charAt(first + 1) == b.charAt(first)
        && a.charAt(first + 1) != b.charAt(first + 1);
  }
}
