package org.copydesk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the JSON result of a {@link StageBenchmark} run into a Markdown table: each stage's MB/s
 * per core and its cost as a multiple of the floor's, printed and written to a file.
 *
 * <p>MB/s per core is bytes per second of the benchmark thread's CPU time, iteration by iteration
 * (the {@code bytes} and {@code cpuNanos} counters), so that a machine busy with other jobs slows
 * the wall-clock figures, also shown, more than these. The multiple is floor MB/s ÷ stage MB/s.
 *
 * <p>Usage: {@code StageTable <jmh-result.json> <table.md> [load average before the run]}; the load
 * average after the run is read from {@code /proc/loadavg}.
 */
public final class StageTable {

  /** Rows in pipeline order; anything else in the result follows. */
  private static final List<String> ORDER = List.of("floor", "parse", "clean", "fingerprint",
      "fingerprintSignature", "fingerprintDigest", "verify", "align");

  private static final Map<String, String> LABELS = Map.of(
      "fingerprintSignature", "fingerprint: band keys only",
      "fingerprintDigest", "fingerprint: digest only");

  /** What one op is; a story unless said here. */
  private static final Map<String, String> UNITS = Map.of("verify", "pairs/s", "align", "clusters/s");

  private StageTable() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: StageTable <jmh-result.json> <table.md> [load before]");
      System.exit(2);
    }
    JsonNode results = new ObjectMapper().readTree(Path.of(args[0]).toFile());
    String table = table(results, args.length > 2 ? args[2] : null, loadNow());
    System.out.print(table);
    Path out = Path.of(args[1]);
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    Files.writeString(out, table, StandardCharsets.UTF_8);
  }

  static String table(JsonNode results, String loadBefore, String loadAfter) {
    List<JsonNode> rows = new ArrayList<>();
    results.forEach(rows::add);
    rows.sort(Comparator.comparingInt(StageTable::rank));
    double floor = rows.stream().filter(r -> stage(r).equals("floor")).findFirst()
        .map(r -> cpuMbs(r)[0]).orElse(Double.NaN);

    StringBuilder md = new StringBuilder();
    md.append("| stage | MB/s per core | × floor | MB/s wall clock | share of a core | ops/s |\n");
    md.append("|---|---:|---:|---:|---:|---:|\n");
    for (JsonNode r : rows) {
      String stage = stage(r);
      double[] cpu = cpuMbs(r);
      JsonNode wall = r.path("secondaryMetrics").path("bytes");
      double error = wall.path("scoreError").asDouble(Double.NaN); // NaN below 3 iterations
      md.append(String.format(Locale.ROOT, "| %s | %.1f (%.1f–%.1f) | %s | %.1f%s | %.2f | %,.0f %s |\n",
          LABELS.getOrDefault(stage, stage), cpu[0], cpu[1], cpu[2],
          stage.equals("floor") ? "1" : String.format(Locale.ROOT, "%.1f×", floor / cpu[0]),
          wall.path("score").asDouble() / 1e6,
          Double.isNaN(error) ? "" : String.format(Locale.ROOT, " ± %.1f", error / 1e6),
          r.path("secondaryMetrics").path("cpuNanos").path("score").asDouble() / 1e9,
          r.path("primaryMetric").path("score").asDouble(), UNITS.getOrDefault(stage, "stories/s")));
    }
    JsonNode any = results.get(0);
    md.append('\n').append(String.format(Locale.ROOT,
        "MB/s per core: UTF-8 bytes of the stage's input (parse: the JSON line; verify: both "
            + "stories' bodies; align: all the cluster's bodies; otherwise the story's body) per "
            + "second of the benchmark thread's CPU time, mean (lowest–highest) over iterations; "
            + "%d thread(s). × floor = floor MB/s ÷ stage MB/s, i.e. the stage's CPU time per byte "
            + "in floors. MB/s wall clock: the same bytes per second of wall time, ± its 99.9%% "
            + "interval; share of a core: CPU time ÷ wall time. JMH %s, %s %s; %d×%s warm-up, "
            + "%d×%s measured, %d fork(s); %s; load average (1, 5, 15 min) %s%s after.\n",
        any.path("threads").asInt(), any.path("jmhVersion").asText(), any.path("vmName").asText(),
        any.path("jdkVersion").asText(), any.path("warmupIterations").asInt(),
        any.path("warmupTime").asText(), any.path("measurementIterations").asInt(),
        any.path("measurementTime").asText(), any.path("forks").asInt(), LocalDate.now(),
        loadBefore == null ? "" : loadBefore + " before, ", loadAfter));
    return md.toString();
  }

  /** Bytes per CPU second in MB/s: mean, lowest and highest over the measured iterations. */
  private static double[] cpuMbs(JsonNode result) {
    JsonNode bytes = result.path("secondaryMetrics").path("bytes").path("rawData");
    JsonNode cpu = result.path("secondaryMetrics").path("cpuNanos").path("rawData");
    double sum = 0;
    double low = Double.POSITIVE_INFINITY;
    double high = Double.NEGATIVE_INFINITY;
    int n = 0;
    for (int fork = 0; fork < bytes.size(); fork++) {
      for (int i = 0; i < bytes.get(fork).size(); i++) {
        // both are rates over the same wall time, so their ratio is bytes per CPU nanosecond
        double mbs = bytes.get(fork).get(i).asDouble() / cpu.get(fork).get(i).asDouble() * 1e3;
        sum += mbs;
        low = Math.min(low, mbs);
        high = Math.max(high, mbs);
        n++;
      }
    }
    return new double[] {sum / n, low, high};
  }

  private static int rank(JsonNode result) {
    int i = ORDER.indexOf(stage(result));
    return i < 0 ? ORDER.size() : i;
  }

  private static String stage(JsonNode result) {
    String name = result.path("benchmark").asText();
    return name.substring(name.lastIndexOf('.') + 1);
  }

  private static String loadNow() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return String.join(" ", f[0], f[1], f[2]);
    } catch (IOException e) {
      return "unknown";
    }
  }
}
