package org.copydesk.eval;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Generates an evaluation corpus with ground truth.
 *
 * <pre>
 * CorpusGenerator --stories=N --seed=S --out=DIR [--spanDays=10] [--start=2015-01-05T00:00:00Z]
 * </pre>
 *
 * writes {@code DIR/stories.jsonl} (input contract, in publication order), {@code DIR/truth.tsv}
 * ({@code id, copy_cluster, story_cluster}) and {@code DIR/hard_negatives.tsv} ({@code id_a, id_b,
 * kind}).
 *
 * <p>Streaming, flat memory, by design: every story is a pure function of (seed, event index,
 * member index) — see {@link EventPlan} — so nothing about a story is kept once it is written. The
 * only state is (1) a priority queue of {@link Pending} recipes (three primitives, no text) for
 * stories whose publication time is after the current event's time, i.e. the stories published
 * within the copy-delay window (at most {@link EventPlan#MAX_DELAY_SECONDS}) — their number depends
 * on the stories per hour, not on the total; and (2) the last report per market index (at most
 * {@code Banks.INDEXES.size()} entries).
 */
public final class CorpusGenerator {

  /** A story still to be written: when, which event, which member. No text. */
  static final class Pending implements Comparable<Pending> {
    final long time;
    final int event;
    final int member;

    Pending(long time, int event, int member) {
      this.time = time;
      this.event = event;
      this.member = member;
    }

    @Override
    public int compareTo(Pending o) {
      int c = Long.compare(time, o.time);
      if (c == 0) {
        c = Integer.compare(event, o.event);
      }
      return c != 0 ? c : Integer.compare(member, o.member);
    }
  }

  /** Counts of what was written. */
  public static final class Stats {
    public long stories;
    public long events;
    public long copyClusters;
    public long hardNegatives;
    public long peakPending;
    public final Map<String, Long> hardNegativesByKind = new java.util.TreeMap<>();
    public final Map<String, Long> copiesByType = new java.util.TreeMap<>();
  }

  private final long seed;
  private final int stories;
  private final long startEpoch;
  private final double intervalSeconds;
  private final PriorityQueue<Pending> pending = new PriorityQueue<>();
  /** Last event index per market index name: at most Banks.INDEXES.size() entries. */
  private final Map<String, Integer> lastReport = new HashMap<>();
  private final JsonFactory json = new JsonFactory();
  private final Stats stats = new Stats();

  public CorpusGenerator(long seed, int stories, double spanDays, Instant start) {
    this.seed = seed;
    this.stories = stories;
    this.startEpoch = start.getEpochSecond();
    // Events are spaced evenly over the span; the mean stories per event is measured on a
    // sample of plans (pure functions, so this is cheap and deterministic).
    long sampleMembers = 0;
    int sample = 2000;
    for (int i = 0; i < sample; i++) {
      sampleMembers += EventPlan.plan(seed, i, 600, startEpoch).members();
    }
    double meanPerEvent = (double) sampleMembers / sample;
    double events = Math.max(1.0, stories / meanPerEvent);
    this.intervalSeconds = spanDays * 86400 / events;
  }

  public Stats generate(Writer storiesOut, Writer truthOut, Writer hardNegOut) throws IOException {
    truthOut.write(ScoreCommand.HEADER + "\n");
    hardNegOut.write("id_a\tid_b\tkind\n");
    long generated = 0;
    int i = 0;
    while (generated < stories) {
      EventPlan p = EventPlan.plan(seed, i, intervalSeconds, startEpoch);
      while (!pending.isEmpty() && pending.peek().time < p.eventTime) {
        emit(pending.poll(), storiesOut, truthOut);
      }
      int k = (int) Math.min(p.members(), stories - generated);
      for (int m = 0; m < k; m++) {
        pending.add(new Pending(p.memberTime[m], i, m));
      }
      stats.peakPending = Math.max(stats.peakPending, pending.size());
      hardNegatives(p, k, hardNegOut);
      generated += k;
      stats.events++;
      for (int s = 0; s < p.agencies.length; s++) {
        if (s < k) {
          stats.copyClusters++;
        }
      }
      i++;
    }
    while (!pending.isEmpty()) {
      emit(pending.poll(), storiesOut, truthOut);
    }
    storiesOut.flush();
    truthOut.flush();
    hardNegOut.flush();
    return stats;
  }

  private void hardNegatives(EventPlan p, int emitted, Writer out) throws IOException {
    int related = p.related;
    String kind;
    switch (p.relation) {
      case TWIN:
        kind = p.kind.isBrief() ? "brief_names_numbers" : "same_template_same_day";
        break;
      case FOLLOW_UP:
        kind = "follow_up";
        break;
      case SERIES:
        {
          String index = (String) p.facts().get("index");
          Integer prev = lastReport.put(index, p.index);
          if (prev == null) {
            return;
          }
          related = prev;
          kind = "same_report_other_day";
          break;
        }
      default:
        return;
    }
    EventPlan q = EventPlan.plan(seed, related, intervalSeconds, startEpoch);
    boolean any = false;
    for (int s = 0; s < p.agencies.length && s < emitted; s++) {
      int qs = q.slotOf(p.agencies[s]);
      if (qs >= 0) {
        writeHardNegative(out, id(related, qs), id(p.index, s), kind);
        any = true;
      }
    }
    if (!any && emitted > 0) {
      writeHardNegative(out, id(related, 0), id(p.index, 0), kind);
    }
  }

  private void writeHardNegative(Writer out, String a, String b, String kind) throws IOException {
    out.write(a + "\t" + b + "\t" + kind + "\n");
    stats.hardNegatives++;
    stats.hardNegativesByKind.merge(kind, 1L, Long::sum);
  }

  String id(int event, int member) {
    return String.format(Locale.ROOT, "%016x", EventPlan.mix(seed, 99, event, member));
  }

  static String storyCluster(int event) {
    return String.format(Locale.ROOT, "e%07d", event);
  }

  private void emit(Pending e, Writer storiesOut, Writer truthOut) throws IOException {
    EventPlan p = EventPlan.plan(seed, e.event, intervalSeconds, startEpoch);
    int slot = p.memberSlot[e.member];
    Article a = Newsroom.original(p, slot);
    if (p.memberType[e.member] >= 0) {
      CopyType type = CopyType.values()[p.memberType[e.member]];
      a = Noise.copy(p, slot, type, a, EventPlan.rng(seed, 7, e.event, e.member));
      stats.copiesByType.merge(type.name(), 1L, Long::sum);
    }
    String id = id(e.event, e.member);
    StringWriter sw = new StringWriter(4096);
    try (JsonGenerator g = json.createGenerator(sw)) {
      g.writeStartObject();
      g.writeStringField("id", id);
      g.writeStringField("source", a.source);
      g.writeStringField("headline", a.renderedHeadline());
      g.writeStringField("body", a.body());
      g.writeStringField("published", Instant.ofEpochSecond(e.time).toString());
      g.writeStringField("url", a.urlBase + "-" + id.substring(0, 8));
      g.writeStringField("language", "en");
      g.writeEndObject();
    }
    storiesOut.write(sw.toString());
    storiesOut.write('\n');
    String story = storyCluster(e.event);
    truthOut.write(id + "\t" + story + "-" + p.agencies[slot].label.toLowerCase(Locale.ROOT)
        + "\t" + story + "\n");
    stats.stories++;
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  static int run(String[] args) {
    Map<String, String> flags = new HashMap<>();
    for (String a : args) {
      int eq = a.indexOf('=');
      if (!a.startsWith("--") || eq < 0) {
        System.err.println("usage error: bad argument '" + a + "': expected --name=value");
        return 2;
      }
      flags.put(a.substring(2, eq), a.substring(eq + 1));
    }
    for (String k : flags.keySet()) {
      if (!java.util.Set.of("stories", "seed", "out", "spanDays", "start").contains(k)) {
        System.err.println("usage error: unknown flag --" + k);
        return 2;
      }
    }
    int n;
    long s;
    double span;
    Instant start;
    try {
      n = Integer.parseInt(flags.getOrDefault("stories", "2000"));
      if (n < 1) {
        throw new NumberFormatException();
      }
    } catch (NumberFormatException ex) {
      System.err.println("usage error: --stories must be a positive integer");
      return 2;
    }
    try {
      s = Long.parseLong(flags.getOrDefault("seed", "42"));
    } catch (NumberFormatException ex) {
      System.err.println("usage error: --seed must be an integer");
      return 2;
    }
    try {
      span = Double.parseDouble(flags.getOrDefault("spanDays", "10"));
      if (!(span > 0)) {
        throw new NumberFormatException();
      }
    } catch (NumberFormatException ex) {
      System.err.println("usage error: --spanDays must be a positive number");
      return 2;
    }
    try {
      start = Instant.parse(flags.getOrDefault("start", "2015-01-05T00:00:00Z"));
    } catch (RuntimeException ex) {
      System.err.println("usage error: --start must be an ISO-8601 instant");
      return 2;
    }
    if (!flags.containsKey("out")) {
      System.err.println("usage error: missing required flag --out");
      return 2;
    }
    Path dir = Paths.get(flags.get("out"));
    try {
      Files.createDirectories(dir);
      CorpusGenerator gen = new CorpusGenerator(s, n, span, start);
      Stats st;
      try (Writer so = writer(dir.resolve("stories.jsonl"));
          Writer to = writer(dir.resolve("truth.tsv"));
          Writer ho = writer(dir.resolve("hard_negatives.tsv"))) {
        st = gen.generate(so, to, ho);
      }
      System.out.printf(Locale.ROOT,
          "stories=%d events(story clusters)=%d copy clusters=%d hard negatives=%d %s"
              + " copies=%s peak pending=%d%n",
          st.stories, st.events, st.copyClusters, st.hardNegatives, st.hardNegativesByKind,
          st.copiesByType, st.peakPending);
      return 0;
    } catch (IOException | RuntimeException ex) {
      System.err.println("error: " + ex);
      ex.printStackTrace();
      return 1;
    }
  }

  private static Writer writer(Path p) throws IOException {
    return new BufferedWriter(
        new java.io.OutputStreamWriter(Files.newOutputStream(p), StandardCharsets.UTF_8), 1 << 16);
  }
}
