package org.copydesk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one timed run of {@code src/bin/bench-scale} left in its directory: {@code /usr/bin/time
 * -v}'s figures, the GC log's heap, the scorer's JSON, the load and, for the Direct Runner, the
 * live-heap probes. A figure that is missing reads as NaN (or null), never as 0.
 */
final class RunFigures {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** A G1 pause line's heap: used before → after (committed), e.g. {@code 314M->51M(540M)}. */
  private static final Pattern GC_HEAP = Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\(\\d+[KMG]\\)");
  /** How Flink names the task a failure happened in. */
  private static final Pattern TASK = Pattern.compile("for task '([^']+)'");
  private static final Pattern WALL =
      Pattern.compile("Elapsed \\(wall clock\\) time .*: (?:(\\d+):)?(\\d+):(\\d+(?:\\.\\d+)?)");

  /** One live-heap probe: stories in the candidate index and the consolidate stage, live bytes. */
  record Probe(long indexStories, long consolidateStories, long liveBytes) {}

  final boolean present;
  final int exit;
  final boolean timedOut;
  /** The time limit it was stopped at, when it was. */
  final double timeoutSeconds;
  final double wallSeconds;
  final double cpuSeconds;
  final double peakRssMb;
  final double peakHeapMb;
  final double peakHeapAfterGcMb;
  final String loadBefore;
  final String loadAfter;
  final JsonNode score;
  final JsonNode peer;
  final List<Probe> probes = new ArrayList<>();
  private final String stderr;

  RunFigures(Path dir) {
    present = Files.isRegularFile(dir.resolve("exit"));
    exit = present ? Integer.parseInt(read(dir.resolve("exit")).strip()) : -1;
    String limit = read(dir.resolve("timed-out")).strip();
    timedOut = !limit.isEmpty();
    timeoutSeconds = timedOut ? Double.parseDouble(limit) : Double.NaN;
    String time = read(dir.resolve("time.txt"));
    wallSeconds = wall(time);
    cpuSeconds = field(time, "User time (seconds)") + field(time, "System time (seconds)");
    peakRssMb = field(time, "Maximum resident set size (kbytes)") / 1024;
    double before = Double.NaN;
    double after = Double.NaN;
    Matcher gc = GC_HEAP.matcher(read(dir.resolve("gc.log")));
    while (gc.find()) {
      before = Double.isNaN(before) ? mb(gc, 1) : Math.max(before, mb(gc, 1));
      after = Double.isNaN(after) ? mb(gc, 3) : Math.max(after, mb(gc, 3));
    }
    peakHeapMb = before;
    peakHeapAfterGcMb = after;
    String[] load = read(dir.resolve("load.txt")).split("\n");
    loadBefore = load.length > 0 ? load[0].split(" ")[0] : "?";
    loadAfter = load.length > 1 ? load[1].split(" ")[0] : "?";
    stderr = read(dir.resolve("stderr.txt"));
    score = json(dir.resolve("score.json"));
    peer = json(dir.resolve("out").resolve("peer.json"));
    for (String line : read(dir.resolve("heap.tsv")).split("\n")) {
      String[] f = line.split("\t");
      if (f.length == 3) {
        probes.add(new Probe(Long.parseLong(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2])));
      }
    }
  }

  /** Finished, with its output scored. */
  boolean ok() {
    return present && exit == 0 && score != null;
  }

  /** The innermost cause of a failure and the task it failed in, as standard error names them. */
  String lastCause() {
    String cause = stderr.lines().filter(l -> l.startsWith("Caused by: ")).reduce((a, b) -> b)
        .map(l -> l.substring("Caused by: ".length())).orElse("(no cause on standard error)");
    Matcher task = TASK.matcher(stderr);
    return "`" + cause + "`" + (task.find() ? " in task `" + task.group(1) + "`" : "");
  }

  /** A score figure, e.g. {@code ("copy", "f1")}; NaN without a score. */
  double score(String tier, String figure) {
    return score == null ? Double.NaN : score.path(tier).path(figure).asDouble(Double.NaN);
  }

  private static double wall(String time) {
    Matcher m = WALL.matcher(time);
    if (!m.find()) {
      return Double.NaN;
    }
    double hours = m.group(1) == null ? 0 : Double.parseDouble(m.group(1));
    return hours * 3600 + Double.parseDouble(m.group(2)) * 60 + Double.parseDouble(m.group(3));
  }

  private static double field(String time, String name) {
    Matcher m = Pattern.compile(Pattern.quote(name) + ": ([0-9.]+)").matcher(time);
    return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
  }

  private static double mb(Matcher m, int group) {
    double value = Double.parseDouble(m.group(group));
    switch (m.group(group + 1)) {
      case "K":
        return value / 1024;
      case "G":
        return value * 1024;
      default:
        return value;
    }
  }

  static String read(Path file) {
    try {
      return Files.isRegularFile(file) ? Files.readString(file) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode json(Path file) {
    String text = read(file);
    try {
      return text.isBlank() ? null : JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
