package org.copydesk.testing;

import java.util.ArrayList;
import java.util.List;

/** Hand-written wire fixtures in the style of 1987 Reuters copy, with their variants. */
public final class Wire {
  private Wire() {}

  /** A Texaco crude price cut, five paragraphs, Reuters house style. */
  public static final List<String> TEXACO =
      List.of(
          "Texaco Inc said it cut the contract price it pays for West Texas Intermediate crude oil"
              + " by 1.50 dlrs a barrel, effective today.",
          "The reduction brings Texaco's posted price for WTI to 16.50 dlrs a barrel. Texaco said"
              + " the price of West Texas Sour was also cut by 1.50 dlrs, to 16.40 dlrs a barrel.",
          "The company said the move reflected falling spot market prices and weak demand for"
              + " refined products, which fell 2.3 pct in February at the Cushing, Oklahoma,"
              + " pipeline center and across the U.S. Gulf Coast.",
          "Texaco last changed its postings on March 2, when it raised them by 50 cts a barrel."
              + " Industry analysts who analyzed the move said other major oil companies were"
              + " expected to follow the cut within a day or two, as they did in December.",
          "Oil traders said the spot price of WTI for April delivery fell to 16.35 dlrs a barrel"
              + " in late trading, down 1.15 dlrs from Friday, on reports that OPEC output was"
              + " running above its 15.8 mln barrels per day ceiling.");

  /** The first two paragraphs only. */
  public static final List<String> TEXACO_TRIM = TEXACO.subList(0, 2);

  /** UPDATE 1 re-send: a new top paragraph, then the original text. */
  public static final List<String> TEXACO_UPDATE;

  static {
    List<String> u = new ArrayList<>();
    u.add(
        "Texaco Inc, the third largest U.S. oil company, joined Sun Co and Phillips Petroleum Co in"
            + " cutting its crude oil postings on Monday, as the slide in spot prices deepened"
            + " ahead of the OPEC price committee meeting in Vienna.");
    u.addAll(TEXACO);
    TEXACO_UPDATE = List.copyOf(u);
  }

  /** The same story republished in UK spelling and another house style. */
  public static final List<String> TEXACO_UK_STYLE =
      List.of(
          "Texaco Inc said it cut the contract price it pays for West Texas Intermediate crude oil"
              + " by 1.50 dollars a barrel, effective today.",
          "The reduction brings Texaco\u2019s posted price for WTI to 16.50 dollars a barrel. Texaco"
              + " said the price of West Texas Sour was also cut by 1.50 dollars, to 16.40 dollars"
              + " a barrel.",
          "The company said the move reflected falling spot market prices and weak demand for"
              + " refined products, which fell 2.3 per cent in February at the Cushing, Oklahoma,"
              + " pipeline centre and across the US Gulf Coast.",
          "Texaco last changed its postings on March 2, when it raised them by 50 cents a barrel."
              + " Industry analysts who analysed the move said other major oil companies were"
              + " expected to follow the cut within a day or two, as they did in Dec.",
          "Oil traders said the spot price of WTI for April delivery fell to 16.35 dollars a barrel"
              + " in late trading, down 1.15 dollars from Friday, on reports that OPEC output was"
              + " running above its 15.8 million barrels per day ceiling.");

  /** A correction: one figure changed (the WTI posting 16.50 → 16.75). */
  public static final List<String> TEXACO_CORRECTED;

  static {
    List<String> c = new ArrayList<>(TEXACO);
    c.set(1, c.get(1).replace("to 16.50 dlrs", "to 16.75 dlrs"));
    TEXACO_CORRECTED = List.copyOf(c);
  }

  /** Same template, another company, other figures: not a copy of TEXACO. */
  public static final List<String> SUN =
      List.of(
          "Sun Co said it cut the contract price it pays for West Texas Intermediate crude oil by"
              + " 1 dlr a barrel, effective today.",
          "The reduction brings Sun's posted price for WTI to 17 dlrs a barrel. Sun said the price"
              + " of West Texas Sour was also cut by 1 dlr, to 16.90 dlrs a barrel.",
          "The company said the move reflected falling spot market prices.",
          "Sun last changed its postings on February 20, when it cut them by 50 cts a barrel.");

  /** The API weekly report, one week. */
  public static final List<String> API_WEEK_1 =
      List.of(
          "U.S. refiners ran at 78.2 pct of capacity in the week ended March 13, down from 79.5"
              + " pct a week earlier, the American Petroleum Institute said in its weekly report.",
          "Crude oil stocks held in primary storage rose 2.4 mln barrels to 331.6 mln barrels, the"
              + " API said. Gasoline stocks fell 1.9 mln barrels to 246.7 mln barrels, and"
              + " distillate stocks fell 3.1 mln barrels to 117.5 mln barrels.",
          "Crude oil imports averaged 4.1 mln barrels per day, up from 3.6 mln bpd the previous"
              + " week, while crude runs to stills averaged 12.1 mln bpd, the API said.");

  /** The same report wording, the next week, other figures. */
  public static final List<String> API_WEEK_2 =
      List.of(
          "U.S. refiners ran at 77.6 pct of capacity in the week ended March 20, down from 78.2"
              + " pct a week earlier, the American Petroleum Institute said in its weekly report.",
          "Crude oil stocks held in primary storage rose 1.2 mln barrels to 332.8 mln barrels, the"
              + " API said. Gasoline stocks fell 2.6 mln barrels to 244.1 mln barrels, and"
              + " distillate stocks fell 2.2 mln barrels to 115.3 mln barrels.",
          "Crude oil imports averaged 3.8 mln barrels per day, down from 4.1 mln bpd the previous"
              + " week, while crude runs to stills averaged 11.9 mln bpd, the API said.");

  /** A management-change brief. */
  public static final List<String> BRIEF_ACME =
      List.of(
          "Acme Resources Inc said it named John Hartley president and chief executive officer,"
              + " succeeding Walter Brooks, who retired.",
          "Hartley, 52, was previously executive vice president of the company's Denver-based"
              + " mining unit. The company also said it elected Susan Miller, 47, to its board of"
              + " directors, increasing the board to nine members.");

  /** The same brief with other names and numbers only. */
  public static final List<String> BRIEF_BAXTER =
      List.of(
          "Baxter Minerals Corp said it named Robert Vance president and chief executive officer,"
              + " succeeding Harold Price, who retired.",
          "Vance, 48, was previously executive vice president of the company's Houston-based"
              + " mining unit. The company also said it elected Ann Carter, 51, to its board of"
              + " directors, increasing the board to 11 members.");
}
