package org.copydesk.consolidate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.copydesk.assign.Assignment;
import org.copydesk.diverge.Divergence;
import org.copydesk.diverge.Divergences;
import org.copydesk.story.Story;
import org.copydesk.verify.CopyVerifier;
import org.copydesk.verify.StoryDigest;

/** Builds the view of one story cluster from its members' assignments. */
public final class ClusterViews {
  private static final CopyVerifier VERIFIER = new CopyVerifier();

  private ClusterViews() {}

  public static ClusterView build(String storyCluster, long version, List<Assignment> members,
      CanonicalPolicy policy) {
    Map<String, List<Assignment>> byCopyCluster = new TreeMap<>();
    for (Assignment member : members) {
      byCopyCluster.computeIfAbsent(member.getCopyCluster(), k -> new ArrayList<>()).add(member);
    }
    List<ClusterView.CopyCluster> copyClusters = new ArrayList<>();
    List<Assignment> copyCanonicals = new ArrayList<>();
    Map<String, Integer> copies = new HashMap<>();
    for (Map.Entry<String, List<Assignment>> copy : byCopyCluster.entrySet()) {
      CanonicalPolicy.Choice choice =
          policy.chooseCopy(copy.getValue().stream().map(Assignment::getStory).toList());
      List<String> ids = copy.getValue().stream().map(a -> a.getStory().getId()).sorted().toList();
      copyClusters.add(ClusterView.CopyCluster.of(copy.getKey(), choice.chosen().getId(),
          choice.reason(), ids));
      copy.getValue().stream().filter(a -> a.getStory() == choice.chosen())
          .forEach(copyCanonicals::add);
      copies.put(choice.chosen().getId(), ids.size());
    }
    Story canonical;
    String reason;
    if (copyClusters.size() == 1) {
      canonical = copyCanonicals.get(0).getStory();
      reason = copyClusters.get(0).getReason();
    } else {
      CanonicalPolicy.Choice choice = policy.chooseStory(
          copyCanonicals.stream().map(Assignment::getStory).toList(), Map.of(), copies);
      canonical = choice.chosen();
      reason = "of the canonicals of " + copyClusters.size() + " copy clusters, " + choice.reason();
    }
    ClusterView.Canonical chosen = ClusterView.Canonical.of(canonical.getId(), canonical.getSource(),
        canonical.getHeadline(), canonical.getBody(), reason);

    Map<String, Story> copyCanonicalOf = new TreeMap<>();
    for (Assignment copyCanonical : copyCanonicals) {
      copyCanonicalOf.put(copyCanonical.getCopyCluster(), copyCanonical.getStory());
    }
    StoryDigest canonicalDigest = StoryDigest.of(canonical.getParagraphs());
    List<ClusterView.Member> views = new ArrayList<>();
    members.stream()
        .sorted(Comparator.comparing((Assignment a) -> a.getStory().getId()))
        .forEach(a -> views.add(member(a, canonical, canonicalDigest,
            copyCanonicalOf.get(a.getCopyCluster()))));
    return ClusterView.of(storyCluster, version, chosen, copyClusters, views);
  }

  /**
   * A member's text is compared with its own copy cluster's canonical, where the differences are
   * edits of one text; a copy cluster's canonical is compared with the story's canonical, another
   * agency's writing, where only the sentences they share (quotes, mostly) are worth listing.
   */
  private static ClusterView.Member member(Assignment assignment, Story canonical,
      StoryDigest canonicalDigest, Story copyCanonical) {
    Story story = assignment.getStory();
    Story comparedWith = story == copyCanonical ? canonical : copyCanonical;
    Divergence divergence = null;
    if (story != canonical) {
      divergence = Divergences.between(comparedWith.getHeadline(), comparedWith.getParagraphs(),
          story.getHeadline(), story.getParagraphs());
      if (comparedWith == canonical && story == copyCanonical) {
        divergence = divergence.sharedOnly();
      }
    }
    Long published = story.getPublishedMillis();
    return ClusterView.Member.of(
        story.getId(),
        story.getSource(),
        story.getHeadline(),
        published == null ? null : Instant.ofEpochMilli(published).toString(),
        assignment.getCopyCluster(),
        assignment.getMatchedId(),
        assignment.getReason(),
        story.getId().equals(canonical.getId())
            ? 1.0
            : VERIFIER.verify(StoryDigest.of(story.getParagraphs()), canonicalDigest).score(),
        story == canonical ? null : comparedWith.getId(),
        divergence);
  }
}
