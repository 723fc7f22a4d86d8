package org.copydesk.consolidate;

import com.google.auto.value.AutoValue;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.copydesk.parse.Credits;
import org.copydesk.story.Story;

/**
 * Chooses the member that stands for a cluster, by rules tried in order; the first rule that
 * separates the chosen member from the runner-up is the stated reason. Because the order is total
 * and ends with the id, the choice never depends on arrival order, and a new member takes over only
 * by winning one of these rules, which its reason then names.
 *
 * <p>For a copy cluster (one text): a preferred source ({@code --preferredSources}), then the
 * original over republications (a story whose credit line names a news agency other than its own
 * source, such as China Daily's {@code AFP - AP - Xinhua}, is a republication), then the earliest
 * published (undated last), then the most complete (longest body), then the id.
 *
 * <p>For a story cluster (independently written versions), among the copy clusters' canonicals: a
 * preferred source, then the most central (sharing the most reported facts with the other
 * versions), then the most republished (largest copy cluster), then the most complete, the
 * earliest, the id.
 */
@AutoValue
public abstract class CanonicalPolicy implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final Pattern WORDS = Pattern.compile("[^\\p{L}\\p{N}-]+");

  /** Sources to prefer, lower-cased, most preferred first. */
  public abstract List<String> preferredSources();

  public static CanonicalPolicy defaults() {
    return preferring(List.of());
  }

  /** Prefers members from {@code sources} (matched ignoring case), earlier ones first. */
  public static CanonicalPolicy preferring(List<String> sources) {
    return new AutoValue_CanonicalPolicy(
        sources.stream().map(s -> s.trim().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty())
            .toList());
  }

  /** The chosen member and the sentence that says why. */
  public record Choice(Story chosen, String reason) {}

  /** The canonical of one copy cluster. */
  public Choice chooseCopy(List<Story> members) {
    List<Rule> rules = List.of(preferredSource(), original(), earliest(), mostComplete(), byId());
    return choose(members, rules);
  }

  /**
   * The canonical of a story cluster among its copy clusters' canonicals; {@code sharedFacts}
   * counts, per story id, the facts it reports that another version reports too, and {@code
   * copies} the size of its copy cluster.
   */
  public Choice chooseStory(List<Story> copyCanonicals, Map<String, Integer> sharedFacts,
      Map<String, Integer> copies) {
    List<Rule> rules = List.of(
        preferredSource(),
        new Rule(Comparator.comparingInt((Story s) -> -sharedFacts.getOrDefault(s.getId(), 0)),
            (chosen, n) -> "the most central of " + n + " versions: it shares "
                + sharedFacts.getOrDefault(chosen.getId(), 0) + " reported facts with the others"),
        new Rule(Comparator.comparingInt((Story s) -> -copies.getOrDefault(s.getId(), 1)),
            (chosen, n) -> "the most republished of " + n + " versions ("
                + copies.getOrDefault(chosen.getId(), 1) + " copies)"),
        mostComplete(), earliest(), byId());
    return choose(copyCanonicals, rules);
  }

  private static Choice choose(List<Story> members, List<Rule> rules) {
    Comparator<Story> order = rules.get(0).order;
    for (Rule rule : rules.subList(1, rules.size())) {
      order = order.thenComparing(rule.order);
    }
    List<Story> ranked = new ArrayList<>(members);
    ranked.sort(order);
    Story chosen = ranked.get(0);
    if (ranked.size() == 1) {
      return new Choice(chosen, "only version");
    }
    Story runnerUp = ranked.get(1);
    for (Rule rule : rules) {
      if (rule.order.compare(chosen, runnerUp) < 0) {
        return new Choice(chosen, rule.reason.apply(chosen, ranked.size()));
      }
    }
    throw new IllegalStateException("two members with the same id: " + chosen.getId());
  }

  private Rule preferredSource() {
    Function<Story, Integer> rank = s -> {
      int i = s.getSource() == null ? -1
          : preferredSources().indexOf(s.getSource().toLowerCase(Locale.ROOT));
      return i < 0 ? Integer.MAX_VALUE : i;
    };
    return new Rule(Comparator.comparing(rank),
        (chosen, n) -> "from a preferred source (" + chosen.getSource() + ") among " + n
            + " versions");
  }

  private static Rule original() {
    return new Rule(Comparator.comparing((Story s) -> creditedAgency(s) != null),
        (chosen, n) -> "the original of " + n + " versions: the others credit another agency");
  }

  private static Rule earliest() {
    return new Rule(
        Comparator.comparingLong(
            (Story s) -> s.getPublishedMillis() == null ? Long.MAX_VALUE : s.getPublishedMillis()),
        (chosen, n) -> "the earliest published of " + n + " versions ("
            + Instant.ofEpochMilli(chosen.getPublishedMillis()) + ")");
  }

  private static Rule mostComplete() {
    return new Rule(Comparator.comparingInt((Story s) -> -s.getBody().length()),
        (chosen, n) -> "the most complete of " + n + " versions (" + chosen.getBody().length()
            + " characters)");
  }

  private static Rule byId() {
    return new Rule(Comparator.comparing(Story::getId),
        (chosen, n) -> n + " versions equal on every rule; the first by id");
  }

  /**
   * The agency a story's credit line names other than its own source, or null: a republication
   * says where its text came from.
   */
  static @Nullable String creditedAgency(Story story) {
    String own = story.getSource() == null ? "" : story.getSource().toLowerCase(Locale.ROOT);
    for (String credit : story.getCredits()) {
      String[] words = WORDS.split(credit.toLowerCase(Locale.ROOT));
      for (int i = 0; i < words.length; i++) {
        String one = words[i];
        String two = i + 1 < words.length ? one + " " + words[i + 1] : "";
        String three = i + 2 < words.length ? two + " " + words[i + 2] : "";
        for (String name : new String[] {three, two, one}) {
          if (Credits.agencyNamed(name) != null && !own.contains(name)) {
            return name;
          }
        }
      }
    }
    return null;
  }

  /** One rule: an order (preferred first) and the reason it gives when it decides. */
  private record Rule(Comparator<Story> order, Reason reason) {}

  private interface Reason {
    String apply(Story chosen, int versions);
  }
}
