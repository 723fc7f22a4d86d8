package org.copydesk.facts;

import java.util.List;

/**
 * Whether two facts of one kind state compatible values: figures by {@link
 * Quantity#compatibleWith}, dates by {@link DateValue#compatibleWith}, names by key, quotes by
 * {@link QuoteWording#compatible}.
 */
final class FactValues {

  private FactValues() {}

  /**
   * True if two reports of one fact contradict each other: their values are incompatible and, for
   * quotes, they are not both parts of a third report's quote (versions quoting different parts of
   * one statement do not disagree).
   */
  static boolean conflict(Fact x, Fact y, List<Fact> group) {
    if (compatible(x, y)) {
      return false;
    }
    if (x.kind() != FactKind.QUOTE) {
      return true;
    }
    return group.stream().noneMatch(z -> compatible(z, x) && compatible(z, y));
  }

  static boolean compatible(Fact a, Fact b) {
    if (a.kind() != b.kind()) {
      return false;
    }
    switch (a.kind()) {
      case DATE:
        return DateValue.parse(a.normalized()).compatibleWith(DateValue.parse(b.normalized()));
      case NAME:
        return a.normalized().equals(b.normalized());
      case QUOTE:
        return QuoteWording.compatible(a.normalized(), b.normalized());
      default:
        return a.quantity().compatibleWith(b.quantity());
    }
  }
}
