package org.copydesk.facts;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Names of people, places and organisations: runs of capitalised words ({@code Sartaj Aziz},
 * {@code North Waziristan}, {@code Lashkar-e-Taiba}, {@code U.S.}), joined by {@code of}, {@code
 * al}, {@code bin}, … between capitals.
 *
 * <p>Capitals prove nothing where they are forced: at the start of a sentence or of a quote, and
 * everywhere in a title-case headline. There a word counts only if the same story also capitalises
 * it where capitals are free (the rule {@link org.copydesk.verify.StoryDigest} uses for its name
 * tokens), so {@code Speaking}, {@code Many} and {@code Urges} are not names but a sentence-initial
 * {@code Kerry} is. Titles are dropped, with their {@code of …} complement ({@code US Secretary of
 * State John Kerry} → {@code John Kerry}), so that versions that title a person differently name
 * the same person. Month and weekday names are dates, not names.
 *
 * <p>A name's {@link Fact#normalized()} is its key: the canonical tokens run together ({@code
 * Lashkar-e Taiba} and {@code Lashkar-e-Taiba} → {@code lashkaretaiba}; {@code U.S.} and {@code
 * United States} → {@code us}).
 */
final class NameFinder {

  private static final Set<String> CONNECTORS =
      ImmutableSet.of(
          "of", "al", "bin", "de", "del", "della", "der", "van", "von", "da", "du", "la", "le",
          "el");

  /** Words that stand before a name as its title, not as part of it. */
  private static final Set<String> TITLES =
      ImmutableSet.of(
          "secretary", "minister", "president", "vice", "prime", "chief", "adviser", "advisor",
          "ambassador", "senator", "sen", "governor", "gov", "general", "gen", "mr", "mrs", "ms",
          "dr", "prof", "spokesman", "spokeswoman", "spokesperson", "king", "queen", "prince",
          "princess", "pope", "chancellor", "premier", "colonel", "col", "captain", "capt",
          "commander", "lieutenant", "lt", "sergeant", "sgt", "judge", "justice", "mayor",
          "foreign", "affairs", "interior", "defence", "defense", "finance", "army", "deputy",
          "envoy", "director", "chairman", "rep", "representative");

  /** Capitalised function words: never part of a name, wherever they stand. */
  private static final Set<String> FUNCTION_WORDS =
      ImmutableSet.of(
          "the", "a", "an", "but", "and", "or", "in", "on", "at", "of", "for", "to", "by", "with",
          "from", "as", "if", "it", "its", "he", "she", "we", "they", "i", "this", "that", "these",
          "those", "there", "his", "her", "their", "our", "my", "you", "your", "when", "while",
          "after", "before", "since", "so", "not", "no", "yes", "all", "some", "both");

  /** Symbols after which the next word is capitalised whatever it is. */
  private static final Set<String> OPENERS =
      ImmutableSet.of("\"", "“", "‘", "'", "(", "[", ":", "-", "–", "—");

  private final Set<String> freeCapitals = new HashSet<>();

  /** Learns which words the story capitalises where capitals are free. */
  NameFinder(List<Sentence> story) {
    for (Sentence s : story) {
      for (int i = 0; i < s.size(); i++) {
        Token t = s.token(i);
        if (t.isCapitalised() && !forced(s, i)) {
          freeCapitals.add(bare(t));
        }
      }
    }
  }

  void find(Sentence s) {
    int i = 0;
    while (i < s.size()) {
      if (!isNameWord(s, i)) {
        i++;
        continue;
      }
      List<Integer> run = new ArrayList<>();
      int j = i;
      while (j < s.size()) {
        if (isNameWord(s, j)) {
          run.add(j);
          if (isPossessive(s.token(j))) {
            j++;
            break;
          }
          j++;
        } else if (j + 1 < s.size()
            && CONNECTORS.contains(s.token(j).text)
            && isNameWord(s, j + 1)) {
          run.add(j);
          j++;
        } else {
          break;
        }
      }
      emit(s, withoutTitle(s, run));
      i = j;
    }
  }

  /** The run after its last title word and that title's {@code of …} complement. */
  private static List<Integer> withoutTitle(Sentence s, List<Integer> run) {
    int start = 0;
    for (int k = 0; k < run.size(); k++) {
      if (TITLES.contains(bare(s.token(run.get(k))))) {
        start = k + 1;
        if (start + 1 < run.size() && s.token(run.get(start)).text.equals("of")) {
          start += 2; // Secretary of State
        }
      }
    }
    List<Integer> name = new ArrayList<>(run.subList(Math.min(start, run.size()), run.size()));
    while (!name.isEmpty() && !s.token(name.get(name.size() - 1)).isCapitalised()) {
      name.remove(name.size() - 1); // a connector cannot end a name
    }
    return name;
  }

  private static void emit(Sentence s, List<Integer> name) {
    if (name.isEmpty()) {
      return;
    }
    int from = name.get(0);
    int to = name.get(name.size() - 1) + 1;
    String written = s.span(from, to);
    Token last = s.token(to - 1);
    if (isPossessive(last)) {
      written = written.substring(0, written.length() - 2);
    }
    String key = String.join("", ContextTerms.tokens(written));
    if (!key.isEmpty()) {
      s.add(FactKind.NAME, written, from, to, to, key, null, "", "");
    }
  }

  private boolean isNameWord(Sentence s, int i) {
    Token t = s.token(i);
    if (!t.isCapitalised() || s.isClaimed(i) || t.text.length() < 2) {
      return false;
    }
    String w = bare(t);
    if (FUNCTION_WORDS.contains(w) || DateFinder.isCalendarWord(w)) {
      return false;
    }
    return !forced(s, i) || freeCapitals.contains(w);
  }

  /** True where any word would be capitalised: sentence or quote start, title-case headline. */
  private static boolean forced(Sentence s, int i) {
    if (s.titleCase) {
      return true;
    }
    for (int k = i - 1; k >= 0; k--) {
      if (s.token(k).type != Token.Type.SYMBOL) {
        return OPENERS.contains(s.token(i - 1).text);
      }
    }
    return true;
  }

  private static boolean isPossessive(Token t) {
    return t.text.endsWith("'s") || t.text.endsWith("’s");
  }

  /** Lower case, possessive dropped. */
  private static String bare(Token t) {
    String w = t.lower();
    return isPossessive(t) ? w.substring(0, w.length() - 2) : w;
  }
}
