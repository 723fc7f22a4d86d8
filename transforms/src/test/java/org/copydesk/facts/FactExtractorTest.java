package org.copydesk.facts;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.Test;

public class FactExtractorTest {

  private static List<Fact> facts(String... paragraphs) {
    return new FactExtractor().extract(null, List.of(paragraphs));
  }

  private static List<Fact> ofKind(FactKind kind, List<Fact> facts) {
    return facts.stream().filter(f -> f.kind() == kind).collect(Collectors.toList());
  }

  /** The only fact of that kind. */
  private static Fact only(FactKind kind, String... paragraphs) {
    List<Fact> found = ofKind(kind, facts(paragraphs));
    assertThat(found.toString(), found, hasSize(1));
    return found.get(0);
  }

  private static List<String> texts(List<Fact> facts) {
    return facts.stream().map(Fact::text).collect(Collectors.toList());
  }

  @Test
  public void aTollOfDeadIsItsFigureAndWhatItCounts() {
    Fact toll = only(FactKind.TOLL,
        "Last month's massacre at a school by the Pakistani Taliban which left 150 dead, mostly"
            + " schoolboys, triggered global outrage.");
    assertThat(toll.text(), equalTo("150 dead"));
    assertThat(toll.quantity(), equalTo(Quantity.of(150, Qualifier.EXACT, null)));
    assertThat(toll.normalized(), equalTo("150"));
    assertThat(toll.descriptor().unit(), equalTo("dead"));
    assertThat(toll.descriptor().state(), equalTo("dead"));
    assertThat(toll.descriptor().context(), hasItem("school"));
    assertThat(toll.descriptor().context(), hasItem("schoolboy"));
    assertThat(toll.descriptor().context(), not(hasItem("150")));
  }

  @Test
  public void atLeastIsAHedgeAndTheVerbBeforeSaysWhatHappened() {
    List<Fact> f = facts("Lashkar-e-Taiba is accused of orchestrating the 2008 Mumbai attacks that"
        + " killed at least 163 people in India.");
    Fact toll = ofKind(FactKind.TOLL, f).get(0);
    assertThat(toll.text(), equalTo("at least 163 people"));
    assertThat(toll.quantity(), equalTo(Quantity.of(163, Qualifier.AT_LEAST, null)));
    assertThat(toll.normalized(), equalTo("at least 163"));
    assertThat(toll.descriptor().unit(), equalTo("people"));
    assertThat(toll.descriptor().state(), equalTo("dead"));
    assertThat(toll.descriptor().context(), hasItem("mumbai"));
    assertThat(toll.descriptor().context(), hasItem("2008"));
  }

  @Test
  public void moreThanIsAHedge() {
    Fact toll = only(FactKind.TOLL, "Taliban gunmen on December 16 killed more than 150 people,"
        + " almost all of them children, in one of the country's worst terrorist attacks.");
    assertThat(toll.text(), equalTo("more than 150 people"));
    assertThat(toll.quantity(), equalTo(Quantity.of(150, Qualifier.MORE_THAN, null)));
    assertThat(toll.descriptor().context(), hasItem("children"));
  }

  @Test
  public void moneyHasItsCurrencyAndScaleHoweverWritten() {
    for (String written : List.of("$250 million", "250 million dollars", "USD 250 million",
        "US$250 million", "$250m")) {
      Fact amount = only(FactKind.AMOUNT, "Kerry announced that " + written + " will be given.");
      assertThat(written, amount.text(), equalTo(written));
      assertThat(written, amount.quantity(), equalTo(Quantity.of(2.5e8, Qualifier.EXACT, "USD")));
      assertThat(written, amount.descriptor().unit(), equalTo("USD"));
    }
    Fact some = only(FactKind.AMOUNT, "The US was to announce that some $250 million of funds"
        + " will be earmarked.");
    assertThat(some.text(), equalTo("some $250 million"));
    assertThat(some.normalized(), equalTo("about 250000000 USD"));
    assertThat(only(FactKind.AMOUNT, "It costs Rs 1,500 crore.").quantity(),
        equalTo(Quantity.of(1.5e10, Qualifier.EXACT, "RUPEES")));
  }

  @Test
  public void displacedPeopleAreATollOfTheDisplaced() {
    Fact toll = only(FactKind.TOLL,
        "The money is marked for reconstruction, including for some 700,000 people displaced by"
            + " the offensive.");
    assertThat(toll.text(), equalTo("some 700,000 people displaced"));
    assertThat(toll.quantity(), equalTo(Quantity.of(700_000, Qualifier.ABOUT, null)));
    assertThat(toll.descriptor().unit(), equalTo("people"));
    assertThat(toll.descriptor().state(), equalTo("displaced"));
  }

  @Test
  public void weekdaysAndCalendarDatesAreDates() {
    assertThat(only(FactKind.DATE, "Top diplomat John Kerry said Tuesday he was pleased.")
        .normalized(), equalTo("tuesday"));
    Fact jan13 = only(FactKind.DATE, "Kerry spoke in Islamabad on Jan 13 to reporters.");
    assertThat(jan13.text(), equalTo("Jan 13"));
    assertThat(jan13.normalized(), equalTo("--01-13"));
    assertThat(jan13.descriptor().unit(), equalTo("day"));
    assertThat(only(FactKind.DATE, "It was the Dec. 16 attack.").normalized(), equalTo("--12-16"));
    assertThat(only(FactKind.DATE, "They met on 13 January in the capital.").normalized(),
        equalTo("--01-13"));
    assertThat(only(FactKind.DATE, "Since the September 11, 2001, attacks it has changed.")
        .normalized(), equalTo("2001-09-11"));
    assertThat(only(FactKind.DATE, "The attacks in Mumbai in November 2008 shocked India.")
        .normalized(), equalTo("2008-11"));
    assertThat(only(FactKind.DATE, "The offensive began in June.").normalized(), equalTo("--06"));
  }

  @Test
  public void mayAndMarchAreMonthsOnlyBesideADayOrYear() {
    assertThat(ofKind(FactKind.DATE, facts("Officials said it may rain. May we go?")), empty());
    assertThat(only(FactKind.DATE, "They met on May 3 in Delhi.").normalized(), equalTo("--05-03"));
  }

  @Test
  public void quotesInStraightAndCurlyMarks() {
    assertThat(texts(ofKind(FactKind.QUOTE, facts(
            "Kerry said \"the task is not done,\" and left.",
            "\u201cI emphasise this,\u201d he said.",
            "They won't differentiate between 'good' and 'bad' militants, Pakistan's envoy said.",
            "Officials called it an \u2018asset\u2019 of the state."))),
        contains("the task is not done", "I emphasise this", "good", "bad", "asset"));
  }

  @Test
  public void aQuoteNormalisesHouseStyleAndLeavesOutTheEditorsBrackets() {
    Fact q = only(FactKind.QUOTE,
        "\"Their (Haqqani network) ability to operate has virtually disappeared in the"
            + " neighbouring region,\" he said.");
    assertThat(q.text(), equalTo(
        "Their (Haqqani network) ability to operate has virtually disappeared in the neighbouring"
            + " region"));
    assertThat(q.normalized(),
        equalTo("their ability to operate has virtually disappeared in the neighboring region"));
  }

  @Test
  public void aQuoteLeftOpenRunsToTheParagraphEndAcrossSentences() {
    Fact q = only(FactKind.QUOTE, "\"The operation is not yet complete. Soldiers deserve credit.");
    assertThat(q.text(), equalTo("The operation is not yet complete. Soldiers deserve credit."));
    assertThat(q.sentence(),
        equalTo("\"The operation is not yet complete. Soldiers deserve credit."));
  }

  @Test
  public void apostrophesAreNotQuotes() {
    assertThat(
        ofKind(FactKind.QUOTE, facts("Pakistan's army won't stop, the generals' aides said.")),
        empty());
  }

  @Test
  public void numbersInWords() {
    Fact seven = only(FactKind.TOLL, "Pakistan executed seven militants on Tuesday.");
    assertThat(seven.quantity().value(), equalTo(7.0));
    assertThat(seven.descriptor().unit(), equalTo("militants"));
    assertThat(seven.descriptor().state(), equalTo("dead"));
    Fact dinner = only(FactKind.NUMBER, "Kerry had a two-and-a-half hour dinner with Sharif.");
    assertThat(dinner.quantity().value(), equalTo(2.5));
    assertThat(dinner.descriptor().unit(), equalTo("hour"));
    assertThat(only(FactKind.TOLL, "One hundred and fifty people were killed.").quantity().value(),
        equalTo(150.0));
    assertThat(only(FactKind.NUMBER, "It lasted twenty-five years.").quantity().value(),
        equalTo(25.0));
  }

  @Test
  public void aLoneOneIsNotANumberNorIsATime() {
    assertThat(ofKind(FactKind.NUMBER, facts("One official said one of them left at 07:59.")),
        empty());
    assertThat(ofKind(FactKind.TOLL, facts("One official said one of them left at 07:59.")),
        empty());
  }

  @Test
  public void yearsAreDatesNotTolls() {
    List<Fact> f = facts("The Haqqani network is blamed for a bombing of the Indian embassy in 2008"
        + " that left 58 people dead and a 2011 attack on the US embassy.");
    assertThat(texts(ofKind(FactKind.DATE, f)), contains("2008", "2011"));
    assertThat(texts(ofKind(FactKind.TOLL, f)), contains("58 people dead"));
    assertThat(ofKind(FactKind.DATE, f).get(0).descriptor().unit(), equalTo("year"));
    assertThat(ofKind(FactKind.DATE, f).get(0).quantity(), is(nullValue()));

    Fact militants = only(FactKind.TOLL, "More than 1500 militants have been killed so far.");
    assertThat(militants.quantity(), equalTo(Quantity.of(1500, Qualifier.MORE_THAN, null)));
    assertThat(ofKind(FactKind.DATE, facts("More than 1500 militants have been killed.")), empty());
  }

  @Test
  public void namesAreCapitalisedRunsWithoutTitlesNorForcedCapitals() {
    List<Fact> f = facts(
        "Speaking in Islamabad, US Secretary of State John Kerry praised Pakistan's army.",
        "Kerry later left for Geneva with Lashkar-e-Taiba on his mind.");
    assertThat(texts(ofKind(FactKind.NAME, f)),
        contains("Islamabad", "John Kerry", "Pakistan", "Geneva", "Lashkar-e-Taiba"));
    assertThat(ofKind(FactKind.NAME, f).get(4).normalized(), equalTo("lashkaretaiba"));
  }

  @Test
  public void aTitleCaseHeadlineNamesOnlyWhatTheBodyCapitalises() {
    List<Fact> f = new FactExtractor().extract(
        "Kerry Urges Pakistan To Fight Militants",
        List.of("Visiting Islamabad, Kerry told Pakistan to fight militants."));
    assertThat(texts(ofKind(FactKind.NAME, f)), contains("Kerry", "Pakistan", "Islamabad"));
    assertThat(f.get(0).sentenceIndex(), equalTo(0));
    assertThat(f.get(0).sentence(), equalTo("Kerry Urges Pakistan To Fight Militants"));
  }

  @Test
  public void aFactSaidTwiceIsOneFactWithBothContexts() {
    List<Fact> f = facts("Seven militants hanged", "Pakistan executed seven militants on Tuesday.");
    Fact seven = only(FactKind.TOLL, "Seven militants hanged",
        "Pakistan executed seven militants on Tuesday.");
    assertThat(ofKind(FactKind.TOLL, f), hasSize(1));
    assertThat(seven.text(), equalTo("Seven militants hanged"));
    assertThat(seven.descriptor().context(), hasItem("hanged"));
    assertThat(seven.descriptor().context(), hasItem("pakistan"));
  }

  @Test
  public void twoTollsInOneStoryStayTwoFacts() {
    List<Fact> tolls = ofKind(FactKind.TOLL, facts(
        "The attack on the Peshawar school killed 150 people, mostly children.",
        "The 2008 Mumbai attacks killed 166 people."));
    assertThat(texts(tolls), contains("150 people", "166 people"));
    assertThat(tolls.get(0).descriptor().context(), hasItem("peshawar"));
    assertThat(tolls.get(1).descriptor().context(), hasItem("mumbai"));
    assertThat(tolls.get(1).descriptor().context(), not(hasItem("peshawar")));
  }

  @Test
  public void atMostMaxFactsPerStoryTheFirstInReadingOrder() {
    List<String> paragraphs = new ArrayList<>();
    for (int i = 1; i <= 150; i++) {
      paragraphs.add("In district " + i + ", officials counted " + (1000 + i) + " voters.");
    }
    List<Fact> f = new FactExtractor().extract(null, paragraphs);
    assertThat(f, hasSize(FactExtractor.MAX_FACTS));
    assertThat(f.get(0).text(), equalTo("1"));
    assertThat(f.get(f.size() - 1).text(), equalTo("1100 voters"));
  }

  @Test
  public void evidenceIsTheSentenceOrAWindowOfALongOne() {
    Fact toll = only(FactKind.TOLL, "Gunmen killed 12 people. The rest fled.");
    assertThat(toll.sentence(), equalTo("Gunmen killed 12 people."));
    String longSentence = "word ".repeat(200) + "and 40 people died there " + "word ".repeat(200);
    Fact far = only(FactKind.TOLL, longSentence.strip() + ".");
    assertThat(far.sentence().length(), equalTo(Sentence.MAX_EVIDENCE_CHARS + 2));
    assertThat(far.sentence().contains("40 people died"), is(true));
  }
}
