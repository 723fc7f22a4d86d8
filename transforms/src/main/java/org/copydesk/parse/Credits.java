package org.copydesk.parse;

import com.google.common.collect.ImmutableMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.copydesk.story.Story;

/**
 * Credit lines of a story: agency tags ({@code PTI}, {@code AFP - AP - Xinhua}), Reuters-style
 * parenthesised staff credits and "with reporting by" lines. Only whole lines are matched; callers
 * apply them to the end of a story, where credits stand.
 */
public final class Credits {

  /** Agency spellings as they appear in tags, datelines and credit lines, mapped to their usual name. */
  private static final Map<String, String> AGENCIES =
      ImmutableMap.<String, String>builder()
          .put("afp", "AFP")
          .put("agence france-presse", "AFP")
          .put("ap", "AP")
          .put("associated press", "AP")
          .put("reuters", "Reuters")
          .put("xinhua", "Xinhua")
          .put("pti", "PTI")
          .put("press trust of india", "PTI")
          .put("ians", "IANS")
          .put("ani", "ANI")
          .put("uni", "UNI")
          .put("dpa", "dpa")
          .put("upi", "UPI")
          .put("efe", "EFE")
          .put("ansa", "ANSA")
          .put("kyodo", "Kyodo")
          .put("yonhap", "Yonhap")
          .put("tass", "TASS")
          .put("aap", "AAP")
          .put("bernama", "Bernama")
          .put("anadolu", "Anadolu")
          .put("interfax", "Interfax")
          .put("bloomberg", "Bloomberg")
          .put("canadian press", "Canadian Press")
          .buildOrThrow();

  private static final Pattern PARENTHESISED = Pattern.compile("\\(([^()]{2,40})\\)");

  private static final String AGENCY =
      AGENCIES.keySet().stream().collect(Collectors.joining("|", "(?:", ")"));

  /** A line made only of agency names: {@code PTI}, {@code AFP - AP - Xinhua}, {@code (Reuters)}. */
  private static final Pattern AGENCY_TAG =
      Pattern.compile(
          "^[-–—(\\[]*\\s*(" + AGENCY + ")((?:\\s*(?:[-–—/,|&]|and)\\s*" + AGENCY + ")*)\\s*[)\\]]?$",
          Pattern.CASE_INSENSITIVE);

  /** {@code (Writing by …; additional reporting by …; Editing by …)}. */
  private static final Pattern STAFF_CREDIT =
      Pattern.compile(
          "^\\((?:additional )?(?:writing|reporting|editing|compiled|written|research)\\b[^()]*\\bby\\b[^()]*\\)$",
          Pattern.CASE_INSENSITIVE);

  /** {@code With reporting by Reuters, AP, AFP, and dpa}, {@code Additional reporting by …}. */
  private static final Pattern REPORTING_CREDIT =
      Pattern.compile(
          "^(?:with |additional |with additional )?reporting (?:by|from) [^.]{1,150}\\.?$",
          Pattern.CASE_INSENSITIVE);

  /** Reuters signs its stories with the editor in the parenthesised staff credit. */
  private static final Pattern REUTERS_EDITING = Pattern.compile("\\bediting by\\b", Pattern.CASE_INSENSITIVE);

  private Credits() {}

  /** True if the whole line is a credit line. */
  public static boolean isCredit(String line) {
    String t = Lines.normalizeSpace(line);
    return AGENCY_TAG.matcher(t).matches()
        || STAFF_CREDIT.matcher(t).matches()
        || REPORTING_CREDIT.matcher(t).matches();
  }

  /**
   * The agency a credit line names unambiguously: a tag of exactly one agency, or Reuters for its
   * {@code (… Editing by …)} credit. Null when the line names several agencies or none.
   */
  public static @Nullable String sourceOf(String line) {
    String t = Lines.normalizeSpace(line);
    Matcher tag = AGENCY_TAG.matcher(t);
    if (tag.matches()) {
      return tag.group(2).isEmpty() ? AGENCIES.get(tag.group(1).toLowerCase(Locale.ROOT)) : null;
    }
    if (STAFF_CREDIT.matcher(t).matches() && REUTERS_EDITING.matcher(t).find()) {
      return "Reuters";
    }
    return null;
  }

  /**
   * The agency whose wire a story's text came from: the one its dateline or credit lines name (a
   * republication says where its text came from), else its source if that is an agency. Null when
   * nothing names an agency, or the text names several.
   */
  public static @Nullable String wireAgency(Story story) {
    Set<String> named = new HashSet<>();
    if (story.getDateline() != null) {
      Matcher parenthesised = PARENTHESISED.matcher(story.getDateline());
      while (parenthesised.find()) {
        String agency = agencyNamed(parenthesised.group(1));
        if (agency != null) {
          named.add(agency);
        }
      }
    }
    for (String credit : story.getCredits()) {
      String agency = sourceOf(credit);
      if (agency != null) {
        named.add(agency);
      }
    }
    if (!named.isEmpty()) {
      return named.size() == 1 ? named.iterator().next() : null;
    }
    return story.getSource() == null ? null : agencyNamed(story.getSource());
  }

  /** The usual name of an agency written as {@code name} (e.g. in a dateline's parentheses), or null. */
  public static @Nullable String agencyNamed(String name) {
    return AGENCIES.get(Lines.normalizeSpace(name).toLowerCase(Locale.ROOT));
  }
}
