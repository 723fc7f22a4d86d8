package org.copydesk.event;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.copydesk.testing.Wire;
import org.junit.Test;

public class EventDigestTest {

  private static byte[] bytes(EventDigest d) throws IOException {
    ByteArrayOutputStream bos = new ByteArrayOutputStream();
    d.writeTo(new DataOutputStream(bos));
    return bos.toByteArray();
  }

  private static EventDigest of(String... paragraphs) {
    return EventDigest.of(null, List.of(paragraphs), null);
  }

  /** Display of each fact, figures marked with #. */
  private static List<String> facts(EventDigest d) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < d.facts().length; i++) {
      out.add((EventDigest.kind(d.facts()[i]) == EventDigest.NUMBER ? "#" : "") + d.factDisplay(i));
    }
    return out;
  }

  private static long[] figures(EventDigest d) {
    return Arrays.stream(d.facts())
        .filter(h -> EventDigest.kind(h) == EventDigest.NUMBER)
        .toArray();
  }

  private static boolean hasName(EventDigest d, String canonicalToken) {
    return Arrays.stream(d.facts()).anyMatch(h -> h == EventDigest.word(canonicalToken));
  }

  @Test
  public void seedsRoundTripAndStaySmall() throws IOException {
    for (int s = 0; s < 5; s++) {
      EventDigest d = StoryTierFixtures.seed(s);
      byte[] b = bytes(d);
      assertEquals(d, EventDigest.readFrom(new DataInputStream(new ByteArrayInputStream(b))));
      System.out.printf("seed %d: %d facts, %d subject names, %d quotes, %d terms, %d bytes%n", s,
          d.facts().length, d.subject().length, d.quoteCount(), d.terms().length, b.length);
      assertThat(b.length, lessThan(6_000));
    }
  }

  @Test
  public void namesAreCapitalisedRunsShownWhole() {
    EventDigest afp = StoryTierFixtures.seed(0);
    List<String> facts = facts(afp);
    assertThat(facts, hasItem("John Kerry"));
    assertThat(facts, hasItem("Peshawar"));
    assertThat(facts, hasItem("Lashkar-e-Taiba"));
    assertTrue(hasName(afp, "kerry"));
    assertTrue(hasName(afp, "us")); // U.S. and US are one token
    assertTrue(!hasName(afp, "the") && !hasName(afp, "december")); // sentence starts, dates
    assertTrue(hasName(afp, "let")); // the initials of Lashkar-e-Taiba, as PTI writes it
    assertTrue(hasName(of("It paid 5 million U.S. dollars to Kenya."), "kenya"));
    assertTrue(!hasName(of("It paid 5 million U.S. dollars to Kenya."), "us")); // a unit
    assertTrue(hasName(of("Talks in the Bank of England ended."), "england"));
    assertThat(facts(of("Talks in the Bank of England ended.")), hasItem("Bank of England"));
  }

  @Test
  public void aWordCapitalisedOnlyAtSentenceStartsIsNotAName() {
    EventDigest pti = StoryTierFixtures.seed(4); // "Asking Pakistan to act against ..."
    assertTrue(hasName(pti, "pakistan"));
    assertTrue(!hasName(pti, "asking"));
    assertTrue(!hasName(of("\"We will act,\" Kerry said. We left."), "we")); // quote start
  }

  /** A brief names its company only at the start of sentences; its headline says it is a name. */
  @Test
  public void theHeadlineTellsASentenceStartingSubjectIsAName() {
    EventDigest titled =
        EventDigest.of("ACME RESOURCES NAMES HARTLEY PRESIDENT", Wire.BRIEF_ACME, null);
    assertTrue(hasName(titled, "acme"));
    assertTrue(!hasName(EventDigest.of(null, Wire.BRIEF_ACME, null), "acme"));
    assertEquals(EventDigest.word("acme"), titled.facts()[0]); // headline facts come first
  }

  /** Prominence: the headline's figures and names, then each sentence's, in order. */
  @Test
  public void headlineFactsComeFirst() {
    EventDigest d = EventDigest.of("PARAGON BIDS 65.76 DLRS A SHARE FOR LAKESHORE", List.of(
        "The offer from Paragon Holdings Inc values Lakeshore Shipping Corp at 17.04 bln dlrs.",
        "Jasper Capital advised on the bid of 65.76 dlrs a share."), null);
    assertEquals(List.of("#65.76 dollars", "Paragon Holdings Inc", "Lakeshore Shipping Corp",
        "#17.04 billion dollars"), facts(d).subList(0, 4));
  }

  @Test
  public void theSubjectIsTheHeadlinesNamesElseTheFirstSentences() {
    EventDigest titled =
        EventDigest.of("ACME RESOURCES NAMES HARTLEY PRESIDENT", Wire.BRIEF_ACME, null);
    assertArrayEquals(words("acme", "resources", "hartley"), titled.subject());
    assertArrayEquals(words("resources", "inc", "john", "hartley", "walter", "brooks"),
        EventDigest.of(null, Wire.BRIEF_ACME, null).subject());
    assertEquals(0, EventDigest.of("Stocks close higher", List.of("Stocks rose."), null)
        .subject().length);
  }

  private static long[] words(String... canonicalTokens) {
    return Arrays.stream(canonicalTokens).mapToLong(EventDigest::word).toArray();
  }

  @Test
  public void aTextInCapitalsHasFiguresButNoNames() {
    EventDigest caps = of("TEXACO CUT ITS WTI POSTING BY 1.50 DLRS TO 16.50 DLRS A BARREL.");
    assertArrayEquals(figures(caps), caps.facts());
    assertEquals(2, caps.facts().length);
  }

  @Test
  public void figuresMeetAcrossHouseStyles() {
    long[] dollars = figures(of("Paragon bid $17.04 billion for Lakeshore."));
    assertEquals(1, dollars.length);
    for (String style : List.of("Paragon bid 17.04 bln dlrs for Lakeshore.",
        "Paragon bid USD 17.04 billion for Lakeshore.",
        "Paragon bid 17,040 mln dlrs for Lakeshore.",
        "Paragon bid 17.04 billion U.S. dollars for Lakeshore.")) {
      assertArrayEquals(style, dollars, figures(of(style)));
    }
    long[] percent = figures(of("Shares rose 7.5 pct."));
    for (String style : List.of("Shares rose 7.5 per cent.", "Shares rose 7.5%.",
        "Shares rose 7.50 percent.")) {
      assertArrayEquals(style, percent, figures(of(style)));
    }
    assertNotEquals(percent[0], figures(of("Shares rose 7.5 points."))[0]);
  }

  @Test
  public void figuresKeepTheirUnitForDisplay() {
    EventDigest d = of("The attack left 150 dead, mostly schoolboys.",
        "In all, Washington pledged $250 million and prices rose 7.5 pct.");
    assertEquals(List.of("#150 dead", "#250 million dollars", "#7.5 percent", "Washington"),
        facts(d).stream().sorted().toList());
  }

  @Test
  public void datesAreNotFigures() {
    EventDigest d = of("The attack on Dec. 16, 2014 and the talks on 13 January and Jan 12 were"
        + " followed by 7 executions.");
    assertEquals(List.of("#7 executions"), facts(d));
  }

  @Test
  public void quotesAreShingledAlikeWhateverTheQuoteMarks() {
    EventDigest straight = of("\"Make no mistake, the task is a difficult one,\" Kerry said.");
    EventDigest curly = of("“Make no mistake: the task is a difficult one,” Kerry said.");
    assertEquals(1, straight.quoteCount());
    assertArrayEquals(straight.quoteShingles(0), curly.quoteShingles(0));
    assertEquals("Make no mistake, the task is a difficult one,", straight.quoteText(0));
    assertEquals(0, of("'It is not done'", "Kerry left.").quoteCount()); // a sub-headline
    // a quote left open runs to the end of its paragraph; one of fewer than 3 words is no quote
    EventDigest open = of("\"We will go on with the fight until the end", "\"It is done,\" he said"
        + " of the \"terror\" campaign.");
    assertEquals(List.of("We will go on with the fight until the end", "It is done,"),
        List.of(open.quoteText(0), open.quoteText(1)));
    assertEquals(2, open.quoteCount());
  }

  @Test
  public void undatedStaysUndated() throws IOException {
    EventDigest d = EventDigest.of("Kerry in Islamabad", List.of("Kerry met Sharif."), null);
    assertNull(d.publishedMillis());
    assertNull(EventDigest.readFrom(new DataInputStream(new ByteArrayInputStream(bytes(d))))
        .publishedMillis());
    assertEquals(Long.valueOf(42), EventDigest.of(null, List.of("x"), 42L).publishedMillis());
  }

  @Test
  public void boundedForVeryLongStories() throws IOException {
    List<String> huge = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      huge.add("Minister Name" + i + " of Province" + i + " said \"we counted " + i * 7
          + " votes in district " + i + " today, as we were told\" after " + (i + 1000)
          + " people came, while word" + i + " and term" + i + " and other" + i + " were heard.");
    }
    EventDigest d = EventDigest.of("A headline", huge, 0L);
    assertEquals(EventDigest.MAX_FACTS, d.facts().length);
    assertEquals(EventDigest.MAX_QUOTES, d.quoteCount());
    assertThat(d.allQuoteShingles().length, lessThanOrEqualTo(EventDigest.MAX_QUOTE_SHINGLES));
    assertEquals(EventDigest.MAX_TERMS, d.terms().length);
    int size = bytes(d).length;
    System.out.println("capped digest: " + size + " bytes");
    assertThat(size, lessThan(7_500)); // the documented ASCII bound
    assertThat(facts(d), not(empty()));
  }
}
