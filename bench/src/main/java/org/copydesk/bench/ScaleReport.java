package org.copydesk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes {@code src/docs/benchmarks.md} from what {@code src/bin/bench-scale} left under its runs
 * directory. Every figure is read from the runs' own files; nothing here is a result.
 *
 * <pre>
 * ScaleReport --runs=DIR --sizes=10000,100000 --systems=direct,flink,spark --stages=FILE --out=FILE
 * </pre>
 */
public final class ScaleReport {
  private static final String[] COPYDESK = {"direct", "flink"};
  private static final Map<String, String> RUNNER = Map.of(
      "direct", "Direct Runner", "flink", "Flink embedded, parallelism 2",
      "spark", "Spark local[2]");
  /** The throughput target: copydesk at least this many times the peer's stories/s. */
  private static final double TARGET_RATIO = 5;

  private final Path runs;
  private final List<Long> sizes;
  private final List<String> systems;
  private final Map<String, String> env;
  private final StringBuilder md = new StringBuilder();

  private ScaleReport(Path runs, List<Long> sizes, List<String> systems) {
    this.runs = runs;
    this.sizes = sizes;
    this.systems = systems;
    this.env = tsv(runs.resolve("env.tsv"));
  }

  public static void main(String[] args) throws IOException {
    Map<String, String> flags = new HashMap<>();
    for (String a : args) {
      flags.put(a.substring(2, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
    }
    ScaleReport report = new ScaleReport(Paths.get(flags.get("runs")),
        List.of(flags.get("sizes").split(",")).stream().map(Long::parseLong).toList(),
        List.of(flags.get("systems").split(",")));
    String text = report.render(Paths.get(flags.get("stages")));
    Files.writeString(Paths.get(flags.get("out")), text, StandardCharsets.UTF_8);
  }

  private String render(Path stages) {
    header();
    for (long n : sizes) {
      size(n);
    }
    costCurve();
    projection();
    md.append("## Stage level (JMH)\n\n");
    String table = RunFigures.read(stages);
    md.append(table.isBlank()
        ? "`target/bench-stages.md` was not there when this was written (`src/bin/bench-stages` "
            + "writes it).\n"
        : table.strip() + "\n");
    return md.toString();
  }

  private void header() {
    line("# Benchmarks: the whole job at scale");
    line("");
    line("<!-- Written by src/bin/bench-scale (org.copydesk.bench.ScaleReport): regenerate, do not edit. -->");
    line("");
    line("Run on %s at commit %s. Every figure is read from the runs' own output under "
        + "`target/bench-scale/runs/`.", env.get("date"), env.get("commit"));
    line("");
    line("| machine | |");
    line("|---|---|");
    line("| CPU | %s |", env.get("cpu"));
    line("| cores (`nproc`) | %s |", env.get("cores"));
    line("| memory | %s (default Java heap %s) |", env.get("memory"), gb(env.get("max_heap")));
    line("| OS | %s |", env.get("os"));
    line("| Java | %s |", env.get("java"));
    line("| Apache Beam | %s |", env.get("beam"));
    line("| Apache Flink (embedded, via Beam's runner) | %s |", env.get("flink"));
    line("| Apache Spark MLlib (`local[2]`) | %s |", env.get("spark"));
    line("");
    line("How:");
    line("");
    line("- Corpus: `CorpusGenerator --stories=N --seed=%s --spanDays=N/%s` (%s stories a day), "
        + "with its ground truth.", corpus(sizes.get(0)).get("seed"),
        corpus(sizes.get(0)).get("per_day"), corpus(sizes.get(0)).get("per_day"));
    line("- copydesk: the batch job (`pipeline/target/copydesk.jar`, default heap) on the Direct "
        + "Runner and on Flink's embedded cluster; scored by `ScoreCommand` against the truth.");
    line("- Spark peer (`bench/`, `SparkMinHashPeer`): copydesk's parse and copy-tier shingles "
        + "(`Fingerprinter`), folded into 2^30-dimensional binary vectors, `MinHashLSH` with %s hash "
        + "tables, `approxSimilarityJoin` of the stories with themselves below the Jaccard distance "
        + "that gave its best copy F1 in an untimed sweep over the same truth, and union-find. The "
        + "timed run is a fresh JVM at that threshold. It has no story tier, so only its copy tier "
        + "is compared.", hashTables());
    line("- Wall, CPU (user + system) and peak RSS: `/usr/bin/time -v` of the whole process, JVM "
        + "start included. Peak heap: the GC log's largest heap before a collection, and after one.");
    line("- Load: the 1-minute load average before → after the run; the machine has %s cores and "
        + "was shared with other jobs, so wall times carry that noise (CPU seconds less so).",
        env.get("cores"));
    line("- ×Spark: copydesk's stories/s over the peer's on the same corpus; the issue's target is "
        + "≥ %.0f× at equal or better copy F1.", TARGET_RATIO);
    line("");
    line("Commands, as run:");
    line("");
    line("```sh");
    md.append(RunFigures.read(runs.resolve("commands.txt")).strip()).append('\n');
    line("```");
    line("");
  }

  private void size(long n) {
    Map<String, String> corpus = corpus(n);
    double mb = Double.parseDouble(corpus.getOrDefault("bytes", "NaN")) / 1e6;
    line("## %,d stories", n);
    line("");
    line("Corpus: %.1f MB of JSON Lines, %s days of feed.", mb,
        fmt(n / Double.parseDouble(corpus.getOrDefault("per_day", "NaN")), 2));
    line("");
    line("| system | runner | wall s | CPU s | stories/s | MB/s | peak RSS MB | peak heap MB "
        + "(after GC) | copy P | copy R | copy F1 | copy ARI | story F1 | story ARI | ×Spark | load |");
    line("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
    RunFigures spark = systems.contains("spark") ? run(n, "spark") : null;
    List<String> failures = new ArrayList<>();
    for (String system : systems) {
      RunFigures r = run(n, system);
      String name = system.equals("spark")
          ? "Spark MinHashLSH" + (r.peer == null ? "" : ", distance < " + r.peer.path("threshold").asText())
          : "copydesk";
      if (r.score == null) {
        line("| %s | %s | %s |||||||||||||| %s |", name, RUNNER.get(system), failure(r),
            r.present ? r.loadBefore + " → " + r.loadAfter : "–");
        continue;
      }
      if (!r.ok()) {
        // its output was complete enough to score: show it, and why it failed
        name += " (**" + failure(r) + "**)";
        failures.add(String.format(Locale.ROOT, "- %s on the %s: %s", name, RUNNER.get(system),
            r.lastCause()));
      }
      line("| %s | %s | %s | %s | %s | %s | %s | %s (%s) | %s | %s | %s | %s | %s | %s | %s | %s → %s |",
          name, RUNNER.get(system), fmt(r.wallSeconds, 1), fmt(r.cpuSeconds, 1),
          fmt(n / r.wallSeconds, 1), fmt(mb / r.wallSeconds, 3), fmt(r.peakRssMb, 0),
          fmt(r.peakHeapMb, 0), fmt(r.peakHeapAfterGcMb, 0),
          fmt(r.score("copy", "precision"), 3), fmt(r.score("copy", "recall"), 3),
          fmt(r.score("copy", "f1"), 3), fmt(r.score("copy", "ari"), 3),
          system.equals("spark") ? "–" : fmt(r.score("story", "f1"), 3),
          system.equals("spark") ? "–" : fmt(r.score("story", "ari"), 3),
          system.equals("spark") ? "–" : ratio(r, spark), r.loadBefore, r.loadAfter);
    }
    line("");
    if (!failures.isEmpty()) {
      line("Failed runs, with the last cause in their standard error (the figures above are up to "
          + "the failure):");
      line("");
      failures.forEach(this::line);
      line("");
    }
    targets(n, spark);
    if (spark != null) {
      sweep(n, spark);
    }
    if (systems.contains("direct")) {
      state(n, run(n, "direct"));
    }
  }

  /** Whether each copydesk runner met the target against the peer at this size. */
  private void targets(long n, RunFigures spark) {
    if (spark == null || !spark.present) {
      return;
    }
    for (String system : COPYDESK) {
      RunFigures r = run(n, system);
      if (!systems.contains(system) || !r.ok()) {
        continue;
      }
      boolean sparkFinished = spark.ok();
      double ratio = sparkFinished ? spark.wallSeconds / r.wallSeconds
          : spark.timeoutSeconds / r.wallSeconds;
      boolean fast = ratio >= TARGET_RATIO;
      String f1 = !sparkFinished ? "the peer has no F1 (it did not finish)"
          : r.score("copy", "f1") >= spark.score("copy", "f1")
              ? "copy F1 equal or better (" + fmt(r.score("copy", "f1"), 3) + " vs "
                  + fmt(spark.score("copy", "f1"), 3) + ")"
              : "copy F1 worse (" + fmt(r.score("copy", "f1"), 3) + " vs "
                  + fmt(spark.score("copy", "f1"), 3) + ")";
      line("- Target, %s: %s× the peer's throughput (%s), %s.", RUNNER.get(system),
          (sparkFinished ? "" : "more than ") + fmt(ratio, 2),
          fast ? "≥ 5×: met" : "< 5×: missed", f1);
    }
    line("");
  }

  private void sweep(long n, RunFigures spark) {
    Path dir = runs.resolve("n" + n).resolve("spark").resolve("sweep");
    String table = RunFigures.read(dir.resolve("out").resolve("sweep.tsv"));
    if (table.isBlank()) {
      return;
    }
    RunFigures sweep = new RunFigures(dir);
    String out = RunFigures.read(dir.resolve("stdout.txt"));
    String bucketPairs = out.lines().filter(l -> l.startsWith("bucket_pairs="))
        .map(l -> String.format(Locale.ROOT, "%,d", Long.parseLong(l.substring(13))))
        .findFirst().orElse("?");
    line("The peer's threshold sweep (untimed: one join at the loosest threshold, filtered at each; "
        + "%s s wall, load %s → %s). Its %s hash tables put %s pairs of stories in a common bucket, "
        + "each weighed by the join; the timed run used %s pairs.", fmt(sweep.wallSeconds, 0),
        sweep.loadBefore, sweep.loadAfter, hashTables(), bucketPairs,
        spark.peer == null ? "?" : String.format(Locale.ROOT, "%,d", spark.peer.path("pairs").asLong()));
    line("");
    line("| Jaccard distance < | pairs | copy P | copy R | copy F1 | copy ARI |");
    line("|---|---|---|---|---|---|");
    table.lines().skip(1).forEach(l -> line("| %s |", l.replace("\t", " | ")));
    line("");
    if (spark.peer != null) {
      JsonNode p = spark.peer;
      line("Timed run's phases (s): Spark start %s, read and shingle %s, join %s, union-find and "
          + "write %s.", p.path("startup_s").asText(), p.path("load_s").asText(),
          p.path("join_s").asText(), p.path("cluster_s").asText());
      line("");
    }
  }

  /** Live heap against stories remembered, from the Direct run's full-GC probes. */
  private void state(long n, RunFigures direct) {
    if (direct.probes.isEmpty()) {
      return;
    }
    line("State per remembered story (Direct Runner): live heap after a forced full GC "
        + "(`jcmd GC.class_histogram`, inside the timed run) each time the candidate index "
        + "(`index_stories` in the status file) had grown by a fifth of the corpus, and once when "
        + "the end of the input had swept it empty.");
    line("");
    line("| stories in the index | in the consolidate stage | live heap MB |");
    line("|---|---|---|");
    for (RunFigures.Probe p : direct.probes) {
      line("| %,d | %,d | %s |", p.indexStories(), p.consolidateStories(),
          fmt(p.liveBytes() / 1048576.0, 0));
    }
    line("");
    RunFigures.Probe full = fullest(direct.probes);
    line("- All live heap over the stories remembered at the fullest index: %s KB a story (an "
        + "upper bound: it includes the runner and whatever bundle was in flight).",
        fmt(full.liveBytes() / 1024.0 / full.indexStories(), 1));
    RunFigures.Probe last = direct.probes.get(direct.probes.size() - 1);
    if (last.indexStories() == 0 && last.consolidateStories() == full.consolidateStories()) {
      long index = full.liveBytes() - last.liveBytes();
      line(index > 0
          ? String.format(Locale.ROOT, "- The candidate index alone (fullest minus swept, the other "
              + "stages' state unchanged between the two): **%s KB a remembered story**, as Java "
              + "objects on the Direct Runner's heap (digests and bucket entries).",
              fmt(index / 1024.0 / full.indexStories(), 1))
          : "- The candidate index alone: not measurable at this size (the heap after the sweep "
              + "was no smaller).");
    }
    line("");
  }

  /** The probe with the most stories in the index. */
  private static RunFigures.Probe fullest(List<RunFigures.Probe> probes) {
    return probes.stream().max((a, b) -> Long.compare(a.indexStories(), b.indexStories()))
        .orElseThrow();
  }

  private void costCurve() {
    line("## Cost against corpus size");
    line("");
    line("Milliseconds per story, wall (CPU), and in brackets that per-story wall cost relative to "
        + "the smallest size: flat (close to 1) is a linear cost.");
    line("");
    StringBuilder head = new StringBuilder("| stories |");
    StringBuilder rule = new StringBuilder("|---|");
    for (String system : systems) {
      head.append(' ').append(RUNNER.get(system)).append(" |");
      rule.append("---|");
    }
    line(head.toString());
    line(rule.toString());
    Map<String, Double> base = new LinkedHashMap<>();
    for (long n : sizes) {
      StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "| %,d |", n));
      for (String system : systems) {
        RunFigures r = run(n, system);
        if (!r.ok()) {
          row.append(' ').append(failure(r)).append(" |");
          continue;
        }
        double perStory = r.wallSeconds * 1000 / n;
        base.putIfAbsent(system, perStory);
        row.append(String.format(Locale.ROOT, " %s (%s) [%s] |", fmt(perStory, 2),
            fmt(r.cpuSeconds * 1000 / n, 2), fmt(perStory / base.get(system), 2)));
      }
      line(row.toString());
    }
    line("");
  }

  /** A million stories, extrapolated linearly from the largest size that has a Direct run. */
  private void projection() {
    long n = -1;
    for (long s : sizes) {
      if (systems.contains("direct") && run(s, "direct").ok()) {
        n = s;
      }
    }
    if (n < 0) {
      return;
    }
    RunFigures r = run(n, "direct");
    long million = 1_000_000;
    line("## 1,000,000 stories, extrapolated (not measured)");
    line("");
    line("From the %,d-story Direct run, linearly: %s h wall, %s h of CPU at its cost per story.",
        n, fmt(r.wallSeconds / n * million / 3600, 1), fmt(r.cpuSeconds / n * million / 3600, 1));
    if (!r.probes.isEmpty()) {
      RunFigures.Probe full = fullest(r.probes);
      line("Its fullest index held %,d of the %,d stories at once; were a million remembered at "
          + "once at the same live heap per story: %s GB, against a default heap of %s.",
          full.indexStories(), n,
          fmt(full.liveBytes() / (double) full.indexStories() * million / 1073741824, 1),
          gb(env.get("max_heap")));
    }
    line("");
  }

  private String ratio(RunFigures copydesk, RunFigures spark) {
    if (spark == null || !spark.present) {
      return "–";
    }
    if (spark.timedOut) {
      return "> " + fmt(spark.timeoutSeconds / copydesk.wallSeconds, 2);
    }
    return spark.ok() ? fmt(spark.wallSeconds / copydesk.wallSeconds, 2) : "–";
  }

  private static String failure(RunFigures r) {
    if (!r.present) {
      return "not run";
    }
    return r.timedOut ? "stopped after " + fmt(r.wallSeconds, 0) + " s" : "failed, exit " + r.exit;
  }

  /** The peer's hash tables, as its timed runs report them. */
  private String hashTables() {
    return sizes.stream().map(n -> run(n, "spark").peer).filter(p -> p != null)
        .map(p -> p.path("hash_tables").asText()).distinct().reduce((a, b) -> a + ", " + b)
        .orElse("?");
  }

  private RunFigures run(long n, String system) {
    return new RunFigures(runs.resolve("n" + n).resolve(system));
  }

  private Map<String, String> corpus(long n) {
    return tsv(runs.resolve("corpus-" + n + ".tsv"));
  }

  private static Map<String, String> tsv(Path file) {
    Map<String, String> map = new LinkedHashMap<>();
    for (String l : RunFigures.read(file).lines().toList()) {
      int tab = l.indexOf('\t');
      if (tab > 0) {
        map.put(l.substring(0, tab), l.substring(tab + 1));
      }
    }
    return map;
  }

  private static String gb(String bytes) {
    return bytes == null ? "?" : fmt(Double.parseDouble(bytes) / 1073741824, 1) + " GB";
  }

  private static String fmt(double v, int decimals) {
    return Double.isNaN(v) ? "?" : String.format(Locale.ROOT, "%,." + decimals + "f", v);
  }

  private void line(String text) {
    md.append(text).append('\n');
  }

  private void line(String format, Object... args) {
    md.append(String.format(Locale.ROOT, format, args)).append('\n');
  }
}
