package org.copydesk.facts;

import com.google.auto.value.AutoValue;
import java.math.BigDecimal;
import java.util.Objects;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A figure as a fact states it: value, hedge and, for money, the currency. Scale words are
 * applied ({@code $250 million} is 2.5e8 USD).
 */
@AutoValue
public abstract class Quantity {

  public abstract double value();

  public abstract Qualifier qualifier();

  /** Currency code ({@code USD}, {@code EUR}, {@code RUPEES}) for money; null otherwise. */
  public abstract @Nullable String currency();

  public static Quantity of(double value, Qualifier qualifier, @Nullable String currency) {
    return new AutoValue_Quantity(value, qualifier, currency);
  }

  /**
   * True when both state the same number in the same currency with hedges that admit a common
   * value (see {@link Qualifier} for why different numbers never agree).
   */
  public boolean compatibleWith(Quantity o) {
    return value() == o.value()
        && Objects.equals(currency(), o.currency())
        && qualifier().overlaps(o.qualifier());
  }

  /** Canonical text: {@code more than 150}, {@code about 250000000 USD}, {@code 2.5}. */
  public String normalized() {
    StringBuilder sb = new StringBuilder();
    if (qualifier() != Qualifier.EXACT) {
      sb.append(qualifier().phrase()).append(' ');
    }
    sb.append(BigDecimal.valueOf(value()).stripTrailingZeros().toPlainString());
    if (currency() != null) {
      sb.append(' ').append(currency());
    }
    return sb.toString();
  }
}
