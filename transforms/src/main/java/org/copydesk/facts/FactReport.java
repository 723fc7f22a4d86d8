package org.copydesk.facts;

import com.google.auto.value.AutoValue;
import org.checkerframework.checker.nullness.qual.Nullable;

/** Who reports a fact how: a member, its source, and the fact as that member states it. */
@AutoValue
public abstract class FactReport {

  public abstract String memberId();

  public abstract @Nullable String source();

  public abstract Fact fact();

  public static FactReport of(String memberId, @Nullable String source, Fact fact) {
    return new AutoValue_FactReport(memberId, source, fact);
  }
}
