package org.copydesk.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The same fact said twice in one story is one fact: same kind, value, unit and state ({@code
 * seven militants} in the body and {@code 7 militants hanged} in a sub-headline; {@code Kerry}
 * in every paragraph). A surname alone is the full name the story gives once ({@code Aziz} →
 * {@code Sartaj Aziz}) when exactly one full name ends with it.
 *
 * <p>The fact kept is the first mention (for a name, the first full mention); it describes what
 * all mentions describe (the union of their contexts), which is what another version's single
 * mention will be compared with.
 */
final class Repeats {

  private Repeats() {}

  static List<Fact> collapse(List<Fact> facts) {
    Map<String, String> fullNames = fullNames(facts);
    Map<String, List<Fact>> groups = new LinkedHashMap<>();
    for (Fact f : facts) {
      String value = f.kind() == FactKind.NAME
          ? fullNames.getOrDefault(f.normalized(), f.normalized())
          : f.normalized();
      String key = String.join("\u0000", f.kind().name(), value, f.descriptor().unit(),
          f.descriptor().state());
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
    }
    List<Fact> out = new ArrayList<>();
    for (List<Fact> mentions : groups.values()) {
      Fact kept = mentions.get(0);
      for (Fact f : mentions) {
        if (f.kind() == FactKind.NAME && !fullNames.containsKey(f.normalized())) {
          kept = f;
          break;
        }
      }
      for (Fact f : mentions) {
        if (f != kept) {
          kept = kept.withContextOf(f);
        }
      }
      out.add(kept);
    }
    return out;
  }

  /** Surname key → full name key, for surnames ending exactly one multi-word name of the story. */
  private static Map<String, String> fullNames(List<Fact> facts) {
    Map<String, String> full = new HashMap<>();
    Map<String, Integer> count = new HashMap<>();
    for (Fact f : facts) {
      if (f.kind() != FactKind.NAME) {
        continue;
      }
      List<String> words = ContextTerms.tokens(f.text());
      if (words.size() > 1 && !f.normalized().equals(full.get(words.get(words.size() - 1)))) {
        String surname = words.get(words.size() - 1);
        full.put(surname, f.normalized());
        count.merge(surname, 1, Integer::sum);
      }
    }
    full.keySet().removeIf(s -> count.get(s) > 1);
    return full;
  }
}
