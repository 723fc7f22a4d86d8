package org.copydesk.verify;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.copydesk.parse.ParseStories;
import org.copydesk.read.InputFormat;
import org.copydesk.read.RawRecord;
import org.copydesk.read.ReadLimits;
import org.copydesk.story.Origin;
import org.copydesk.testing.Seeds;
import org.copydesk.testing.Wire;
import org.junit.Test;

public class CopyVerifierTest {

  private final CopyVerifier verifier = new CopyVerifier();

  private CopyVerdict verify(List<String> a, List<String> b) {
    CopyVerdict v = verifier.verify(StoryDigest.of(a), StoryDigest.of(b));
    CopyVerdict w = verifier.verify(StoryDigest.of(b), StoryDigest.of(a));
    assertTrue("symmetric", v.copy() == w.copy() && Math.abs(v.score() - w.score()) < 1e-9);
    System.out.println(v.reason());
    return v;
  }

  private static void assertCopy(CopyVerdict v) {
    assertTrue(v.reason(), v.copy());
    assertThat(v.reason(), startsWith("copy: "));
    assertFalse(v.sharedPassages().isEmpty());
  }

  // ------------------------------------------------------------------ copies

  /** AFP 000 vs China Daily 001: light rewrite, inserted subheads, reworded sentences. */
  @Test
  public void seedAfpAndChinaDailyAreCopies() {
    CopyVerdict v = verify(Seeds.body(0), Seeds.body(1));
    assertCopy(v);
    assertThat(v.alignedFraction(), greaterThan(0.8)); // measured 0.90
    assertThat(v.containment(), greaterThan(0.7)); // measured 0.76
    assertThat(v.sharedPassages(), hasSize(3));
    assertThat(v.reason(), containsString("% of sentences aligned, containment 0."));
  }

  @Test
  public void trimOfFirstTwoParagraphsIsCopy() {
    CopyVerdict v = verify(Wire.TEXACO, Wire.TEXACO_TRIM);
    assertCopy(v);
    assertThat(v.containment(), greaterThan(0.95));
  }

  @Test
  public void seedTrimIsCopy() {
    assertCopy(verify(Seeds.body(0), Seeds.body(0).subList(0, 2)));
    assertCopy(verify(Seeds.body(1).subList(0, 2), Seeds.body(0)));
  }

  @Test
  public void updateWithNewTopParagraphIsCopy() {
    assertCopy(verify(Wire.TEXACO, Wire.TEXACO_UPDATE));
    assertCopy(verify(Wire.TEXACO_TRIM, Wire.TEXACO_UPDATE));
  }

  @Test
  public void ukSpellingAndHouseStyleIsCopy() {
    CopyVerdict v = verify(Wire.TEXACO, Wire.TEXACO_UK_STYLE);
    assertCopy(v);
    assertThat(v.containment(), greaterThan(0.95));
  }

  @Test
  public void correctionOfOneFigureIsCopy() {
    CopyVerdict v = verify(Wire.TEXACO, Wire.TEXACO_CORRECTED);
    assertCopy(v);
    assertFalse(v.templateLike());
  }

  @Test
  public void correctionOfAFigureRepeatedInTwoSentencesIsCopy() {
    List<String> c = new ArrayList<>(Wire.TEXACO);
    c.set(0, c.get(0).replace("by 1.50 dlrs", "by 1.25 dlrs"));
    c.set(1, c.get(1).replace("cut by 1.50 dlrs", "cut by 1.25 dlrs"));
    assertCopy(verify(Wire.TEXACO, c));
  }

  /** Hard-wrapped at ~60 characters with every line left as its own paragraph (parser not run). */
  @Test
  public void briefsFromOneTemplateWithAnotherCompanyAndPriceAreNotCopies() {
    // Short postings, as a wire sends them by the dozen: only the lead's subject and figures
    // differ, the rest is the agency's fixed wording.
    List<String> westfield = List.of(
        "The posted price of Dubai light at Westfield Oil Ltd will be cut by 3.25 dlrs a barrel to"
            + " 23.84 dlrs, the company said on Tuesday.",
        "The change is effective immediately, the company said in a statement.",
        "Several other oil companies are expected to follow the move, traders said.");
    List<String> quantum = List.of(
        "The posted price of Bonny Light at Quantum Oil Ltd will be cut by 4.75 dlrs a barrel to"
            + " 18.97 dlrs, the company said on Tuesday.",
        "The change is effective immediately, the company said in a statement.",
        "Several other oil companies are expected to follow the move, traders said.");
    CopyVerdict v = verify(westfield, quantum);
    assertFalse(v.reason(), v.copy());
    assertTrue(v.templateLike());
    // The same brief corrected in one figure is still a copy.
    List<String> corrected = new ArrayList<>(westfield);
    corrected.set(0, corrected.get(0).replace("23.84", "23.48"));
    assertCopy(verify(westfield, corrected));
  }

  /**
   * A wire keeps its lead: two stories on different subjects that share only stock background
   * sentences are not copies, however much of the shorter those sentences make up. A 100,000-story
   * run chained hundreds of unrelated stories into one cluster through such pairs.
   */
  @Test
  public void storiesSharingOnlyStockBackgroundAreNotCopies() {
    List<String> background = List.of(
        "The matter could come up once more during talks later this year.",
        "Members of parliament will debate broader measures when they meet next week.",
        "Opposition figures have long argued that less spending was needed across the region.",
        "Comparable decisions last year attracted wide comment at home and abroad.");
    List<String> verdict = new ArrayList<>();
    verdict.add("STOCKHOLM: Judge Hiroshi Brennan found Yuki Lindqvist guilty on 21 counts of tax"
        + " evasion on Monday, ordering the defendant to pay a fine of 399 mln dlrs.");
    verdict.addAll(background);
    List<String> rates = new ArrayList<>();
    rates.add("STOCKHOLM, Jan 12 - The central bank of Sweden surprised markets on Monday when it"
        + " cut rates by 25 basis points, to 12.5 percent.");
    rates.add("Consumer price inflation was 9.7 percent last month.");
    rates.addAll(background);
    CopyVerdict v = verify(verdict, rates);
    assertFalse(v.reason(), v.copy());
    assertThat(v.alignedFraction(), greaterThan(0.6));
    assertThat(v.reason(), containsString("neither lead"));
    // The same background under the same lead is a copy, trimmed or not.
    assertCopy(verify(verdict, verdict.subList(0, 3)));
  }

  /** A share-button line above a republished story is not taken for its lead. */
  @Test
  public void aShortLineAboveTheLeadIsNotTheLead() {
    List<String> republished = new ArrayList<>();
    republished.add("Share this: Facebook Twitter Email");
    republished.addAll(Wire.TEXACO_TRIM);
    assertCopy(verify(Wire.TEXACO, republished));
  }

  /**
   * The same index on two days, or in two markets: only the lead aligns, and it aligns with other
   * figures. A correction keeps the rest of the story and stays a copy (see above).
   */
  @Test
  public void indexReportsWhoseOnlySharedSentenceHasOtherFiguresAreNotCopies() {
    List<String> monday = List.of(
        "Stocks ended up on Friday, with the Shanghai Composite index finishing at 15282.9, a move"
            + " of 257.16 points.",
        "Evergreen Motors Co topped the gainers, while Oakmont Airlines Plc led the losers.");
    List<String> other = List.of(
        "Stocks ended up on Friday, with the Shanghai Composite index finishing at 20377.74, a move"
            + " of 38 points.",
        "Riverside Insurance Corp topped the gainers, while Bluewater Motors Group led the losers.",
        "There were 253 advancers and 314 losers. Volume totaled 819 million shares.");
    CopyVerdict v = verify(monday, other);
    assertFalse(v.reason(), v.copy());
    assertTrue(v.templateLike());
  }

  /**
   * Two agencies' own reports of one result, nearly word for word (a sports result leaves little
   * room), are not copies of each other; the outlet that republishes one of them, crediting it in
   * its dateline, is a copy of that one. Stories go through the real parse stage, which finds the
   * dateline and the credits.
   */
  @Test
  public void twoAgenciesOwnReportsAreNotCopiesButTheirRepublicationsAre() throws Exception {
    String result = "Cairo Tigers beat Ottawa Eagles 1-0 in a championship match on Monday, with"
        + " Arjun Petrov scoring in the 80th minute.\n\n";
    StoryDigest xinhua = parsed("x", "Xinhua", "SEOUL, Jan. 5 (Xinhua) -- " + result
        + "Petrov now has a number of goals this season. Cairo Tigers now have 45 points.\n\n"
        + "Some 34,600 watched the game.");
    StoryDigest reuters = parsed("r", "Reuters", "SEOUL, Jan 5 - " + result
        + "The result puts Cairo Tigers on 45 points.\n\nThe crowd was 34,600.");
    StoryDigest republished = parsed("y", "Yahoo News", "SEOUL, Jan. 5 (Xinhua) -- " + result
        + "Petrov now has a number of goals this season. Cairo Tigers now have 45 points.");
    assertThat(xinhua.agency() + " " + reuters.agency() + " " + republished.agency(),
        equalTo("Xinhua Reuters Xinhua"));

    CopyVerdict agencies = verifier.verify(xinhua, reuters);
    assertFalse(agencies.reason(), agencies.copy());
    assertThat(agencies.reason(), containsString("two agencies' own reports"));
    assertThat(agencies.alignedFraction(), greaterThan(0.4));
    assertCopy(verifier.verify(republished, xinhua));
    assertFalse(verifier.verify(republished, reuters).copy());
  }

  private static StoryDigest parsed(String id, String source, String body) throws Exception {
    String json = "{\"id\":\"" + id + "\",\"source\":\"" + source + "\",\"body\":\""
        + body.replace("\n", "\\n") + "\"}";
    return StoryDigest.of(ParseStories.parse(
        RawRecord.of(Origin.of("test.jsonl", 1), InputFormat.JSON_LINES, json, 0),
        ReadLimits.defaults()));
  }

  @Test
  public void hardWrappedVersionIsCopy() {
    List<String> wrapped = new ArrayList<>();
    for (String p : Seeds.body(0)) {
      StringBuilder line = new StringBuilder();
      for (String w : p.split(" ")) {
        if (line.length() + w.length() > 60) {
          wrapped.add(line.toString().strip());
          line.setLength(0);
        }
        line.append(w).append(' ');
      }
      wrapped.add(line.toString().strip());
    }
    assertCopy(verify(Seeds.body(0), wrapped));
    assertCopy(verify(Seeds.body(1), wrapped)); // measured: 87% aligned, containment 0.76
  }

  @Test
  public void identicalStoryIsCopyWithFullScore() {
    CopyVerdict v = verify(Seeds.body(3), Seeds.body(3));
    assertCopy(v);
    assertThat(v.score(), greaterThan(0.999));
  }

  // ------------------------------------------------------------------ not copies

  /** Independent reports of the same event share quotes: that is the story tier, not copy. */
  @Test
  public void independentSeedReportsAreNotCopies() {
    int[][] pairs = {{2, 3}, {2, 4}, {3, 4}, {0, 2}, {0, 3}, {0, 4}, {1, 2}, {1, 3}, {1, 4}};
    for (int[] p : pairs) {
      CopyVerdict v = verify(Seeds.body(p[0]), Seeds.body(p[1]));
      assertFalse(p[0] + "-" + p[1] + ": " + v.reason(), v.copy());
      assertThat(p[0] + "-" + p[1], v.score(), lessThan(0.35)); // measured ≤ 0.27
    }
  }

  @Test
  public void sameTemplateOtherCompanyAndFiguresIsNotCopy() {
    CopyVerdict v = verify(Wire.TEXACO, Wire.SUN);
    assertFalse(v.reason(), v.copy());
    assertTrue(v.templateLike());
    assertThat(v.reason(), containsString("same template"));
    // the texts are similar enough that a Jaccard cut alone would be fooled
    assertThat(v.alignedFraction(), greaterThan(0.9));
  }

  @Test
  public void weeklyReportOnDifferentDaysIsNotCopy() {
    CopyVerdict v = verify(Wire.API_WEEK_1, Wire.API_WEEK_2);
    assertFalse(v.reason(), v.copy());
    assertTrue(v.templateLike());
  }

  @Test
  public void briefsDifferingOnlyInNamesAndNumbersAreNotCopies() {
    CopyVerdict v = verify(Wire.BRIEF_ACME, Wire.BRIEF_BAXTER);
    assertFalse(v.reason(), v.copy());
    assertTrue(v.templateLike());
  }

  @Test
  public void emptyAndTinyStoriesAreNotCopies() {
    assertFalse(verify(List.of(), List.of()).copy());
    assertFalse(verify(List.of("Kerry said."), Seeds.body(0)).copy());
  }
}
