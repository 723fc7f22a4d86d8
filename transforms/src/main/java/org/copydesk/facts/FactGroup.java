package org.copydesk.facts;

import com.google.auto.value.AutoValue;
import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One fact as the versions that report it state it: at most one report per member, in member
 * order.
 */
@AutoValue
public abstract class FactGroup {

  public abstract FactKind kind();

  public abstract FactStatus status();

  public abstract ImmutableList<FactReport> reports();

  /** A group with its status worked out from the reports' values ({@link FactValues#conflict}). */
  static FactGroup of(List<FactReport> reports) {
    List<Fact> facts = facts(reports);
    FactStatus status = FactStatus.SINGLE_SOURCE;
    if (reports.size() > 1) {
      boolean disputed = facts.stream()
          .anyMatch(x -> facts.stream().anyMatch(y -> FactValues.conflict(x, y, facts)));
      status = disputed ? FactStatus.DISPUTED : FactStatus.AGREED;
    }
    return new AutoValue_FactGroup(facts.get(0).kind(), status, ImmutableList.copyOf(reports));
  }

  /**
   * A group as {@code clusters.jsonl} gives it back, with the status it was written under: facts
   * read back lack what {@link FactValues#conflict} needs to work it out again.
   */
  public static FactGroup asWritten(FactStatus status, List<FactReport> reports) {
    return new AutoValue_FactGroup(reports.get(0).fact().kind(), status,
        ImmutableList.copyOf(reports));
  }

  private static List<Fact> facts(List<FactReport> reports) {
    return reports.stream().map(FactReport::fact).collect(Collectors.toList());
  }

  /** The member's report, if it reports this fact. */
  public Optional<FactReport> reportOf(String memberId) {
    return reports().stream().filter(r -> r.memberId().equals(memberId)).findFirst();
  }

  /** The reports that contradict the member's; empty if it does not report this fact. */
  public ImmutableList<FactReport> disagreeingWith(String memberId) {
    Optional<FactReport> own = reportOf(memberId);
    if (own.isEmpty()) {
      return ImmutableList.of();
    }
    List<Fact> facts = facts(reports());
    return reports().stream()
        .filter(r -> FactValues.conflict(own.get().fact(), r.fact(), facts))
        .collect(ImmutableList.toImmutableList());
  }
}
