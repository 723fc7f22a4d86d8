package org.copydesk.facts;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Map;
import java.util.Set;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The words that make a figure a count of people, and what happened to them. Small closed lists
 * on purpose: wire copy reports tolls in a few stock phrases, and an open-ended guess (every
 * plural noun is people) would turn {@code six decades} into a toll.
 */
final class People {

  /** How many words on either side of a figure are searched for what happened to the people. */
  static final int WINDOW = 4;

  /** Non-combatants: may be the same people in different versions (children, students). */
  private static final Set<String> CIVILIANS =
      ImmutableSet.of(
          "people", "persons", "person", "children", "child", "students", "schoolboys",
          "schoolgirls", "schoolchildren", "pupils", "boys", "girls", "women", "men", "civilians",
          "victims", "residents", "villagers", "passengers", "worshippers", "pilgrims",
          "tourists", "workers", "migrants", "refugees", "protesters", "demonstrators",
          "journalists", "patients", "families", "teachers", "staff", "inhabitants");

  /** Armed people: a count of these is a different fact from a count of their victims. */
  private static final Set<String> COMBATANTS =
      ImmutableSet.of(
          "militants", "soldiers", "troops", "policemen", "police", "officers", "fighters",
          "insurgents", "rebels", "gunmen", "attackers", "terrorists", "personnel", "guards",
          "jihadists", "combatants", "servicemen", "marines", "commandos");

  /** Words for what happened to people, mapped to one state each. */
  private static final Map<String, String> STATES;

  static {
    ImmutableMap.Builder<String, String> b = ImmutableMap.builder();
    for (String w :
        new String[] {
          "dead", "killed", "kill", "kills", "killing", "died", "die", "dies", "death", "deaths",
          "dying", "massacre", "massacred", "executed", "hanged", "slain", "murdered", "lives",
          "fatalities", "bodies", "toll"
        }) {
      b.put(w, "dead");
    }
    for (String w :
        new String[] {"injured", "wounded", "hurt", "injuring", "wounding", "injuries"}) {
      b.put(w, "injured");
    }
    for (String w :
        new String[] {
          "displaced", "fled", "flee", "fleeing", "homeless", "evacuated", "uprooted"
        }) {
      b.put(w, "displaced");
    }
    b.put("missing", "missing");
    for (String w :
        new String[] {
          "arrested", "detained", "captured", "kidnapped", "abducted", "hostage", "hostages",
          "jailed", "imprisoned"
        }) {
      b.put(w, "detained");
    }
    STATES = b.buildOrThrow();
  }

  private People() {}

  /** True if the word counts people. */
  static boolean isPeople(String word) {
    return CIVILIANS.contains(word) || COMBATANTS.contains(word);
  }

  /** True if two words for people name the same group: both civilians or both combatants. */
  static boolean sameGroup(String a, String b) {
    return isPeople(a) && isPeople(b) && CIVILIANS.contains(a) == CIVILIANS.contains(b);
  }

  /** The state a word reports ({@code killed} → {@code dead}), or null. */
  static @Nullable String state(String word) {
    return STATES.get(word);
  }

  /** True if the word is plural (or a count noun that counts without an s, like {@code people}). */
  static boolean looksPlural(String word) {
    return isPeople(word)
        || STATES.containsKey(word)
        || (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss"));
  }
}
