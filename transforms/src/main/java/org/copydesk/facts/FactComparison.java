package org.copydesk.facts;

import com.google.auto.value.AutoValue;
import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;

/**
 * The facts of a cluster's members aligned: one {@link FactGroup} per fact, in the order the facts
 * first appear (members in the order given, facts in story order).
 */
@AutoValue
public abstract class FactComparison {

  /** The member ids, in the order given to {@link FactAligner#align}. */
  public abstract ImmutableList<String> memberIds();

  public abstract ImmutableList<FactGroup> groups();

  /** A comparison from all its fields; also how {@code ClusterViewCoder} builds one back. */
  public static FactComparison of(List<String> memberIds, List<FactGroup> groups) {
    return new AutoValue_FactComparison(ImmutableList.copyOf(memberIds),
        ImmutableList.copyOf(groups));
  }

  /** A comparison as {@code clusters.jsonl} gives it back: its groups, member ids unknown. */
  public static FactComparison asWritten(List<FactGroup> groups) {
    return of(List.of(), groups);
  }

  public ImmutableList<FactGroup> withStatus(FactStatus status) {
    return groups().stream()
        .filter(g -> g.status() == status)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * One member against the canonical: the disputes in which the member's value differs from
   * another's, the facts only it reports, and the canonical's facts it lacks.
   *
   * @throws IllegalArgumentException if either id is not a member
   */
  public MemberFactView forMember(String memberId, String canonicalId) {
    for (String id : new String[] {memberId, canonicalId}) {
      if (!memberIds().contains(id)) {
        throw new IllegalArgumentException("not a member: " + id);
      }
    }
    ImmutableList.Builder<FactGroup> conflicts = ImmutableList.builder();
    ImmutableList.Builder<Fact> onlyHere = ImmutableList.builder();
    ImmutableList.Builder<Fact> missing = ImmutableList.builder();
    for (FactGroup g : groups()) {
      Optional<FactReport> own = g.reportOf(memberId);
      if (own.isPresent() && g.status() == FactStatus.SINGLE_SOURCE) {
        onlyHere.add(own.get().fact());
      } else if (own.isPresent() && !g.disagreeingWith(memberId).isEmpty()) {
        conflicts.add(g);
      } else if (own.isEmpty()) {
        g.reportOf(canonicalId).ifPresent(c -> missing.add(c.fact()));
      }
    }
    return MemberFactView.of(memberId, canonicalId, conflicts.build(), onlyHere.build(),
        missing.build());
  }
}
