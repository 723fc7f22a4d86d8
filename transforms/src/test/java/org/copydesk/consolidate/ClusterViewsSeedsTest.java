package org.copydesk.consolidate;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.copydesk.assign.Assignment;
import org.copydesk.assign.Membership;
import org.copydesk.diverge.SentenceChange;
import org.copydesk.diverge.WordEdit;
import org.copydesk.facts.FactGroup;
import org.copydesk.facts.FactReport;
import org.copydesk.facts.FactStatus;
import org.copydesk.story.Story;
import org.copydesk.testing.Seeds;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The five seeds as one story cluster of four copy clusters (AFP and China Daily one text): the
 * canonicals, divergences and facts a reader of the cluster must be shown.
 */
public class ClusterViewsSeedsTest {
  private static final String AFP = "000_ad83b415aefcc01f";
  private static final String CHINA_DAILY = "001_9c86b550bdb889fc";
  private static final String REUTERS = "002_d7f1406457321b44";
  private static final String RFERL = "003_589da157afa17353";
  private static final String PTI = "004_b4143deb9c83a06b";

  private static ClusterView view;
  private static Map<String, ClusterView.Member> members;

  @BeforeClass
  public static void buildTheSeedCluster() {
    List<Assignment> assignments = new ArrayList<>();
    for (int n = 0; n < 5; n++) {
      Story story = Seeds.cleaned(n);
      String copy = n == 1 ? AFP : story.getId();
      assignments.add(Assignment.of(story, Membership.of(story.getId(), "copy-" + copy,
          "story-" + AFP, n == 1 ? AFP : null, 0.9, n == 1 ? "copy" : "first", List.of(), n)));
    }
    view = ClusterViews.build("story-" + AFP, 1, assignments, CanonicalPolicy.defaults());
    members = view.getMembers().stream()
        .collect(Collectors.toMap(ClusterView.Member::getId, Function.identity()));
  }

  @Test
  public void theAfpWireTextStandsForItsCopyClusterOverChinaDailysRepublication() {
    ClusterView.CopyCluster afp = view.getCopyClusters().stream()
        .filter(c -> c.getCopyCluster().equals("copy-" + AFP)).findFirst().orElseThrow();
    assertThat(afp.getCanonicalId(), equalTo(AFP));
    assertThat(afp.getReason(), containsString("original"));
    assertThat(members.get(CHINA_DAILY).getComparedWith(), equalTo(AFP));
  }

  @Test
  public void theStoryCanonicalIsChosenWithAStatedReason() {
    assertThat(view.getCanonical().getReason(), containsString("of the canonicals of 4 copy clusters"));
    ClusterView.Member canonical = members.get(view.getCanonical().getId());
    assertThat(canonical.getDivergence(), nullValue());
    members.values().stream().filter(m -> m != canonical)
        .forEach(m -> assertThat(m.getId(), m.getDivergence(), notNullValue()));
  }

  @Test
  public void chinaDailysRewordingsAreChangedSentencesWithTheirWordEdits() {
    List<String> edits = new ArrayList<>();
    for (SentenceChange change : members.get(CHINA_DAILY).getDivergence().changed()) {
      for (WordEdit edit : change.edits()) {
        edits.add(edit.canonicalWords() + " -> " + edit.memberWords());
      }
    }
    assertThat(edits, hasItem("schoolboys -> students"));
    assertThat(edits, hasItem("emphasised -> emphasize"));
    assertThat(members.get(CHINA_DAILY).getDivergence().removedCount(), greaterThan(0));
  }

  private static List<String> saying(FactGroup group) {
    return group.reports().stream()
        .map(r -> r.memberId().substring(0, 3) + " " + r.fact().text()).toList();
  }

  private static FactGroup disputedWith(String memberId, String text) {
    return view.getFacts().withStatus(FactStatus.DISPUTED).stream()
        .filter(g -> g.reports().stream().anyMatch(
            r -> r.memberId().equals(memberId) && r.fact().text().contains(text)))
        .findFirst().orElseThrow(() -> new AssertionError("no disputed " + text + " from " + memberId));
  }

  @Test
  public void theSchoolAttackTollIsDisputedAcrossAgencies() {
    List<String> toll = saying(disputedWith(REUTERS, "134"));
    assertThat(toll.toString(), toll.stream().anyMatch(s -> s.startsWith("000") && s.contains("150")));
    assertThat(toll.toString(), toll.stream().anyMatch(s -> s.startsWith("003") && s.contains("more than 150")));
    assertThat(toll.toString(), toll.stream().anyMatch(s -> s.startsWith("004") && s.contains("150")));
  }

  @Test
  public void theMumbaiTollIsASeparateDispute() {
    List<String> mumbai = saying(disputedWith(REUTERS, "163"));
    assertThat(mumbai.toString(), mumbai.stream().anyMatch(s -> s.startsWith("004") && s.contains("166")));
    assertThat(mumbai.toString(), mumbai.stream().noneMatch(s -> s.contains("134")));
  }

  @Test
  public void theDisplacedAreReportedByAfpAlone() {
    FactGroup displaced = view.getFacts().withStatus(FactStatus.SINGLE_SOURCE).stream()
        .filter(g -> g.reports().get(0).fact().text().contains("700,000"))
        .findFirst().orElseThrow();
    assertThat(displaced.reports().get(0).memberId(), equalTo(AFP));
  }

  @Test
  public void chinaDailysEmphasizeIsAFactConflictWithTheAfpQuote() {
    List<String> conflicts = new ArrayList<>();
    for (FactGroup group : members.get(CHINA_DAILY).getFacts().conflicts()) {
      for (FactReport report : group.reports()) {
        conflicts.add(report.fact().text());
      }
    }
    assertThat(conflicts.toString(), conflicts.stream().anyMatch(t -> t.contains("I emphasised")));
    assertThat(conflicts.toString(), conflicts.stream().anyMatch(t -> t.contains("I emphasize")));
  }
}
