package org.copydesk.facts;

import com.google.auto.value.AutoValue;
import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * One member's facts against the canonical's and the other versions': what goes into the member's
 * {@code divergences.facts}.
 */
@AutoValue
public abstract class MemberFactView {

  public abstract String memberId();

  public abstract String canonicalId();

  /** Disputed facts in which this member's value differs from another version's: who says what. */
  public abstract ImmutableList<FactGroup> conflicts();

  /** Facts only this member reports. */
  public abstract ImmutableList<Fact> onlyHere();

  /** Facts the canonical reports and this member does not (empty for the canonical itself). */
  public abstract ImmutableList<Fact> missing();

  /** A member's facts as {@code clusters.jsonl} gives them back (the ids are the member's). */
  public static MemberFactView asWritten(String memberId, String canonicalId,
      List<FactGroup> conflicts, List<Fact> onlyHere, List<Fact> missing) {
    return of(memberId, canonicalId, ImmutableList.copyOf(conflicts),
        ImmutableList.copyOf(onlyHere), ImmutableList.copyOf(missing));
  }

  static MemberFactView of(String memberId, String canonicalId, ImmutableList<FactGroup> conflicts,
      ImmutableList<Fact> onlyHere, ImmutableList<Fact> missing) {
    return new AutoValue_MemberFactView(memberId, canonicalId, conflicts, onlyHere, missing);
  }
}
