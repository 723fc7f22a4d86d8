package org.copydesk.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A story being written: source, headline and paragraphs; rendered to the input contract. */
final class Article {
  String source;
  Style style;
  /** Mixed-case headline; upper-cased on output when {@link #upperHeadline}. */
  String headline;
  boolean upperHeadline;
  String headlinePrefix = "";
  List<String> paragraphs = new ArrayList<>();
  /** Length of the dateline at the start of paragraph 0 (0 when none). */
  int datelineLength;
  /** Set for hard-wrapped copies: the body as it is to be written. */
  String rawBody;
  String urlBase;

  Article copy() {
    Article a = new Article();
    a.source = source;
    a.style = style;
    a.headline = headline;
    a.upperHeadline = upperHeadline;
    a.headlinePrefix = headlinePrefix;
    a.paragraphs = new ArrayList<>(paragraphs);
    a.datelineLength = datelineLength;
    a.rawBody = rawBody;
    a.urlBase = urlBase;
    return a;
  }

  String renderedHeadline() {
    String h = upperHeadline ? headline.toUpperCase(Locale.ROOT) : headline;
    return headlinePrefix + h;
  }

  String body() {
    return rawBody != null ? rawBody : String.join("\n\n", paragraphs);
  }

  static int words(CharSequence s) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean w = !Character.isWhitespace(s.charAt(i));
      if (w && !in) {
        n++;
      }
      in = w;
    }
    return n;
  }
}
