package org.copydesk.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.copydesk.eval.PartitionScore;

/**
 * The scale benchmark's peer: Spark MLlib's MinHashLSH over copydesk's copy-tier shingles, its
 * {@code approxSimilarityJoin} at a Jaccard-distance threshold, and union-find over the pairs.
 *
 * <pre>
 * SparkMinHashPeer --input=stories.jsonl --output=DIR --truth=truth.tsv [--sweep=0.3,0.4,…]
 * SparkMinHashPeer --input=stories.jsonl --output=DIR --threshold=D
 * </pre>
 *
 * The first sweeps thresholds against the ground truth's copy tier (one join at the loosest
 * threshold; each tighter one is a filter of its pairs), writes {@code sweep.tsv} and prints {@code
 * bucket_pairs=N} (the candidates the join weighs) and {@code best_threshold=D}. The second is the
 * timed run at one threshold: it writes {@code assignments.tsv} (both columns the pair components:
 * the peer has no story tier) and {@code peer.json} with its phases' seconds. Other flags: {@code
 * --hashTables} (default 5: Spark's own example's value; at 2,000 stories 10 tables gained 0.01 of
 * F1 for twice the time), {@code --bits} (vector dimension 2^bits, default 30), {@code --master}
 * (default local[2]), {@code --seed}.
 */
public final class SparkMinHashPeer {
  private static final Set<String> FLAGS = Set.of(
      "input", "output", "truth", "sweep", "threshold", "hashTables", "bits", "master", "seed");
  private static final String DEFAULT_SWEEP =
      "0.3,0.35,0.4,0.45,0.5,0.55,0.6,0.65,0.7,0.75,0.8,0.85,0.9";

  private SparkMinHashPeer() {}

  public static void main(String[] args) throws IOException {
    long started = System.nanoTime();
    Map<String, String> flags = flags(args);
    Path out = Paths.get(required(flags, "output"));
    Files.createDirectories(out);
    SparkSession spark = SparkSession.builder()
        .master(flags.getOrDefault("master", "local[2]"))
        .appName("copydesk-minhash-peer")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .getOrCreate();
    try {
      SimilarPairs similar = new SimilarPairs(spark,
          Integer.parseInt(flags.getOrDefault("bits", String.valueOf(ShingleVectors.MAX_BITS))),
          Integer.parseInt(flags.getOrDefault("hashTables", "5")),
          Long.parseLong(flags.getOrDefault("seed", "42")));
      if (flags.containsKey("truth")) {
        sweep(similar, flags, out);
      } else {
        timed(similar, flags, out, started);
      }
    } finally {
      spark.stop();
    }
  }

  /** One join at the loosest threshold, scored at every threshold of the sweep. */
  private static void sweep(SimilarPairs similar, Map<String, String> flags, Path out)
      throws IOException {
    double[] thresholds = Arrays.stream(flags.getOrDefault("sweep", DEFAULT_SWEEP).split(","))
        .mapToDouble(Double::parseDouble).sorted().toArray();
    Map<String, String> truth = copyTier(Paths.get(flags.get("truth")));
    List<String> ids = similar.load(required(flags, "input"));
    List<SimilarPairs.Pair> pairs = similar.join(thresholds[thresholds.length - 1]);
    double best = thresholds[0];
    double bestF1 = -1;
    try (BufferedWriter w = Files.newBufferedWriter(out.resolve("sweep.tsv"))) {
      w.write("threshold\tpairs\tprecision\trecall\tf1\tari\n");
      for (double t : thresholds) {
        Components components = new Components(ids);
        long kept = 0;
        for (SimilarPairs.Pair p : pairs) {
          if (p.distance() < t) {
            components.union(p.a(), p.b());
            kept++;
          }
        }
        PartitionScore s = PartitionScore.score(truth, components.labels());
        w.write(String.format(Locale.ROOT, "%.2f\t%d\t%.4f\t%.4f\t%.4f\t%.4f%n",
            t, kept, s.precision(), s.recall(), s.f1(), s.adjustedRandIndex()));
        if (s.f1() > bestF1) {
          bestF1 = s.f1();
          best = t;
        }
      }
    }
    System.out.printf(Locale.ROOT, "bucket_pairs=%d%n", similar.bucketPairs());
    System.out.printf(Locale.ROOT, "best_threshold=%.2f%n", best);
  }

  /** The timed run: shingle, join, cluster, write; each phase's seconds go to peer.json. */
  private static void timed(SimilarPairs similar, Map<String, String> flags, Path out,
      long started) throws IOException {
    double threshold = Double.parseDouble(required(flags, "threshold"));
    long t0 = System.nanoTime();
    List<String> ids = similar.load(required(flags, "input"));
    long t1 = System.nanoTime();
    List<SimilarPairs.Pair> pairs = similar.join(threshold);
    long t2 = System.nanoTime();
    Components components = new Components(ids);
    for (SimilarPairs.Pair p : pairs) {
      components.union(p.a(), p.b());
    }
    try (BufferedWriter w = Files.newBufferedWriter(out.resolve("assignments.tsv"))) {
      w.write("id\tcopy_cluster\tstory_cluster\n");
      for (Map.Entry<String, String> e : components.labels().entrySet()) {
        w.write(e.getKey() + "\t" + e.getValue() + "\t" + e.getValue() + "\n");
      }
    }
    long t3 = System.nanoTime();
    ObjectNode figures = new ObjectMapper().createObjectNode()
        .put("stories", ids.size())
        .put("threshold", threshold)
        .put("hash_tables", similar.hashTables())
        .put("pairs", pairs.size())
        .put("startup_s", seconds(t0 - started))
        .put("load_s", seconds(t1 - t0))
        .put("join_s", seconds(t2 - t1))
        .put("cluster_s", seconds(t3 - t2))
        .put("total_s", seconds(t3 - started));
    Files.writeString(out.resolve("peer.json"), figures + "\n", StandardCharsets.UTF_8);
    System.out.println(figures);
  }

  /** Id → copy cluster, from a truth (or assignments) file with the scorer's header. */
  private static Map<String, String> copyTier(Path file) throws IOException {
    Map<String, String> tier = new HashMap<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      r.readLine();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.split("\t", -1);
        if (f.length >= 2) {
          tier.put(f[0], f[1]);
        }
      }
    }
    return tier;
  }

  private static double seconds(long nanos) {
    return Math.round(nanos / 1e7) / 100.0;
  }

  private static Map<String, String> flags(String[] args) {
    Map<String, String> flags = new HashMap<>();
    for (String a : args) {
      int eq = a.indexOf('=');
      if (!a.startsWith("--") || eq < 0 || !FLAGS.contains(a.substring(2, eq))) {
        throw new IllegalArgumentException("bad argument '" + a + "'; flags: " + FLAGS);
      }
      flags.put(a.substring(2, eq), a.substring(eq + 1));
    }
    return flags;
  }

  private static String required(Map<String, String> flags, String name) {
    String value = flags.get(name);
    if (value == null) {
      throw new IllegalArgumentException("missing --" + name);
    }
    return value;
  }
}
