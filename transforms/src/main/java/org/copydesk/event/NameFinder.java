package org.copydesk.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.fingerprint.TextNormalizer;

/**
 * Finds the named entities of a story (people, places, organisations) as runs of capitalised words:
 * {@code US Secretary of State John Kerry}, {@code Paragon Holdings Inc}. Each run is tokenised
 * whole by {@link TextNormalizer}, so its tokens hash as the story's other words do ({@code U.S.}
 * and {@code US} are one token) and two agencies' {@code John Kerry} and {@code Kerry} share
 * {@code kerry}. A run yields one {@link Fact} per token, each displayed as the whole run.
 *
 * <ul>
 *   <li>The first word of a sentence (or of a quote, or after a colon) is capitalised anyway: it
 *       counts if the same token is capitalised inside a sentence elsewhere in the story (as
 *       {@code StoryDigest} does), or if it starts a run of names, is in the headline (which names
 *       the story's subject) and the story never writes it in lower case: a brief's company is
 *       often named only at the start of sentences.
 *   <li>A few lower-case particles join two capitalised words ({@code Bank of England}, {@code
 *       Ahmed bin Said}); punctuation between two words ends a run.
 *   <li>A run of at least {@value #MIN_ACRONYM} tokens also yields its initials, so that one
 *       agency's {@code LeT} or {@code WTI} meets another's {@code Lashkar-e-Taiba} or {@code West
 *       Texas Intermediate}. Most initials are never written ({@code usosjk}), so they rank after
 *       every fact read: never part of the subject, and in the keys only of a story short of
 *       other rare facts.
 *   <li>Month and weekday names are left out: they date the story, which is weighed on its own;
 *       so are currency codes ({@code USD}) and runs that qualify a currency ({@code U.S.
 *       dollars}, {@code Hong Kong dollars}), which are units.
 *   <li>A text in capitals or title case (fewer than a fifth of the words inside its sentences in
 *       lower case; prose has more than half) has no names by this rule, rather than every word a
 *       name.
 * </ul>
 *
 * <p>Not thread-safe (the normaliser reuses buffers).
 */
final class NameFinder {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{Nd}][\\p{L}\\p{M}\\p{Nd}'’.&-]*");
  private static final Pattern ACRONYM = Pattern.compile("(?:\\p{L}\\.)+");
  /** Between two words: an opening quote right before the second, or a colon. */
  private static final Pattern OPENS = Pattern.compile("[\"“«]$|:");
  private static final Set<String> PARTICLES = Set.of(
      "of", "de", "du", "da", "del", "der", "van", "von", "bin", "ibn", "al", "el", "la", "le");
  private static final Set<String> CALENDAR = new HashSet<>(NumberFinder.MONTHS);

  static {
    CALENDAR.addAll(
        Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"));
  }

  private static final double MIN_LOWER_CASE = 0.2;
  private static final int MIN_ACRONYM = 3;
  /** The sentence given to initials: after every fact read, since most are never written. */
  private static final int ACRONYMS_LAST = Integer.MAX_VALUE;

  private final TextNormalizer norm;

  NameFinder(TextNormalizer norm) {
    this.norm = norm;
  }

  /**
   * One word of a sentence: where it stands, whether it is capitalised anyway (first in its
   * sentence, or first after an opening quote or a colon) and, if capitalised, its canonical
   * tokens (only those can be names: the others are not tokenised twice).
   */
  private record Word(String text, int start, int end, boolean capitalised, boolean initial,
      List<String> tokens) {}

  /**
   * Names in order of appearance, one fact per token of each run (repeats included); {@code
   * headline} holds the canonical tokens of the story's headline.
   */
  List<Fact> find(List<String> sentences, Set<String> headline) {
    List<List<Word>> words = new ArrayList<>();
    Set<String> innerCaps = new HashSet<>();
    Set<String> lowerCase = new HashSet<>();
    int inner = 0;
    int innerCapitalised = 0;
    for (String s : sentences) {
      List<Word> ws = words(s);
      words.add(ws);
      for (Word w : ws) {
        if (!w.capitalised()) {
          lowerCase.add(w.text());
        }
        if (!w.initial()) {
          inner++;
          if (w.capitalised()) {
            innerCapitalised++;
            innerCaps.addAll(w.tokens());
          }
        }
      }
    }
    List<Fact> out = new ArrayList<>();
    if (inner - innerCapitalised < MIN_LOWER_CASE * inner) {
      return out;
    }
    for (int si = 0; si < sentences.size(); si++) {
      String s = sentences.get(si);
      List<Word> ws = words.get(si);
      int runStart = -1;
      int runEnd = -1;
      for (int k = 0; k < ws.size(); k++) {
        Word w = ws.get(k);
        boolean joined = runStart >= 0 && s.substring(ws.get(k - 1).end(), w.start()).isBlank();
        if (isName(w, innerCaps) || isInitialName(ws, k, innerCaps, lowerCase, headline)) {
          if (!joined) {
            emit(s, runStart, runEnd, si, out);
            runStart = w.start();
          }
          runEnd = w.end();
        } else if (!(joined && PARTICLES.contains(w.text()))) {
          if (!(joined && NumberFinder.CURRENCIES.contains(w.text().toLowerCase(Locale.ROOT)))) {
            emit(s, runStart, runEnd, si, out);
          }
          runStart = -1;
        }
      }
      emit(s, runStart, runEnd, si, out);
    }
    return out;
  }

  private static boolean isName(Word w, Set<String> innerCaps) {
    return w.capitalised()
        && !w.tokens().isEmpty()
        && (!w.initial() || innerCaps.containsAll(w.tokens()))
        && !CALENDAR.containsAll(w.tokens())
        && !NumberFinder.CURRENCIES.containsAll(w.tokens());
  }

  /**
   * A capitalised-anyway word that starts a run of names, is in the headline and is never written
   * in lower case: {@code Yorke} in {@code Yorke Energy Ltd said} under {@code Yorke bids for
   * Keystone}, but not {@code Asking} in {@code Asking Pakistan to}, nor {@code The} in {@code The
   * Paragon board}.
   */
  private static boolean isInitialName(List<Word> ws, int k, Set<String> innerCaps,
      Set<String> lowerCase, Set<String> headline) {
    Word w = ws.get(k);
    return w.capitalised()
        && headline.containsAll(w.tokens())
        && k + 1 < ws.size()
        && isName(ws.get(k + 1), innerCaps)
        && !ws.get(k + 1).initial()
        && !lowerCase.contains(w.text().toLowerCase(Locale.ROOT))
        && !CALENDAR.containsAll(w.tokens());
  }

  private void emit(String sentence, int from, int to, int si, List<Fact> out) {
    if (from < 0) {
      return;
    }
    String run = sentence.substring(from, to);
    String display = EventDigest.display(run);
    List<String> tokens = norm.tokens(run);
    StringBuilder initials = new StringBuilder();
    for (String t : tokens) {
      initials.append(t.charAt(0));
      if (t.length() >= 2 && !PARTICLES.contains(t) && !Character.isDigit(t.charAt(0))) {
        out.add(new Fact(EventDigest.word(t), display, si));
      }
    }
    if (initials.length() >= MIN_ACRONYM) {
      out.add(new Fact(EventDigest.word(initials.toString()), display, ACRONYMS_LAST));
    }
  }

  private List<Word> words(String s) {
    List<Word> out = new ArrayList<>();
    Matcher m = WORD.matcher(s);
    while (m.find()) {
      int end = m.end();
      if (!ACRONYM.matcher(m.group()).matches()) {
        while (end > m.start() + 1 && "'’.&-".indexOf(s.charAt(end - 1)) >= 0) {
          end--;
        }
        if (end - m.start() > 2 && (s.charAt(end - 2) == '\'' || s.charAt(end - 2) == '’')
            && s.charAt(end - 1) == 's') {
          end -= 2; // possessive
        }
      }
      String text = s.substring(m.start(), end);
      int previousEnd = out.isEmpty() ? 0 : out.get(out.size() - 1).end();
      boolean initial =
          out.isEmpty() || OPENS.matcher(s.substring(previousEnd, m.start())).find();
      boolean capitalised = Character.isUpperCase(text.charAt(0));
      out.add(new Word(text, m.start(), end, capitalised, initial,
          capitalised ? norm.tokens(text) : List.of()));
    }
    return out;
  }
}
