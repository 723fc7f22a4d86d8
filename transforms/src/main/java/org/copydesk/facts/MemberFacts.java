package org.copydesk.facts;

import com.google.auto.value.AutoValue;
import com.google.common.collect.ImmutableList;
import java.io.Serializable;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/** The facts of one member of a cluster, as {@link FactExtractor} found them. */
@AutoValue
public abstract class MemberFacts implements Serializable {
  private static final long serialVersionUID = 1L;


  public abstract String memberId();

  /** Agency or outlet; null when unknown. */
  public abstract @Nullable String source();

  public abstract ImmutableList<Fact> facts();

  public static MemberFacts of(String memberId, @Nullable String source, List<Fact> facts) {
    return new AutoValue_MemberFacts(memberId, source, ImmutableList.copyOf(facts));
  }
}
