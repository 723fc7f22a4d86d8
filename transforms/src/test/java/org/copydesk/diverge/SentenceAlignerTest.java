package org.copydesk.diverge;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.copydesk.testing.Wire;
import org.copydesk.verify.SentenceSplitter;
import org.junit.Test;

public class SentenceAlignerTest {

  /** The TEXACO fixture's paragraphs hold 1, 2, 1, 2 and 1 sentences. */
  private static final int TEXACO_SENTENCES = 7;

  private static final String MASSACRE =
      "Last month's massacre at a school in Pakistan by the Pakistani Taliban which left 150 dead,"
          + " mostly schoolboys, triggered global outrage, with the government announcing it would"
          + " form military courts and end a moratorium on the death penalty for convicted"
          + " militants.";

  private static List<String> sentences(List<String> paragraphs) {
    return paragraphs.stream()
        .flatMap(p -> SentenceSplitter.split(p).stream())
        .collect(Collectors.toList());
  }

  private static List<String> canonicals(Alignment a) {
    return a.pairs().stream().map(AlignedPair::canonical).collect(Collectors.toList());
  }

  private static List<String> members(Alignment a) {
    return a.pairs().stream().map(AlignedPair::member).collect(Collectors.toList());
  }

  private static List<Boolean> moved(Alignment a) {
    return a.pairs().stream().map(AlignedPair::moved).collect(Collectors.toList());
  }

  @Test
  public void identicalBodiesPairEverySentenceWithItself() {
    Alignment a = SentenceAligner.align(Wire.TEXACO, Wire.TEXACO);
    assertThat(a.canonicalSentences(), equalTo(TEXACO_SENTENCES));
    assertThat(canonicals(a), equalTo(sentences(Wire.TEXACO)));
    assertThat(members(a), equalTo(sentences(Wire.TEXACO)));
    assertThat(a.pairs().stream().map(AlignedPair::similarity).collect(Collectors.toList()),
        everyItem(equalTo(1.0)));
    assertThat(moved(a), everyItem(equalTo(false)));
    assertThat(a.removed(), empty());
    assertThat(a.added(), empty());
    assertFalse(a.truncated());
  }

  @Test
  public void aTrimLeavesTheRestRemoved() {
    Alignment a = SentenceAligner.align(Wire.TEXACO, Wire.TEXACO_TRIM);
    assertThat(members(a), equalTo(sentences(Wire.TEXACO_TRIM)));
    assertThat(canonicals(a), equalTo(sentences(Wire.TEXACO_TRIM)));
    assertThat(a.removed(), equalTo(sentences(Wire.TEXACO.subList(2, Wire.TEXACO.size()))));
    assertThat(a.added(), empty());
  }

  @Test
  public void aNewTopParagraphIsAdded() {
    Alignment a = SentenceAligner.align(Wire.TEXACO, Wire.TEXACO_UPDATE);
    assertThat(a.added(), contains(Wire.TEXACO_UPDATE.get(0)));
    assertThat(canonicals(a), equalTo(sentences(Wire.TEXACO)));
    assertThat(a.removed(), empty());
  }

  @Test
  public void aRewordedSentenceIsStillAPair() {
    String reworded = MASSACRE.replace("schoolboys", "students").replace("announcing", "saying");
    Alignment a = SentenceAligner.align(List.of("Kerry arrived on Monday.", MASSACRE),
        List.of("Kerry arrived on Monday.", reworded));
    assertThat(members(a), contains("Kerry arrived on Monday.", reworded));
    assertThat(a.pairs().get(1).similarity(), lessThan(1.0));
    assertThat(a.pairs().get(1).similarity(), greaterThanOrEqualTo(SentenceAligner.SAME_SENTENCE));
    assertThat(a.added(), empty());
    assertThat(a.removed(), empty());
  }

  @Test
  public void houseStyleAndUkSpellingAlignEverySentence() {
    Alignment a = SentenceAligner.align(Wire.TEXACO, Wire.TEXACO_UK_STYLE);
    assertThat(members(a), equalTo(sentences(Wire.TEXACO_UK_STYLE)));
    assertThat(canonicals(a), equalTo(sentences(Wire.TEXACO)));
  }

  @Test
  public void aMovedParagraphIsPairedAndMarkedMoved() {
    List<String> member = new ArrayList<>(Wire.TEXACO);
    String movedParagraph = member.remove(1);
    member.add(movedParagraph);
    Alignment a = SentenceAligner.align(Wire.TEXACO, member);
    assertThat(members(a), equalTo(sentences(member)));
    List<String> movedSentences = SentenceSplitter.split(movedParagraph);
    for (AlignedPair p : a.pairs()) {
      assertThat(p.member(), p.moved(), equalTo(movedSentences.contains(p.member())));
      assertThat(p.canonical(), equalTo(p.member()));
    }
    assertThat(a.added(), empty());
    assertThat(a.removed(), empty());
  }

  @Test
  public void aSentenceSplitInTwoIsOnePair() {
    String first =
        "Last month's massacre at a school in Pakistan by the Pakistani Taliban, which left 150"
            + " dead, mostly students, triggered global outrage.";
    String second =
        "The government announced it would form military courts and end a moratorium on the death"
            + " penalty for convicted militants.";
    Alignment split = SentenceAligner.align(List.of(MASSACRE), List.of(first + " " + second));
    assertThat(members(split), contains(first + " " + second));
    assertThat(canonicals(split), contains(MASSACRE));
    assertThat(split.added(), empty());

    Alignment joined = SentenceAligner.align(List.of(first, second), List.of(MASSACRE));
    assertThat(canonicals(joined), contains(first + " " + second));
    assertThat(joined.removed(), empty());
  }

  @Test
  public void aSubheadIsNotSwallowedByAJoin() {
    String para = "Many believe Pakistan's security services see the Haqqanis as an \"asset\".";
    Alignment a = SentenceAligner.align(List.of(para), List.of("An 'asset'", para));
    assertThat(a.added(), contains("An 'asset'"));
    assertThat(members(a), contains(para));
  }

  @Test
  public void unrelatedStoriesShareNoSentence() {
    Alignment a = SentenceAligner.align(Wire.TEXACO, Wire.BRIEF_ACME);
    assertThat(a.pairs(), empty());
    assertThat(a.removed(), equalTo(sentences(Wire.TEXACO)));
    assertThat(a.added(), equalTo(sentences(Wire.BRIEF_ACME)));
  }

  @Test
  public void emptyBodies() {
    Alignment none = SentenceAligner.align(List.of(), List.of());
    assertThat(none.pairs(), empty());
    assertThat(none.added(), empty());
    assertThat(none.removed(), empty());
    assertThat(SentenceAligner.align(Wire.TEXACO, List.of()).removed(),
        equalTo(sentences(Wire.TEXACO)));
    assertThat(SentenceAligner.align(List.of(), Wire.TEXACO).added(),
        equalTo(sentences(Wire.TEXACO)));
    // a paragraph of ornaments has no sentence to align
    Alignment ornament = SentenceAligner.align(List.of("* * *"), List.of("--"));
    assertThat(ornament.canonicalSentences(), equalTo(0));
    assertThat(ornament.added(), empty());
  }

  @Test
  public void longStoriesAndSentencesAreCut() {
    List<String> many = new ArrayList<>();
    for (int i = 0; i < SentenceAligner.MAX_SENTENCES + 20; i++) {
      many.add("Paragraph number " + i + " of a very long story.");
    }
    Alignment a = SentenceAligner.align(many, many);
    assertThat(a.canonicalSentences(), equalTo(SentenceAligner.MAX_SENTENCES));
    assertThat(a.pairs(), hasSize(SentenceAligner.MAX_SENTENCES));
    assertTrue(a.truncated());

    String endless = "word ".repeat(SentenceAligner.MAX_SENTENCES).strip();
    Alignment cut = SentenceAligner.align(List.of(endless), List.of());
    String kept = cut.removed().get(0);
    assertThat(kept.length(), lessThan(SentenceAligner.MAX_SENTENCE_CHARS + 3));
    assertThat(kept, startsWith("word word"));
    assertThat(kept, containsString(" …"));
    assertTrue(cut.truncated());
  }
}
