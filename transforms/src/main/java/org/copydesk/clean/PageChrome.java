package org.copydesk.clean;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.copydesk.parse.Credits;
import org.copydesk.parse.Lines;

/**
 * Page chrome in one document: navigation, prompts, player text, link lists, legal disclaimers.
 *
 * <p>Every rule is either a whole-line pattern of text no reporter writes as a sentence
 * ({@link #isChrome}) or positional: the title line right above a media player, runs of link-list
 * items, and the trailing block after the story's last sentence or credit, where related links and
 * disclaimers sit. Disclaimer wording can occur in news ("X has been declared an undesirable
 * organization"), so those patterns apply only in that trailing block.
 */
public final class PageChrome {

  private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /** Whole-line patterns that are chrome wherever they stand. */
  private static final List<Pattern> CHROME =
      ImmutableList.of(
          // separators and bullets: no letters or digits at all
          Pattern.compile("^[^\\p{L}\\p{N}]*$"),
          // breadcrumbs: "Home / China / World", "News › World"
          Pattern.compile("^(?:home|news)(?:\\s*[/>›»|]\\s*[\\p{L}\\p{N}&'’. -]{1,40}){1,6}$", CI),
          Pattern.compile("^[\\p{L}\\p{N}&'’. -]{1,40}(?:\\s*[›»]\\s*[\\p{L}\\p{N}&'’. -]{1,40}){1,6}$"),
          // navigation and section labels
          Pattern.compile(
              "^(?:accessibility links|skip to (?:main )?content|skip navigation|main menu|menu|search"
                  + "|breaking news|latest news|top stories|trending(?: now)?|most (?:read|popular|viewed)"
                  + "|editor[s'’]{1,2} picks?|editor[s'’]{1,2} choice|related|related (?:articles|stories|news|content|coverage|topics|links)"
                  + "|more (?:from|on) [\\p{L} .'’-]{1,40}|you (?:may|might) also like|also read|recommended(?: for you)?"
                  + "|advertisement|advertisements|sponsored(?: content)?|comments?|print|e-?mail)[:.]?$",
              CI),
          // "Read more", "READ MORE: <headline>"
          Pattern.compile("^read more(?:\\s*(?:\\.{3}|…)|\\s*[:»>›-].{0,150})?$", CI),
          // share and follow prompts
          Pattern.compile("^share(?: this(?: article| story| page)?| on [\\p{L} ]{1,30}| via [\\p{L} ]{1,30})?[:.!]?$", CI),
          Pattern.compile("^follow us on [\\p{L}\\p{N} ,&@/._-]{1,80}$", CI),
          // notification, sign-up and cookie prompts
          Pattern.compile("^click (?:it|here) and (?:unblock|allow|enable) (?:the )?notifications?[.!]?$", CI),
          Pattern.compile("^(?:allow|enable|turn on) (?:push )?notifications?\\b.{0,60}$", CI),
          Pattern.compile("^(?:to [\\p{L} ]{1,40},\\s*)?click here(?: to [\\p{L} ]{1,40})?[.!]?$", CI),
          Pattern.compile(
              "^(?:subscribe|sign up|register)(?: now| today| for free)?(?: (?:to|for) (?:our |the |free )?[\\p{L} ]{0,40}"
                  + "(?:newsletters?|alerts?|updates|channel|briefing))?[.!]?$",
              CI),
          Pattern.compile(
              "^(?:we use cookies|this (?:web)?site uses cookies|accept (?:all )?cookies|cookie (?:settings|policy|preferences))\\b.{0,300}$",
              CI),
          // media player text
          Pattern.compile("^(?:please wait|loading)(?:\\.{3}|…)?$", CI),
          Pattern.compile("^no media source currently available$", CI),
          Pattern.compile("^(?:\\d{1,2}:\\d{2}(?::\\d{2})?\\s*)+$"),
          Pattern.compile("^(?:WATCH|VIDEO|LISTEN|AUDIO|Watch|Video|Listen|Audio):\\s.+$"));

  /** Player lines above which the video's title line stands. */
  private static final List<Pattern> MEDIA =
      ImmutableList.of(
          Pattern.compile("^(?:please wait|loading)(?:\\.{3}|…)?$", CI),
          Pattern.compile("^no media source currently available$", CI));

  /** Disclaimers and legal lines, chrome only in the trailing block. */
  private static final List<Pattern> TRAILING =
      ImmutableList.of(
          Pattern.compile(
              "^.{1,60} (?:has|have) been (?:declared|designated|labell?ed) (?:an? )?[\"“]?(?:undesirable|foreign agent|extremist)\\b.{0,200}$",
              CI),
          Pattern.compile("^if you are in\\b.{0,400}\\b(?:please note|you could face|you may face)\\b.{0,400}$", CI),
          Pattern.compile("^(?:©|\\(c\\)|copyright\\b).{0,150}$", CI),
          Pattern.compile("^all rights reserved\\.?$", CI));

  /** A link-list item: a headline followed by a dangling separator. */
  private static final Pattern LINK_ITEM = Pattern.compile("^.{3,199} [-|]$");

  /** Fewer unpunctuated trailing lines than this could be the story's own last lines. */
  private static final int MIN_TRAILING_LINKS = 3;

  private PageChrome() {}

  /** True if the whole line is chrome wherever it stands. */
  public static boolean isChrome(String line) {
    String t = Lines.normalizeSpace(line);
    return CHROME.stream().anyMatch(p -> p.matcher(t).matches());
  }

  /** Splits one document's paragraphs into kept text and removed chrome, order preserved. */
  public static ChromeResult strip(List<String> paragraphs) {
    int n = paragraphs.size();
    boolean[] chrome = new boolean[n];
    markTrailingBlock(paragraphs, chrome);
    for (int i = 0; i < n; i++) {
      String p = paragraphs.get(i);
      if (isChrome(p)
          || (i + 1 < n && Lines.isTitleLike(p) && matchesAny(MEDIA, paragraphs.get(i + 1)))
          || (isLinkItem(p) && ((i > 0 && isLinkItem(paragraphs.get(i - 1))) || (i + 1 < n && isLinkItem(paragraphs.get(i + 1)))))) {
        chrome[i] = true;
      }
    }
    List<String> kept = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      (chrome[i] ? removed : kept).add(paragraphs.get(i));
    }
    return ChromeResult.of(kept, removed);
  }

  /**
   * Walks back from the end over chrome, disclaimers and unpunctuated lines until the story's last
   * sentence or credit. The unpunctuated lines are a related-links block when there are enough of
   * them; disclaimers there are always chrome.
   */
  private static void markTrailingBlock(List<String> paragraphs, boolean[] chrome) {
    int start = paragraphs.size();
    int titles = 0;
    while (start > 0) {
      String p = Lines.normalizeSpace(paragraphs.get(start - 1));
      if (Credits.isCredit(p)) {
        break;
      }
      if (isChrome(p) || matchesAny(TRAILING, p)) {
        start--;
      } else if (Lines.isTitleLike(p) || isLinkItem(p)) {
        titles++;
        start--;
      } else {
        break;
      }
    }
    for (int i = start; i < paragraphs.size(); i++) {
      String p = Lines.normalizeSpace(paragraphs.get(i));
      chrome[i] = titles >= MIN_TRAILING_LINKS || isChrome(p) || matchesAny(TRAILING, p);
    }
  }

  private static boolean isLinkItem(String line) {
    String t = Lines.normalizeSpace(line);
    // what LINK_ITEM needs, checked first: its backtracking over long paragraphs was costly
    return t.length() >= 5
        && t.length() <= 201
        && (t.endsWith(" -") || t.endsWith(" |"))
        && LINK_ITEM.matcher(t).matches();
  }

  private static boolean matchesAny(List<Pattern> patterns, String line) {
    String t = Lines.normalizeSpace(line);
    return patterns.stream().anyMatch(p -> p.matcher(t).matches());
  }
}
