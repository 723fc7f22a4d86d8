package org.copydesk.consolidate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.copydesk.assign.Assignment;
import org.copydesk.story.Story;
import org.copydesk.verify.CopyVerifier;
import org.copydesk.verify.StoryDigest;

/** Builds the view of one story cluster from its members' assignments. */
public final class ClusterViews {
  private static final CopyVerifier VERIFIER = new CopyVerifier();

  private ClusterViews() {}

  public static ClusterView build(String storyCluster, long version, List<Assignment> members) {
    Map<String, List<Assignment>> byCopyCluster = new TreeMap<>();
    for (Assignment member : members) {
      byCopyCluster.computeIfAbsent(member.getCopyCluster(), k -> new ArrayList<>()).add(member);
    }
    List<ClusterView.CopyCluster> copyClusters = new ArrayList<>();
    List<Assignment> copyCanonicals = new ArrayList<>();
    for (Map.Entry<String, List<Assignment>> copies : byCopyCluster.entrySet()) {
      Story chosen = CanonicalPolicy.choose(copies.getValue());
      List<String> ids = copies.getValue().stream().map(a -> a.getStory().getId()).sorted().toList();
      copyClusters.add(ClusterView.CopyCluster.of(copies.getKey(), chosen.getId(),
          CanonicalPolicy.reason(chosen, copies.getValue()), ids));
      copies.getValue().stream().filter(a -> a.getStory() == chosen).forEach(copyCanonicals::add);
    }
    Story canonical = CanonicalPolicy.choose(copyCanonicals);
    String reason = copyClusters.size() == 1
        ? copyClusters.get(0).getReason()
        : "of the canonicals of " + copyClusters.size() + " copy clusters, "
            + CanonicalPolicy.reason(canonical, copyCanonicals);
    ClusterView.Canonical chosen = ClusterView.Canonical.of(canonical.getId(), canonical.getSource(),
        canonical.getHeadline(), canonical.getBody(), reason);

    StoryDigest canonicalDigest = StoryDigest.of(canonical.getParagraphs());
    List<ClusterView.Member> views = new ArrayList<>();
    members.stream()
        .sorted(Comparator.comparing((Assignment a) -> a.getStory().getId()))
        .forEach(a -> views.add(member(a, canonical, canonicalDigest)));
    return ClusterView.of(storyCluster, version, chosen, copyClusters, views);
  }

  private static ClusterView.Member member(Assignment assignment, Story canonical,
      StoryDigest canonicalDigest) {
    Story story = assignment.getStory();
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
            : VERIFIER.verify(StoryDigest.of(story.getParagraphs()), canonicalDigest).score());
  }
}
