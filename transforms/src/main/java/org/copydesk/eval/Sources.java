package org.copydesk.eval;

import java.util.List;

/** Agencies (who write originals) and outlets (who republish them). */
final class Sources {
  enum Agency {
    REUTERS("Reuters", Style.REUTERS_1987, "reuters"),
    AP("AP", Style.AP, "apnews"),
    AFP("AFP", Style.AFP, "afp"),
    PTI("PTI", Style.PTI, "ptinews"),
    XINHUA("Xinhua", Style.XINHUA, "xinhuanet");

    final String label;
    final Style style;
    final String host;

    Agency(String label, Style style, String host) {
      this.label = label;
      this.style = style;
      this.host = host;
    }
  }

  static final class Outlet {
    final String name;
    final Style style;
    final String host;
    final List<String> boilerplate;

    Outlet(String name, Style style, String host, List<String> own) {
      this.name = name;
      this.style = style;
      this.host = host;
      this.boilerplate = own;
    }
  }

  static final List<Outlet> OUTLETS = List.of(
      new Outlet("China Daily", Style.OUTLET_US, "chinadaily.example", List.of(
          "Editor's picks", "Copyright 1995 - 2015. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to China Daily Information Co (CDIC).",
          "Home / China / World", "Follow China Daily on Twitter for the latest news")),
      new Outlet("The Hindu", Style.OUTLET_UK, "thehindu.example", List.of(
          "Related Topics", "Printable version | Subscribe to our newsletter", "Comments are moderated. Please keep them on topic.",
          "Copyright © The Hindu. All rights reserved.")),
      new Outlet("Dawn", Style.OUTLET_UK, "dawn.example", List.of(
          "Published in Dawn, the newspaper", "Comments are closed on this story.", "Follow Dawn on Twitter and Facebook",
          "Also read:")),
      new Outlet("Gulf Times", Style.OUTLET_UK, "gulf-times.example", List.of(
          "Copyright © Gulf Times. All rights reserved.", "Share this article", "Read more: Latest region news")),
      new Outlet("The Straits Times", Style.OUTLET_UK, "straitstimes.example", List.of(
          "Get the latest news delivered to your inbox. Sign up for ST's free newsletters.",
          "Topics: World, Asia", "Join ST's Telegram channel and get the latest breaking news delivered to you.")),
      new Outlet("Yahoo News", Style.OUTLET_US, "news.yahoo.example", List.of(
          "Sign up for our daily newsletter", "What to read next", "Story continues below advertisement",
          "Click here to subscribe")),
      new Outlet("MSN News", Style.OUTLET_US, "msn.example", List.of(
          "Provided by", "More for You", "Continue reading", "Sponsored content")),
      new Outlet("The Daily Star", Style.OUTLET_UK, "thedailystar.example", List.of(
          "Get notified with breaking news. Allow notifications?", "Related News", "Copyright © The Daily Star.")),
      new Outlet("Manila Bulletin", Style.OUTLET_US, "mb.example", List.of(
          "Tags: Nation, World", "Get the latest news on your phone. Download our app.", "Please follow our community guidelines.")),
      new Outlet("Jakarta Globe", Style.OUTLET_US, "jakartaglobe.example", List.of(
          "Tags: Keyword", "Read More:", "Jakarta Globe on Google News")),
      new Outlet("Business Standard", Style.OUTLET_UK, "business-standard.example", List.of(
          "(Only the headline and picture of this report may have been reworked by the Business Standard staff; the rest of the content is auto-generated from a syndicated feed.)",
          "Subscribe to Business Standard Premium", "First Published:")),
      new Outlet("Wire Digest", Style.REUTERS_1987, "wiredigest.example", List.of(
          "(Wire Digest carries agency copy verbatim.)", "Distributed by Wire Digest")));

  /** Lines any web page may carry. */
  static final List<String> GENERIC_CHROME = List.of(
      "Advertisement", "Share this: Facebook Twitter Email", "Sign up for our newsletter",
      "Click here to get notifications", "Most read", "Related articles", "Skip to main content");

  private Sources() {}
}
