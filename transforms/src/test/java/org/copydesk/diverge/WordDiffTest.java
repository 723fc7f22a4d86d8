package org.copydesk.diverge;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.copydesk.diverge.WordEdit.Kind;
import org.junit.Test;

public class WordDiffTest {

  @Test
  public void aReplacedWordIsOneChangeWithoutItsPunctuation() {
    assertThat(
        WordDiff.edits(
            "which left 150 dead, mostly schoolboys, triggered global outrage",
            "which left 150 dead, mostly students, triggered global outrage"),
        contains(WordEdit.of(Kind.CHANGE, "schoolboys", "students")));
  }

  @Test
  public void insertedAndDeletedWordsShowTheirOriginalSpan() {
    assertThat(
        WordDiff.edits(
            "\"Operate within it,\" Kerry said.",
            "\"Operate within it,\" Kerry said, referring to the attack in Peshawar."),
        contains(WordEdit.of(Kind.INSERT, "", ", referring to the attack in Peshawar")));
    assertThat(
        WordDiff.edits(
            "attacks on NATO forces in neighbouring Afghanistan.",
            "attacks on NATO forces in Afghanistan."),
        contains(WordEdit.of(Kind.DELETE, "neighbouring", "")));
  }

  @Test
  public void editsComeInSentenceOrder() {
    assertThat(
        WordDiff.edits(
            "I emphasised that the US is committed, the US secretary of state told reporters.",
            "I emphasize that the US is committed, he said."),
        contains(
            WordEdit.of(Kind.CHANGE, "emphasised", "emphasize"),
            WordEdit.of(Kind.CHANGE, "the US secretary of state told reporters", "he said")));
  }

  @Test
  public void punctuationInsideAWordStaysWithIt() {
    assertThat(
        WordDiff.edits("a long standing demand of the U.S.", "a long-standing demand of the U.S."),
        contains(WordEdit.of(Kind.CHANGE, "long standing", "long-standing")));
    assertThat(WordDiff.edits("some 700,000 people", "some 700,000 people"), empty());
  }

  @Test
  public void aLostMarkIsAnEditOfItsOwn() {
    assertThat(
        WordDiff.edits("the Haqqanis as an \"asset\" and", "the Haqqanis as an asset and"),
        contains(WordEdit.of(Kind.DELETE, "\"", ""), WordEdit.of(Kind.DELETE, "\"", "")));
  }

  @Test
  public void sameWordsIgnoresSpacingOnly() {
    assertTrue(WordDiff.sameWords("Kerry  said\nTuesday.", " Kerry said Tuesday. "));
    assertFalse(WordDiff.sameWords("Kerry said Tuesday.", "Kerry said, Tuesday."));
    assertFalse(WordDiff.sameWords("Kerry said Tuesday.", "kerry said Tuesday."));
  }

  @Test
  public void inlineRunsAreTheMemberSentenceWithTheEditsInPlace() {
    String canonical = "150 dead, mostly schoolboys, in the attack on the school.";
    String member = "150 dead, mostly students, in the attack on school, police said.";
    assertThat(
        WordDiff.inline(canonical, member),
        contains(
            SentenceChange.Run.of("150 dead, mostly "),
            SentenceChange.Run.of(WordEdit.of(Kind.CHANGE, "schoolboys", "students")),
            SentenceChange.Run.of(", in the attack on "),
            SentenceChange.Run.of(WordEdit.of(Kind.DELETE, "the", "")),
            SentenceChange.Run.of("school"),
            SentenceChange.Run.of(WordEdit.of(Kind.INSERT, "", ", police said")),
            SentenceChange.Run.of(".")));
  }

  @Test
  public void aDeletedMarkStaysAgainstTheWordItWasAttachedTo() {
    assertThat(
        WordDiff.inline("the Haqqanis as an \"asset\" and", "the Haqqanis as an asset and"),
        contains(
            SentenceChange.Run.of("the Haqqanis as an "),
            SentenceChange.Run.of(WordEdit.of(Kind.DELETE, "\"", "")),
            SentenceChange.Run.of("asset"),
            SentenceChange.Run.of(WordEdit.of(Kind.DELETE, "\"", "")),
            SentenceChange.Run.of(" and")));
  }
}
