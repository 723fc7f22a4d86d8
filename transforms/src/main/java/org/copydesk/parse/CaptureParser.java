package org.copydesk.parse;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.copydesk.clean.ChromeResult;
import org.copydesk.clean.PageChrome;

/**
 * Parses a raw page capture (the text of a news page) into a {@link ParsedCapture}.
 *
 * <p>The page is read top-down: leading chrome (breadcrumbs, accessibility links) is skipped, then
 * the header is taken apart (a headline, a byline, a deck: any may be missing, and the byline may
 * come first), then the rest is cleaned of chrome and structured by {@link StoryText}.
 */
public final class CaptureParser {

  /** {@code By Arshad Mohammed}, {@code By Agencies in Islamabad | China Daily | Updated: …}. */
  private static final Pattern BYLINE = Pattern.compile("^(?:By|BY) \\p{Lu}.*$");

  /** {@code 2015-01-14 07:59}, optionally with seconds and a zone offset. */
  private static final Pattern TIMESTAMP =
      Pattern.compile(
          "(?<local>\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}(?::\\d{2})?)\\s*(?<offset>Z|[+-]\\d{2}:?\\d{2})?");

  /** A byline segment naming an outlet: capitalised words, no digits, not a label. */
  private static final Pattern OUTLET = Pattern.compile("^\\p{Lu}[\\p{L}&'’. -]{1,60}$");

  private static final Splitter BYLINE_PARTS = Splitter.on('|').trimResults().omitEmptyStrings();

  private CaptureParser() {}

  /**
   * Parses one capture.
   *
   * @throws IllegalArgumentException if the capture holds no story text (the caller dead-letters it)
   */
  public static ParsedCapture parse(String rawPageText) {
    List<String> lines = Paragraphs.split(rawPageText);
    List<String> chrome = new ArrayList<>();
    int i = 0;
    while (i < lines.size() && PageChrome.isChrome(lines.get(i))) {
      chrome.add(lines.get(i++));
    }

    String headline = null;
    String byline = null;
    String deck = null;
    if (i < lines.size() && isByline(lines.get(i))) {
      byline = lines.get(i++);
    } else if (isHeaderTitle(lines, i)) {
      headline = lines.get(i++);
      if (i < lines.size() && isByline(lines.get(i))) {
        byline = lines.get(i++);
      }
    }
    // A title line after the byline is the headline when the page put the byline first, else a deck.
    if (byline != null && isHeaderTitle(lines, i)) {
      if (headline == null) {
        headline = lines.get(i++);
      } else {
        deck = lines.get(i++);
      }
    }

    ChromeResult cleaned = PageChrome.strip(lines.subList(i, lines.size()));
    chrome.addAll(cleaned.removed());
    StoryText story = StoryText.fromParagraphs(cleaned.kept());
    if (story.paragraphs().isEmpty()) {
      throw new IllegalArgumentException("no story text in capture");
    }

    String outlet = byline == null ? null : outletOf(byline);
    return ParsedCapture.builder()
        .setHeadline(headline)
        .setByline(byline)
        .setDeck(deck)
        .setDateline(story.dateline())
        .setPublished(byline == null ? null : timestampOf(byline))
        .setSource(outlet != null ? outlet : story.source())
        .setCredits(story.credits())
        .setSubheads(story.subheads())
        .setParagraphs(story.paragraphs())
        .setChrome(ImmutableList.copyOf(chrome))
        .build();
  }

  private static boolean isByline(String line) {
    return line.length() < Lines.MAX_TITLE_CHARS
        && !Lines.endsSentence(line)
        && BYLINE.matcher(line).matches();
  }

  /** A headline or deck: a title-like line with story text after it that is not a credit. */
  private static boolean isHeaderTitle(List<String> lines, int i) {
    return i + 1 < lines.size()
        && Lines.isTitleLike(lines.get(i))
        && !Credits.isCredit(lines.get(i))
        && !PageChrome.isChrome(lines.get(i));
  }

  /** The first byline segment after the author that names an outlet ({@code China Daily}). */
  private static @Nullable String outletOf(String byline) {
    List<String> parts = BYLINE_PARTS.splitToList(byline);
    for (String part : parts.subList(1, parts.size())) {
      if (OUTLET.matcher(part).matches() && !part.contains(":")) {
        return part;
      }
    }
    return null;
  }

  private static @Nullable Instant timestampOf(String byline) {
    Matcher m = TIMESTAMP.matcher(byline);
    if (!m.find()) {
      return null;
    }
    LocalDateTime local = LocalDateTime.parse(m.group("local").replace(' ', 'T'));
    String offset = m.group("offset");
    // A page timestamp without a zone (China Daily's "Updated: 2015-01-14 07:59") is taken as UTC:
    // the page does not say which zone it means and the outlet's home zone would be a guess.
    ZoneOffset zone = offset == null ? ZoneOffset.UTC : ZoneOffset.of(offset);
    return OffsetDateTime.of(local, zone).toInstant();
  }
}
