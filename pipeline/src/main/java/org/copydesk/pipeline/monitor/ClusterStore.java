package org.copydesk.pipeline.monitor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.copydesk.consolidate.ClusterView;
import org.copydesk.write.OutputJson;

/**
 * The latest state of a job's story clusters, as its output lines arrive: what the monitor shows.
 * A cluster's updates may come in any order (a stream's shards, a Kafka topic), so only a higher
 * {@code version} replaces what is held, and a {@code merged_into} update removes the cluster for
 * good (an older update arriving after it does not bring it back). Stories are counted by arrival
 * here, the first time an id is seen, for throughput: the output carries no time of processing.
 */
public final class ClusterStore {
  /** Minutes of arrivals the throughput figure covers. */
  static final int THROUGHPUT_MINUTES = 10;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Comparator<Entry> NEWEST_FIRST =
      Comparator.comparingLong(Entry::sequence).reversed();

  /** A live cluster: its view, the line it came as, and when and what it last changed. */
  public record Entry(ClusterView view, String line, long sequence, Instant updated,
      Set<String> newMembers) {}

  /** A source's members, and those that are not their copy cluster's canonical. */
  public record SourceRate(String source, int members, int duplicates, double rate) {}

  /** New stories that arrived in one minute (its start). */
  public record Minute(String minute, int stories) {}

  /** The figures of the page. */
  public record Figures(int clusters, int stories, long deadLetters,
      Map<String, Long> deadLettersByReason, List<SourceRate> sources, List<Minute> throughput,
      double storiesPerMinute, long unreadableLines) {}

  private final Clock clock;
  private final Map<String, Long> versions = new HashMap<>();
  private final Map<String, Entry> live = new HashMap<>();
  private final Map<String, Long> deadLetters = new TreeMap<>();
  private final Set<String> storiesSeen = new HashSet<>();
  private final TreeMap<Instant, Integer> arrivals = new TreeMap<>();
  private final List<Consumer<Change>> listeners = new CopyOnWriteArrayList<>();
  private long sequence;
  private long unreadableLines;

  public ClusterStore(Clock clock) {
    this.clock = clock;
  }

  /** {@code listener} hears of every change; it must not block. */
  public void onChange(Consumer<Change> listener) {
    listeners.add(listener);
  }

  /** Takes in a line of output; a line that is not what its file should hold is counted only. */
  public void accept(OutputSource.Line line) {
    if (line.kind() == OutputSource.Kind.DEAD_LETTER) {
      deadLetter(line.text());
      return;
    }
    ClusterView view;
    try {
      view = OutputJson.readCluster(line.text());
    } catch (IllegalArgumentException e) {
      synchronized (this) {
        unreadableLines++;
      }
      return;
    }
    apply(view, line.text());
  }

  /** Takes in an update; false when a newer version of the cluster is already held. */
  public boolean apply(ClusterView view, String line) {
    Change change;
    synchronized (this) {
      String id = view.getStoryCluster();
      Long held = versions.get(id);
      if (held != null && held >= view.getVersion()) {
        return false;
      }
      versions.put(id, view.getVersion());
      if (view.getMergedInto() != null) {
        live.remove(id);
        change = new Change(Change.REMOVED, id);
      } else {
        Entry before = live.get(id);
        Set<String> added = new LinkedHashSet<>();
        for (ClusterView.Member member : view.getMembers()) {
          if (before == null || before.view().getMembers().stream()
              .noneMatch(m -> m.getId().equals(member.getId()))) {
            added.add(member.getId());
          }
        }
        Instant now = clock.instant();
        countArrivals(view, now);
        live.put(id, new Entry(view, line, ++sequence, now, added));
        change = new Change(Change.CLUSTER, id);
      }
    }
    listeners.forEach(l -> l.accept(change));
    return true;
  }

  private void deadLetter(String line) {
    String reason;
    try {
      reason = JSON.readTree(line).path("reason").asText("unknown");
    } catch (JsonProcessingException e) {
      reason = "unknown";
    }
    synchronized (this) {
      deadLetters.merge(reason.isEmpty() ? "unknown" : reason, 1L, Long::sum);
    }
    listeners.forEach(l -> l.accept(new Change(Change.DEAD_LETTER, null)));
  }

  private void countArrivals(ClusterView view, Instant now) {
    int fresh = 0;
    for (ClusterView.Member member : view.getMembers()) {
      if (storiesSeen.add(member.getId())) {
        fresh++;
      }
    }
    Instant minute = now.truncatedTo(ChronoUnit.MINUTES);
    arrivals.merge(minute, fresh, Integer::sum);
    arrivals.headMap(minute.minus(Duration.ofMinutes(THROUGHPUT_MINUTES)), false).clear();
  }

  /**
   * The live clusters, most recently updated first, at most {@code limit}: those whose id, a
   * member's id or source, or a headline has every word of {@code query} (ignoring case).
   */
  public synchronized List<Entry> list(String query, int limit) {
    List<String> words = query == null ? List.of()
        : List.of(query.toLowerCase(Locale.ROOT).trim().split("\\s+")).stream()
            .filter(w -> !w.isEmpty()).toList();
    return live.values().stream()
        .filter(e -> matches(e.view(), words))
        .sorted(NEWEST_FIRST)
        .limit(limit)
        .toList();
  }

  private static boolean matches(ClusterView view, List<String> words) {
    if (words.isEmpty()) {
      return true;
    }
    StringBuilder text = new StringBuilder(view.getStoryCluster()).append('\n')
        .append(view.getCanonical().getHeadline()).append('\n');
    for (ClusterView.Member member : view.getMembers()) {
      text.append(member.getId()).append('\n').append(member.getSource()).append('\n')
          .append(member.getHeadline()).append('\n');
    }
    String haystack = text.toString().toLowerCase(Locale.ROOT);
    return words.stream().allMatch(haystack::contains);
  }

  public synchronized Optional<Entry> get(String storyCluster) {
    return Optional.ofNullable(live.get(storyCluster));
  }

  public synchronized Figures figures() {
    Map<String, int[]> bySource = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    int stories = 0;
    for (Entry entry : live.values()) {
      Map<String, String> canonicalOf = new HashMap<>();
      entry.view().getCopyClusters()
          .forEach(c -> canonicalOf.put(c.getCopyCluster(), c.getCanonicalId()));
      for (ClusterView.Member member : entry.view().getMembers()) {
        stories++;
        String source = member.getSource() == null || member.getSource().isBlank()
            ? "(unknown source)" : member.getSource();
        int[] counts = bySource.computeIfAbsent(source, s -> new int[2]);
        counts[0]++;
        if (!member.getId().equals(canonicalOf.get(member.getCopyCluster()))) {
          counts[1]++;
        }
      }
    }
    List<SourceRate> sources = new ArrayList<>();
    bySource.forEach((source, c) -> sources.add(
        new SourceRate(source, c[0], c[1], Math.round(1000.0 * c[1] / c[0]) / 1000.0)));
    Instant thisMinute = clock.instant().truncatedTo(ChronoUnit.MINUTES);
    List<Minute> throughput = new ArrayList<>();
    int total = 0;
    for (int back = THROUGHPUT_MINUTES - 1; back >= 0; back--) {
      Instant minute = thisMinute.minus(Duration.ofMinutes(back));
      int n = arrivals.getOrDefault(minute, 0);
      throughput.add(new Minute(minute.toString(), n));
      total += n;
    }
    long dead = deadLetters.values().stream().mapToLong(Long::longValue).sum();
    return new Figures(live.size(), stories, dead, new TreeMap<>(deadLetters), sources, throughput,
        Math.round(10.0 * total / THROUGHPUT_MINUTES) / 10.0, unreadableLines);
  }
}
