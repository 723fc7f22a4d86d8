package org.copydesk.diverge;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.diverge.WordEdit.Kind;
import org.copydesk.testing.Seeds;
import org.copydesk.testing.Wire;
import org.junit.Test;

public class DivergencesTest {

  private static final String HEADLINE = "Texaco cuts crude prices";

  private static Divergence texacoAgainst(List<String> member) {
    return Divergences.between(HEADLINE, Wire.TEXACO, HEADLINE, member);
  }

  private static List<WordEdit> allEdits(Divergence d) {
    List<WordEdit> edits = new ArrayList<>();
    d.changed().forEach(c -> edits.addAll(c.edits()));
    return edits;
  }

  @Test
  public void anIdenticalCopyDoesNotDiverge() {
    Divergence d = texacoAgainst(Wire.TEXACO);
    assertThat(d.headline(), nullValue());
    assertThat(d.changed(), empty());
    assertThat(d.added(), empty());
    assertThat(d.removed(), empty());
    assertThat(d.unchangedCount(), equalTo(d.canonicalSentences()));
    assertThat(d.changedCount() + d.addedCount() + d.removedCount(), equalTo(0));
    assertFalse(d.truncated());
  }

  @Test
  public void aTrimOnlyRemoves() {
    Divergence d = texacoAgainst(Wire.TEXACO_TRIM);
    assertThat(d.removedCount(), equalTo(d.canonicalSentences() - d.memberSentences()));
    assertThat(d.removed(), hasItem(Wire.TEXACO.get(4)));
    assertThat(d.unchangedCount(), equalTo(d.memberSentences()));
    assertThat(d.changed(), empty());
    assertThat(d.added(), empty());
  }

  @Test
  public void anUpdateAddsItsTopParagraph() {
    Divergence d = texacoAgainst(Wire.TEXACO_UPDATE);
    assertThat(d.added(), contains(Wire.TEXACO_UPDATE.get(0)));
    assertThat(d.addedCount(), equalTo(1));
    assertThat(d.unchangedCount(), equalTo(d.canonicalSentences()));
    assertThat(d.removed(), empty());
  }

  @Test
  public void aCorrectedFigureIsOneChangedSentenceWithOneEdit() {
    Divergence d = texacoAgainst(Wire.TEXACO_CORRECTED);
    assertThat(d.changedCount(), equalTo(1));
    SentenceChange c = d.changed().get(0);
    assertThat(Wire.TEXACO.get(1), containsString(c.canonical()));
    assertThat(c.edits(), contains(WordEdit.of(Kind.CHANGE, "16.50", "16.75")));
    assertFalse(c.moved());
    assertThat(c.similarity(), lessThan(1.0));
  }

  @Test
  public void houseStyleChangesAreShownInTheirOwnWords() {
    Divergence d = texacoAgainst(Wire.TEXACO_UK_STYLE);
    assertThat(d.added(), empty());
    assertThat(d.removed(), empty());
    List<WordEdit> edits = allEdits(d);
    assertThat(edits, hasItem(WordEdit.of(Kind.CHANGE, "pct", "per cent")));
    assertThat(edits, hasItem(WordEdit.of(Kind.CHANGE, "center", "centre")));
    assertThat(edits, hasItem(WordEdit.of(Kind.CHANGE, "Texaco's", "Texaco\u2019s")));
    // spelling and style fold for alignment: the pairs count as the same words
    assertThat(d.changed().stream().filter(c -> c.similarity() < 1.0).count(), equalTo(0L));
  }

  @Test
  public void aMovedSentenceIsListedAsMovedWithoutEdits() {
    List<String> member = new ArrayList<>(Wire.TEXACO);
    member.add(member.remove(2));
    Divergence d = texacoAgainst(member);
    assertThat(d.changed(), hasSize(1));
    SentenceChange c = d.changed().get(0);
    assertTrue(c.moved());
    assertThat(c.member(), equalTo(Wire.TEXACO.get(2)));
    assertThat(c.edits(), empty());
    assertThat(d.unchangedCount(), equalTo(d.canonicalSentences() - 1));
  }

  @Test
  public void headlinesAreComparedWithoutCaseOrSpacing() {
    assertThat(HeadlineChange.between("Texaco cuts  crude prices ", "TEXACO CUTS CRUDE PRICES"),
        nullValue());
    assertThat(HeadlineChange.between(null, " "), nullValue());
    HeadlineChange h = HeadlineChange.between(HEADLINE, "Texaco slashes crude prices");
    assertThat(h.canonical(), equalTo(HEADLINE));
    assertThat(h.member(), equalTo("Texaco slashes crude prices"));
    assertThat(HeadlineChange.between(HEADLINE, null).member(), nullValue());
    assertThat(
        Divergences.between(HEADLINE, Wire.TEXACO, "Texaco slashes crude prices", Wire.TEXACO)
            .headline(),
        equalTo(h));
  }

  @Test
  public void listsAreCappedAndCountsAreNot() {
    List<String> member = new ArrayList<>();
    int sentences = Divergences.MAX_LISTED + 10;
    for (int i = 0; i < sentences; i++) {
      member.add("Paragraph number " + i + " of a very long story.");
    }
    Divergence d = Divergences.between(null, List.of(), null, member);
    assertThat(d.added(), hasSize(Divergences.MAX_LISTED));
    assertThat(d.addedCount(), equalTo(sentences));
    assertTrue(d.truncated());
    assertFalse(Divergences.between(null, List.of(), null, member.subList(0, 3)).truncated());
  }

  @Test
  public void emptyBodiesDoNotDiverge() {
    Divergence d = Divergences.between(null, List.of(), null, List.of());
    assertThat(d.canonicalSentences() + d.memberSentences(), equalTo(0));
    assertThat(d.changed(), empty());
    assertThat(d.added(), empty());
    assertThat(d.removed(), empty());
  }

  @Test
  public void aThousandWordPairTakesWellUnderTenMilliseconds() {
    List<String> canonical = new ArrayList<>(Seeds.body(0));
    canonical.addAll(Seeds.body(4));
    List<String> member = new ArrayList<>(Seeds.body(1));
    member.addAll(Seeds.body(3));
    assertThat(String.join(" ", canonical).split(" ").length, greaterThan(1000));
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    int runs = 100;
    for (int i = 0; i < runs; i++) {
      Divergences.between("a", canonical, "b", member); // warm-up
    }
    long start = cpu.getCurrentThreadCpuTime();
    for (int i = 0; i < runs; i++) {
      Divergences.between("a", canonical, "b", member);
    }
    double millis = (cpu.getCurrentThreadCpuTime() - start) / 1e6 / runs;
    assertThat(millis, lessThan(10.0));
  }
}
