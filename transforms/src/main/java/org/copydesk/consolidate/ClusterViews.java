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
import org.copydesk.facts.Fact;
import org.copydesk.facts.FactAligner;
import org.copydesk.facts.FactComparison;
import org.copydesk.facts.FactExtractor;
import org.copydesk.facts.FactGroup;
import org.copydesk.facts.MemberFactView;
import org.copydesk.facts.MemberFacts;
import org.copydesk.story.Story;
import org.copydesk.verify.CopyVerifier;
import org.copydesk.verify.StoryDigest;

/**
 * Builds the view of one story cluster from its members' assignments: the canonicals, and how each
 * member departs from the one it is compared with, in text and in facts.
 */
public final class ClusterViews {
  private static final CopyVerifier VERIFIER = new CopyVerifier();
  private static final FactExtractor EXTRACTOR = new FactExtractor();
  private static final FactAligner ALIGNER = new FactAligner();

  /**
   * Facts are aligned across at most this many versions (copy clusters) of a story: alignment
   * grows with the square of the facts compared, and a story is rarely told by more agencies.
   */
  static final int MAX_VERSIONS_ALIGNED = 16;

  private ClusterViews() {}

  public static ClusterView build(String storyCluster, long version, List<Assignment> members,
      CanonicalPolicy policy) {
    Map<String, List<Assignment>> byCopyCluster = new TreeMap<>();
    for (Assignment member : members) {
      byCopyCluster.computeIfAbsent(member.getCopyCluster(), k -> new ArrayList<>()).add(member);
    }
    List<ClusterView.CopyCluster> copyClusters = new ArrayList<>();
    Map<String, Story> copyCanonicalOf = new TreeMap<>();
    Map<String, Integer> copies = new HashMap<>();
    for (Map.Entry<String, List<Assignment>> copy : byCopyCluster.entrySet()) {
      CanonicalPolicy.Choice choice =
          policy.chooseCopy(copy.getValue().stream().map(Assignment::getStory).toList());
      List<String> ids = copy.getValue().stream().map(a -> a.getStory().getId()).sorted().toList();
      copyClusters.add(ClusterView.CopyCluster.of(copy.getKey(), choice.chosen().getId(),
          choice.reason(), ids));
      copyCanonicalOf.put(copy.getKey(), choice.chosen());
      copies.put(choice.chosen().getId(), ids.size());
    }
    List<Story> versions = new ArrayList<>(copyCanonicalOf.values());
    Map<String, List<Fact>> factsOf = new HashMap<>();
    FactComparison storyFacts = ALIGNER.align(versions.stream()
        .limit(MAX_VERSIONS_ALIGNED)
        .map(v -> MemberFacts.of(v.getId(), v.getSource(), factsOf(v, factsOf)))
        .toList());

    Story canonical;
    String reason;
    if (versions.size() == 1) {
      canonical = versions.get(0);
      reason = copyClusters.get(0).getReason();
    } else {
      CanonicalPolicy.Choice choice = policy.chooseStory(versions, sharedFacts(storyFacts), copies);
      canonical = choice.chosen();
      reason = "of the canonicals of " + copyClusters.size() + " copy clusters, " + choice.reason();
    }
    ClusterView.Canonical chosen = ClusterView.Canonical.of(canonical.getId(), canonical.getSource(),
        canonical.getHeadline(), canonical.getBody(), reason);

    StoryDigest canonicalDigest = StoryDigest.of(canonical.getParagraphs());
    List<ClusterView.Member> views = new ArrayList<>();
    members.stream()
        .sorted(Comparator.comparing((Assignment a) -> a.getStory().getId()))
        .forEach(a -> views.add(member(a, canonical, canonicalDigest,
            copyCanonicalOf.get(a.getCopyCluster()), storyFacts, factsOf)));
    return ClusterView.of(storyCluster, version, chosen, copyClusters, views, storyFacts);
  }

  /**
   * A member is compared with its own copy cluster's canonical, where the differences are edits of
   * one text; a copy cluster's canonical is compared with the story's canonical, another agency's
   * writing, where only the sentences they share (quotes, mostly) are worth listing and where the
   * facts were already aligned across all versions.
   */
  private static ClusterView.Member member(Assignment assignment, Story canonical,
      StoryDigest canonicalDigest, Story copyCanonical, FactComparison storyFacts,
      Map<String, List<Fact>> factsOf) {
    Story story = assignment.getStory();
    Story comparedWith = story == copyCanonical ? canonical : copyCanonical;
    Divergence divergence = null;
    MemberFactView facts = null;
    if (story != canonical) {
      divergence = Divergences.between(comparedWith.getHeadline(), comparedWith.getParagraphs(),
          story.getHeadline(), story.getParagraphs());
      if (story == copyCanonical) {
        divergence = divergence.sharedOnly();
        facts = storyFacts.memberIds().contains(story.getId())
            ? storyFacts.forMember(story.getId(), canonical.getId())
            : null;
      } else {
        facts = ALIGNER.align(List.of(
                MemberFacts.of(comparedWith.getId(), comparedWith.getSource(),
                    factsOf(comparedWith, factsOf)),
                MemberFacts.of(story.getId(), story.getSource(), factsOf(story, factsOf))))
            .forMember(story.getId(), comparedWith.getId());
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
        assignment.getMatchEvidence(),
        story == canonical
            ? 1.0
            : VERIFIER.verify(StoryDigest.of(story.getParagraphs()), canonicalDigest).score(),
        story == canonical ? null : comparedWith.getId(),
        divergence,
        facts);
  }

  private static List<Fact> factsOf(Story story, Map<String, List<Fact>> known) {
    return known.computeIfAbsent(story.getId(),
        id -> EXTRACTOR.extract(story.getHeadline(), story.getParagraphs()));
  }

  /** Per version, how many of its facts another version reports too: its centrality. */
  private static Map<String, Integer> sharedFacts(FactComparison facts) {
    Map<String, Integer> shared = new HashMap<>();
    for (FactGroup group : facts.groups()) {
      if (group.reports().size() > 1) {
        group.reports().forEach(r -> shared.merge(r.memberId(), 1, Integer::sum));
      }
    }
    return shared;
  }
}
