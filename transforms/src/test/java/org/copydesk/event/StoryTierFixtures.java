package org.copydesk.event;

import java.time.Instant;
import java.util.List;
import org.copydesk.clean.PageChrome;
import org.copydesk.parse.CaptureParser;
import org.copydesk.parse.ParsedCapture;
import org.copydesk.parse.Seeds;
import org.copydesk.testing.Wire;

/**
 * Stories for the story-tier tests: the five seeds, parsed and cleaned of page chrome as the
 * pipeline does, and hand-written wire copy in 1987 Reuters style for the hard negatives, each with
 * a headline and a publication time.
 */
final class StoryTierFixtures {

  static final String[] SEEDS = {
    Seeds.AFP, Seeds.CHINA_DAILY, Seeds.REUTERS, Seeds.RFERL, Seeds.PTI
  };

  private StoryTierFixtures() {}

  static EventDigest seed(int n) {
    ParsedCapture c = CaptureParser.parse(Seeds.read(SEEDS[n]));
    return EventDigest.of(c.headline(), PageChrome.strip(c.paragraphs()).kept(),
        c.published() == null ? null : c.published().toEpochMilli());
  }

  static long at(String instant) {
    return Instant.parse(instant).toEpochMilli();
  }

  static EventDigest story(String headline, List<String> body, String instant) {
    return EventDigest.of(headline, body, instant == null ? null : at(instant));
  }

  static final String MONDAY = "1987-03-16T10:00:00Z";

  static EventDigest texaco(String instant) {
    return story("TEXACO CUTS CRUDE PRICES 1.50 DLRS", Wire.TEXACO, instant);
  }

  /** The Texaco cut as another agency wrote it: other words, the same facts. */
  static final List<String> TEXACO_REWRITE = List.of(
      "Texaco Inc. cut the price it pays for West Texas Intermediate crude by $1.50 a barrel on"
          + " Monday, the company said, bringing its posting for the benchmark U.S. grade to"
          + " $16.50.",
      "The cut also lowered the posted price of West Texas Sour by $1.50 to $16.40, Texaco said."
          + " The company cited weak spot prices and slack demand for refined products.",
      "Analysts expect other major oil companies to follow, as they did when Texaco last changed"
          + " its postings on March 2.",
      "In late trading, April WTI fell $1.15 to $16.35 a barrel amid reports that OPEC was"
          + " producing above its 15.8 million barrel-a-day ceiling.");

  /** Texaco four days later: the same names, a new move. */
  static final List<String> TEXACO_RAISE = List.of(
      "Texaco Inc said it raised the contract price it pays for West Texas Intermediate crude oil"
          + " by 50 cts a barrel, effective today, reversing part of last week's 1.50 dlr cut.",
      "The increase brings Texaco's posted price for WTI to 17 dlrs a barrel. Texaco said West"
          + " Texas Sour was also raised by 50 cts, to 16.90 dlrs.",
      "Industry analysts said the move followed a rally in spot prices after OPEC ministers"
          + " reaffirmed their 15.8 mln barrels per day ceiling.");

  /** Sun follows Texaco the same day with the very same cut: only the company differs. */
  static final List<String> SUN_SAME_CUT = List.of(
      "Sun Co said it cut the contract price it pays for West Texas Intermediate crude oil by 1.50"
          + " dlrs a barrel, effective today.",
      "The reduction brings Sun's posted price for WTI to 16.50 dlrs a barrel. Sun said the price"
          + " of West Texas Sour was also cut by 1.50 dlrs, to 16.40 dlrs a barrel.",
      "The company said the move reflected falling spot market prices and weak demand for refined"
          + " products.");

  /** Two acquisitions the same morning, written from one template. */
  static final List<String> PARAGON_BUYS_LAKESHORE = List.of(
      "Paragon Holdings Inc said it agreed to acquire Lakeshore Shipping Corp for 42.50 dlrs a"
          + " share in cash, or about 1.7 billion dlrs.",
      "The offer is a 31 pct premium to Lakeshore's closing price on Friday. The boards of both"
          + " companies approved the deal, which is expected to close in the third quarter.",
      "Paragon chairman Walter Brooks said the acquisition would make the company the largest"
          + " dry-bulk operator in the Atlantic. Goldman Sachs and Co advised Paragon, and Morgan"
          + " Stanley and Co advised Lakeshore.",
      "Lakeshore shares rose 8.25 dlrs to 40.75 dlrs in early trading on the New York Stock"
          + " Exchange.");

  static final List<String> YORKE_BUYS_KEYSTONE = List.of(
      "Yorke Energy Corp said it agreed to acquire Keystone Pipeline Co for 28 dlrs a share in"
          + " cash, or about 940 mln dlrs.",
      "The offer is a 24 pct premium to Keystone's closing price on Friday. The boards of both"
          + " companies approved the deal, which is expected to close in the third quarter.",
      "Yorke chairman Harold Price said the acquisition would make the company the largest gas"
          + " pipeline operator in the Southwest. Goldman Sachs and Co advised Yorke, and First"
          + " Boston Corp advised Keystone.",
      "Keystone shares rose 5.50 dlrs to 27.25 dlrs in early trading on the New York Stock"
          + " Exchange.");

  /** The Tokyo market report, one day and another. */
  static final List<String> TOKYO_WEDNESDAY = List.of(
      "The Nikkei average rose 152.36 points to 21,514.18 in active trading on the Tokyo Stock"
          + " Exchange, led by buying of steel and shipbuilding shares.",
      "Advancing issues outnumbered declining ones 612 to 327, with 150 unchanged. Volume was 1.2"
          + " billion shares, up from 950 mln on Tuesday.",
      "Brokers said institutional investors bought blue chips on hopes of lower interest rates."
          + " Nippon Steel Corp rose 12 yen to 198 and Mitsubishi Heavy Industries Ltd gained 15"
          + " to 560.");

  static final List<String> TOKYO_FRIDAY = List.of(
      "The Nikkei average fell 87.40 points to 21,602.55 in moderate trading on the Tokyo Stock"
          + " Exchange, dragged down by selling of steel and shipbuilding shares.",
      "Declining issues outnumbered advancing ones 530 to 401, with 180 unchanged. Volume was 800"
          + " mln shares, down from 1.1 billion on Thursday.",
      "Brokers said institutional investors sold blue chips on profit-taking. Nippon Steel Corp"
          + " fell 4 yen to 205 and Mitsubishi Heavy Industries Ltd lost 10 to 571.");
}
