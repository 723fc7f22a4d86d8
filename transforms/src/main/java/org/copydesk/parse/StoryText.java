package org.copydesk.parse;

import com.google.auto.value.AutoValue;
import com.google.common.collect.ImmutableList;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The structure of a story body, for raw captures and JSON stories alike: the dateline at the start
 * of the first paragraph, the credit lines at the end, in-body sub-headlines, the agency those
 * credits name, and the remaining story paragraphs.
 */
@AutoValue
public abstract class StoryText {

  private static final String MONTH =
      "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
  private static final String DATE = MONTH + " \\d{1,2}(?:, \\d{4})?";
  /** {@code ISLAMABAD}, {@code NEW DELHI}: upper case, up to four words. */
  private static final String CAPS_PLACE = "\\p{Lu}[\\p{Lu}.'’-]+(?: \\p{Lu}[\\p{Lu}.'’-]+){0,3}";
  /** {@code Islamabad}, {@code New Delhi}: title case, up to four words. */
  private static final String TITLE_PLACE = "\\p{Lu}[\\p{Ll}.'’-]+(?: \\p{Lu}[\\p{Ll}.'’-]+){0,3}";
  private static final String AGENCY = "(?: \\((?<agency>[^()]{2,30})\\))?";
  private static final String SEPARATOR = "\\s*[-–—:]+\\s+(?=\\S)";

  /**
   * Dateline forms, tried in order: {@code ISLAMABAD - }, {@code ISLAMABAD, Jan 12 (Reuters) - };
   * {@code ISLAMABAD Jan 12 } (a date makes the separator unnecessary); {@code Islamabad, Jan 13: }
   * (title case needs the date and the separator, or any sentence would match).
   */
  private static final List<Pattern> DATELINES =
      ImmutableList.of(
          Pattern.compile("^(?<dateline>" + CAPS_PLACE + "(?:,? " + DATE + ")?" + AGENCY + ")"
              + SEPARATOR),
          Pattern.compile("^(?<dateline>" + CAPS_PLACE + ",? " + DATE + AGENCY + ")\\s+(?=\\S)"),
          Pattern.compile("^(?<dateline>" + TITLE_PLACE + ", " + DATE + AGENCY + ")" + SEPARATOR));

  /** A parenthesised credit split over paragraphs is looked for this far back. */
  private static final int MAX_CREDIT_PARTS = 4;

  /** Sub-headlines are a few words; longer unpunctuated paragraphs are prose missing a period. */
  private static final int MAX_SUBHEAD_CHARS = 60;
  private static final int MAX_SUBHEAD_WORDS = 8;
  private static final Pattern SUBHEAD_START = Pattern.compile("^[\"'“‘]?[\\p{Lu}\\p{Nd}]");

  /** The dateline as printed, with the agency it credits: {@code NEW DELHI, Jan 13 (Reuters)}. */
  public abstract @Nullable String dateline();

  /** Credit lines, in story order. */
  public abstract ImmutableList<String> credits();

  /** In-body sub-headlines, in story order; not part of {@link #paragraphs()}. */
  public abstract ImmutableList<String> subheads();

  /** The agency named unambiguously by the credits or the dateline, else null (never guessed). */
  public abstract @Nullable String source();

  /** The story paragraphs: without the dateline prefix, credits and sub-headlines. */
  public abstract ImmutableList<String> paragraphs();

  public static StoryText fromParagraphs(List<String> paragraphs) {
    List<String> body = new ArrayList<>();
    for (String p : paragraphs) {
      String t = Lines.normalizeSpace(p);
      if (!t.isEmpty()) {
        body.add(t);
      }
    }
    Deque<String> credits = trailingCredits(body);

    Set<String> sources = new HashSet<>();
    for (String credit : credits) {
      String source = Credits.sourceOf(credit);
      if (source != null) {
        sources.add(source);
      }
    }

    String dateline = null;
    if (!body.isEmpty()) {
      for (Pattern pattern : DATELINES) {
        Matcher m = pattern.matcher(body.get(0));
        if (m.find()) {
          dateline = m.group("dateline");
          String agency = m.group("agency");
          if (agency != null && Credits.agencyNamed(agency) != null) {
            sources.add(Credits.agencyNamed(agency));
          }
          body.set(0, body.get(0).substring(m.end()));
          break;
        }
      }
    }

    List<String> subheads = new ArrayList<>();
    List<String> story = new ArrayList<>();
    for (int i = 0; i < body.size(); i++) {
      // A sub-headline introduces what follows it, so never the first or the last paragraph.
      if (i > 0 && i + 1 < body.size() && isSubhead(body.get(i))) {
        subheads.add(body.get(i));
      } else {
        story.add(body.get(i));
      }
    }

    return new AutoValue_StoryText(
        dateline,
        ImmutableList.copyOf(credits),
        ImmutableList.copyOf(subheads),
        sources.size() == 1 ? sources.iterator().next() : null,
        ImmutableList.copyOf(story));
  }

  /** Removes the credit lines at the end of {@code body} and returns them in order. */
  private static Deque<String> trailingCredits(List<String> body) {
    Deque<String> credits = new ArrayDeque<>();
    while (!body.isEmpty()) {
      int last = body.size() - 1;
      if (Credits.isCredit(body.get(last))) {
        credits.addFirst(body.remove(last));
        continue;
      }
      int start = splitCreditStart(body);
      if (start < 0) {
        break;
      }
      List<String> parts = body.subList(start, body.size());
      credits.addFirst(String.join(" ", parts));
      parts.clear();
    }
    return credits;
  }

  /**
   * Where a parenthesised credit that was split over several paragraphs ({@code (Writing by …;} /
   * {@code Editing by …)}) starts, or -1.
   */
  private static int splitCreditStart(List<String> body) {
    int last = body.size() - 1;
    if (!body.get(last).endsWith(")")) {
      return -1;
    }
    for (int start = last - 1; start >= Math.max(0, last - MAX_CREDIT_PARTS + 1); start--) {
      String first = body.get(start);
      if (first.startsWith("(") && first.indexOf(')') < 0) {
        boolean credit = Credits.isCredit(String.join(" ", body.subList(start, body.size())));
        return credit ? start : -1;
      }
    }
    return -1;
  }

  private static boolean isSubhead(String paragraph) {
    return paragraph.length() <= MAX_SUBHEAD_CHARS
        && Lines.wordCount(paragraph) <= MAX_SUBHEAD_WORDS
        && Lines.isTitleLike(paragraph)
        && SUBHEAD_START.matcher(paragraph).find();
  }
}
