package org.copydesk.consolidate;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.copydesk.assign.Assignment;
import org.copydesk.story.Story;

/**
 * Chooses the member that stands for a cluster: the original wire version is the earliest
 * published; among equally early (or undated) versions, the most complete (longest body); the id
 * breaks remaining ties so that the choice never depends on arrival order.
 */
public final class CanonicalPolicy {
  private static final Comparator<Story> PREFERRED_FIRST =
      Comparator.comparingLong((Story s) -> s.getPublishedMillis() == null ? Long.MAX_VALUE : s.getPublishedMillis())
          .thenComparing(Comparator.comparingInt((Story s) -> s.getBody().length()).reversed())
          .thenComparing(Story::getId);

  private CanonicalPolicy() {}

  /** The preferred of the given members. */
  public static Story choose(List<Assignment> members) {
    return members.stream().map(Assignment::getStory).min(PREFERRED_FIRST).orElseThrow();
  }

  /** A sentence saying why {@code chosen} stands for {@code members}. */
  public static String reason(Story chosen, List<Assignment> members) {
    if (members.size() == 1) {
      return "only member";
    }
    Long published = chosen.getPublishedMillis();
    long tiedAtEarliest = members.stream()
        .filter(m -> published != null && published.equals(m.getStory().getPublishedMillis()))
        .count();
    if (published != null && tiedAtEarliest == 1) {
      return "earliest published of " + members.size() + " versions ("
          + Instant.ofEpochMilli(published) + ")";
    }
    return "most complete (" + chosen.getBody().length() + " characters) of " + members.size()
        + " equally early versions";
  }
}
