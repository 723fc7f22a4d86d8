package org.copydesk.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.copydesk.clean.BoilerplateConfig;
import org.copydesk.clean.BoilerplateModel;
import org.copydesk.clean.PageChrome;
import org.copydesk.eval.PartitionScore;
import org.copydesk.eval.ScoreCommand;
import org.copydesk.parse.JsonStoryReader;
import org.copydesk.parse.Paragraphs;
import org.copydesk.parse.RejectedInputException;
import org.copydesk.parse.StoryText;
import org.copydesk.read.ReadLimits;

/**
 * Offline evaluation of the story tier on a corpus with ground truth ({@code testdata/corpus}), run
 * as a stream would run it, in publication order:
 *
 * <ol>
 *   <li>each story is parsed and cleaned (page chrome, then its source's learned boilerplate, as
 *       the clean stage does) and digested;
 *   <li>its {@link EventKeys}, from the {@link TermStats} of the stories before it, meet the keys
 *       of earlier stories within the horizon; a story met in at least N keys is a candidate, and
 *       the pair is decided by {@link EventVerifier} with the same stats; then the story is indexed
 *       and counted in the stats;
 *   <li>story clusters are the <em>true</em> copy clusters (the copy tier is measured elsewhere)
 *       joined by the verified pairs; they are scored against the true story clusters with {@link
 *       PartitionScore}, beside the baseline of the copy clusters alone;
 *   <li>hard negatives ({@code hard_negatives.tsv}) that end up in one story cluster are counted.
 * </ol>
 *
 * <pre>
 * EvaluateStoryTier --stories=testdata/corpus/stories.jsonl --truth=testdata/corpus/truth.tsv
 *     [--hardNegatives=testdata/corpus/hard_negatives.tsv] [--minSharedKeys=1]
 *     [--horizonHours=36] [--threshold=0.5] [--pairs=FILE]
 * </pre>
 *
 * {@code --pairs} writes every candidate pair across copy clusters with its truth and verdict, as
 * TSV, for tuning. Exit status 2 on a usage error.
 */
public final class EvaluateStoryTier {

  private static final String USAGE = "usage: EvaluateStoryTier --stories=FILE --truth=FILE"
      + " [--hardNegatives=FILE] [--minSharedKeys=1] [--horizonHours=36] [--threshold=0.5]"
      + " [--pairs=FILE]";

  /** One story as the story tier sees it. */
  record Item(String id, EventDigest digest) {
    boolean within(Item other, long horizonMillis) {
      Long a = digest.publishedMillis();
      Long b = other.digest.publishedMillis();
      return a == null || b == null || Math.abs(a - b) <= horizonMillis;
    }
  }

  private EvaluateStoryTier() {}

  public static void main(String[] args) throws IOException {
    Map<String, String> flags = new HashMap<>();
    for (String a : args) {
      if (!a.startsWith("--") || !a.contains("=")) {
        System.err.println("bad argument '" + a + "': expected --name=value\n" + USAGE);
        System.exit(2);
      }
      flags.put(a.substring(2, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
    }
    if (!flags.containsKey("stories") || !flags.containsKey("truth")) {
      System.err.println(USAGE);
      System.exit(2);
    }
    run(flags, System.out);
  }

  /** Runs the evaluation with the given flags (as {@code --name=value} without the dashes). */
  static void run(Map<String, String> given, PrintStream out) throws IOException {
    long started = System.nanoTime();
    Map<String, String> flags = new HashMap<>(Map.of("minSharedKeys", "1", "horizonHours", "36",
        "threshold", String.valueOf(EventVerifier.DEFAULT_THRESHOLD)));
    flags.putAll(given);
    List<Item> items = readStories(Paths.get(flags.get("stories")));
    Map<String, String[]> truth = readTsv(Paths.get(flags.get("truth")));

    Partition copies = new Partition(items.size());
    Map<String, Integer> firstOfCopy = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      String[] t = truth.get(items.get(i).id());
      Integer first = t == null ? null : firstOfCopy.putIfAbsent(t[1], i);
      if (first != null) {
        copies.union(i, first);
      }
    }
    Partition stories = copies.copy();
    Counts counts;
    try (PrintWriter pairs = flags.containsKey("pairs")
        ? new PrintWriter(Files.newBufferedWriter(Paths.get(flags.get("pairs"))))
        : null) {
      counts = link(items, truth, stories, Integer.parseInt(flags.get("minSharedKeys")),
          (long) (Double.parseDouble(flags.get("horizonHours")) * 3_600_000),
          new EventVerifier(Double.parseDouble(flags.get("threshold")),
              EventVerifier.DEFAULT_WINDOW_MILLIS),
          pairs);
    }

    Map<String, String> truthStories = new HashMap<>();
    truth.forEach((id, t) -> truthStories.put(id, t[2]));
    out.printf(Locale.ROOT, "stories=%d minSharedKeys=%s horizon=%sh threshold=%s%n", items.size(),
        flags.get("minSharedKeys"), flags.get("horizonHours"), flags.get("threshold"));
    out.printf(Locale.ROOT,
        "candidate pairs=%d (across copy clusters %d), verified=%d (same true story %d)%n",
        counts.candidates(), counts.acrossCopies(), counts.verified(), counts.verifiedRight());
    out.println("copy clusters only: " + ScoreCommand.line("story",
        PartitionScore.score(truthStories, copies.labels(items))));
    out.println("with event edges:   " + ScoreCommand.line("story",
        PartitionScore.score(truthStories, stories.labels(items))));
    if (flags.containsKey("hardNegatives")) {
      out.println(hardNegatives(readRows(Paths.get(flags.get("hardNegatives"))), items, stories));
    }
    out.printf(Locale.ROOT, "elapsed %.1f s%n", (System.nanoTime() - started) / 1e9);
  }

  /** What {@link #link} did. */
  private record Counts(long candidates, long acrossCopies, long verified, long verifiedRight) {}

  /**
   * The stream: each story, in order, meets the keys of the earlier ones within the horizon; the
   * pairs met in at least {@code minShared} keys are verified, and the verified ones joined in
   * {@code stories}. Pairs across copy clusters are written to {@code pairs} when it is not null.
   */
  private static Counts link(List<Item> items, Map<String, String[]> truth, Partition stories,
      int minShared, long horizon, EventVerifier verifier, @Nullable PrintWriter pairs) {
    if (pairs != null) {
      pairs.println("id_a\tid_b\tkeys\tsame_story\tscore\tevidence\tnames\tfigures\tquotes"
          + "\tterms\tsubject\ttime");
    }
    TermStats stats = new TermStats();
    Map<Long, List<Integer>> buckets = new HashMap<>();
    long candidates = 0;
    long acrossCopies = 0;
    long verified = 0;
    long verifiedRight = 0;
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      long[] keys = EventKeys.of(item.digest(), stats);
      Map<Integer, Integer> meetings = new TreeMap<>();
      for (long key : keys) {
        for (int j : buckets.getOrDefault(key, List.of())) {
          if (items.get(j).within(item, horizon)) {
            meetings.merge(j, 1, Integer::sum);
          }
        }
      }
      for (Map.Entry<Integer, Integer> m : meetings.entrySet()) {
        if (m.getValue() < minShared) {
          continue;
        }
        Item other = items.get(m.getKey());
        candidates++;
        EventVerdict v = verifier.verify(other.digest(), item.digest(), stats);
        boolean sameStory = sameLabel(truth, other.id(), item.id(), 2);
        if (!sameLabel(truth, other.id(), item.id(), 1)) {
          acrossCopies++;
          if (pairs != null) {
            pairs.printf(Locale.ROOT,
                "%s\t%s\t%d\t%b\t%.4f\t%.4f\t%.4f\t%.4f\t%.4f\t%.4f\t%.4f\t%.4f%n",
                other.id(), item.id(), m.getValue(), sameStory, v.score(), v.evidence(),
                v.names(), v.figures(), v.quotes(), v.terms(), v.subject(), v.timeFactor());
          }
        }
        if (v.sameEvent()) {
          verified++;
          verifiedRight += sameStory ? 1 : 0;
          stories.union(i, m.getKey());
        }
      }
      for (long key : keys) {
        buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      }
      stats.observe(item.digest());
    }
    return new Counts(candidates, acrossCopies, verified, verifiedRight);
  }

  /** One line: how many hard-negative pairs ended up in one story cluster, in all and by kind. */
  private static String hardNegatives(List<String[]> rows, List<Item> items, Partition stories) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      index.put(items.get(i).id(), i);
    }
    Map<String, int[]> byKind = new TreeMap<>(); // kind → {pairs, joined}
    int[] total = new int[2];
    for (String[] row : rows) {
      Integer a = index.get(row[0]);
      Integer b = index.get(row[1]);
      if (a != null && b != null) {
        int joined = stories.find(a) == stories.find(b) ? 1 : 0;
        int[] c = byKind.computeIfAbsent(row[2], k -> new int[2]);
        c[0]++;
        c[1] += joined;
        total[0]++;
        total[1] += joined;
      }
    }
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
        "hard negatives joined: %d of %d;", total[1], total[0]));
    byKind.forEach(
        (kind, c) -> line.append(String.format(Locale.ROOT, " %s %d/%d", kind, c[1], c[0])));
    return line.toString();
  }

  private static boolean sameLabel(Map<String, String[]> truth, String a, String b, int column) {
    String[] ta = truth.get(a);
    String[] tb = truth.get(b);
    return ta != null && tb != null && ta[column].equals(tb[column]);
  }

  /** The stories of a JSON Lines file, parsed and cleaned, in publication order. */
  static List<Item> readStories(Path file) throws IOException {
    JsonStoryReader reader = new JsonStoryReader(ReadLimits.defaults().maxBodyBytes());
    Map<String, BoilerplateModel> boilerplate = new HashMap<>();
    List<Item> items = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonStoryReader.Fields fields;
        try {
          fields = reader.read(line);
        } catch (RejectedInputException e) {
          continue; // a dead letter in the pipeline; not a story to cluster
        }
        StoryText text = StoryText.fromParagraphs(Paragraphs.split(fields.getBody()));
        List<String> kept = PageChrome.strip(text.paragraphs()).kept();
        String source = fields.getSource() != null ? fields.getSource() : text.source();
        if (source != null) {
          BoilerplateModel model = boilerplate.computeIfAbsent(
              source.strip().toLowerCase(Locale.ROOT),
              k -> new BoilerplateModel(BoilerplateConfig.defaults()));
          model.observe(kept);
          kept = model.strip(kept);
        }
        @Nullable Long published =
            fields.getPublished() == null ? null : fields.getPublished().toEpochMilli();
        items.add(new Item(fields.getId(), EventDigest.of(fields.getHeadline(), kept, published)));
      }
    }
    items.sort(Comparator.comparing((Item i) -> i.digest().publishedMillis(),
        Comparator.nullsLast(Comparator.naturalOrder())));
    return items;
  }

  /** id → row of a TSV with a header line. */
  private static Map<String, String[]> readTsv(Path file) throws IOException {
    Map<String, String[]> rows = new HashMap<>();
    for (String[] row : readRows(file)) {
      rows.put(row[0], row);
    }
    return rows;
  }

  private static List<String[]> readRows(Path file) throws IOException {
    List<String[]> rows = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
      if (!line.isBlank()) {
        rows.add(line.split("\t", -1));
      }
    }
    return rows;
  }

  /** Union-find over story indexes. */
  private static final class Partition {
    private final int[] parent;

    Partition(int n) {
      parent = new int[n];
      for (int i = 0; i < n; i++) {
        parent[i] = i;
      }
    }

    private Partition(int[] parent) {
      this.parent = parent;
    }

    Partition copy() {
      return new Partition(parent.clone());
    }

    int find(int i) {
      while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
      }
      return i;
    }

    void union(int a, int b) {
      parent[find(a)] = find(b);
    }

    Map<String, String> labels(List<Item> items) {
      Map<String, String> labels = new HashMap<>();
      for (int i = 0; i < items.size(); i++) {
        labels.put(items.get(i).id(), "s" + find(i));
      }
      return labels;
    }
  }
}
