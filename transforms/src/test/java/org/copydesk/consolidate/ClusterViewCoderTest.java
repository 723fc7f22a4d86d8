package org.copydesk.consolidate;

import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.function.Predicate;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.testing.CoderProperties;
import org.copydesk.diverge.Divergence;
import org.copydesk.diverge.HeadlineChange;
import org.copydesk.diverge.SentenceChange;
import org.copydesk.diverge.WordEdit;
import org.copydesk.facts.Fact;
import org.copydesk.facts.FactComparison;
import org.copydesk.facts.FactGroup;
import org.copydesk.facts.FactKind;
import org.copydesk.facts.FactReport;
import org.copydesk.facts.FactStatus;
import org.copydesk.facts.MemberFactView;
import org.copydesk.testing.Seeds;
import org.junit.Test;

/**
 * {@link ClusterViewCoder}, the coder of the consolidate stage's output: every field, down to the
 * facts' figures and the word edits, comes back equal, nulls included.
 */
public class ClusterViewCoderTest {
  private final Coder<ClusterView> coder = ClusterViewCoder.of();

  @Test
  public void theSeedClusterComesBackEqual() throws Exception {
    ClusterView seeds = Seeds.storyCluster();
    // what makes it a test of the nested types: each of these is in it
    List<Fact> facts = seeds.getFacts().groups().stream()
        .flatMap(g -> g.reports().stream()).map(FactReport::fact).toList();
    assertTrue(facts.stream().anyMatch(f -> f.quantity() != null
        && f.quantity().currency() != null));
    assertTrue(facts.stream().anyMatch(f -> f.quantity() != null
        && f.quantity().currency() == null));
    assertTrue(facts.stream().anyMatch(f -> f.quantity() == null));
    assertTrue(facts.stream().anyMatch(f -> !f.descriptor().context().isEmpty()));
    assertTrue(anyMember(seeds, m -> m.getDivergence() != null
        && m.getDivergence().headline() != null));
    assertTrue(anyMember(seeds, m -> m.getDivergence() != null
        && m.getDivergence().changed().stream().anyMatch(c -> !c.edits().isEmpty())));
    assertTrue(anyMember(seeds, m -> m.getFacts() != null && !m.getFacts().conflicts().isEmpty()));
    assertTrue(anyMember(seeds, m -> m.getDivergence() == null && m.getFacts() == null));
    assertTrue(anyMember(seeds, m -> !m.getMatchEvidence().isEmpty()));

    CoderProperties.coderDecodeEncodeEqual(coder, seeds);
  }

  @Test
  public void aMergedAwayClusterComesBackEqual() throws Exception {
    CoderProperties.coderDecodeEncodeEqual(coder, ClusterView.mergedInto("story-b", 3, "story-a"));
  }

  @Test
  public void nullsInEveryNullableFieldComeBackNull() throws Exception {
    Fact said = Fact.asWritten(FactKind.QUOTE, "\"we will\"", "we will", "He said \"we will\".");
    Fact toll = Fact.asWritten(FactKind.TOLL, "150 dead", "150", "At least 150 dead.");
    FactGroup disputed = FactGroup.asWritten(FactStatus.DISPUTED, List.of(
        FactReport.of("b", null, said), FactReport.of("c", "AFP", said)));
    Divergence noHeadline = Divergence.create(HeadlineChange.between(null, "New headline"),
        3, 4, 2,
        List.of(SentenceChange.asWritten("It rained.", "It poured.", 0.5, true,
            List.of(WordEdit.of(WordEdit.Kind.CHANGE, "rained", "poured")))),
        1, List.of("Added."), 1, List.of(), 0, true);
    Divergence headlineDropped = Divergence.create(HeadlineChange.between("Old headline", null),
        1, 1, 1, List.of(), 0, List.of(), 0, List.of("Removed."), 1, false);
    ClusterView sparse = ClusterView.of("story-a", 2,
        ClusterView.Canonical.of("a", null, null, "Body.", "the only one"),
        List.of(ClusterView.CopyCluster.of("copy-a", "a", "first", List.of("a", "b", "c"))),
        List.of(
            ClusterView.Member.of("a", null, null, null, "copy-a", null, "first", List.of(), 1.0,
                null, null, null),
            ClusterView.Member.of("b", "Reuters", null, "2014-01-13T00:00:00Z", "copy-a", "a",
                "copy", List.of("shared passage"), 0.75, "a", noHeadline,
                MemberFactView.asWritten("b", "a", List.of(disputed), List.of(toll), List.of())),
            ClusterView.Member.of("c", null, "Old headline", null, "copy-a", "a", "copy",
                List.of(), 0.5, "a", headlineDropped,
                MemberFactView.asWritten("c", "a", List.of(), List.of(), List.of(said)))),
        FactComparison.asWritten(List.of(disputed)));

    CoderProperties.coderDecodeEncodeEqual(coder, sparse);
  }

  @Test
  public void equalViewsEncodeAlike() throws Exception {
    CoderProperties.coderDeterministic(coder, Seeds.storyCluster(), Seeds.storyCluster());
  }

  @Test
  public void theCoderTravelsWithThePipeline() throws Exception {
    CoderProperties.coderSerializable(coder);
  }

  private static boolean anyMember(ClusterView view, Predicate<ClusterView.Member> test) {
    return view.getMembers().stream().anyMatch(test);
  }
}
