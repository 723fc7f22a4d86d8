package org.copydesk.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Scores an {@code assignments.tsv} against a truth file, per tier (copy, story).
 *
 * <pre>
 * ScoreCommand --assignments=out/assignments.tsv --truth=testdata/corpus/truth.tsv [--json=FILE]
 * </pre>
 *
 * Both files: header {@code id<TAB>copy_cluster<TAB>story_cluster}, one row per id. Exit status 0
 * on success, 2 on a usage error (the message names the bad flag), 1 on any other failure (e.g. an
 * unreadable or malformed file).
 */
public final class ScoreCommand {

  static final String HEADER = "id\tcopy_cluster\tstory_cluster";

  /** Thrown for a usage error; the message names the flag. */
  static final class UsageException extends Exception {
    UsageException(String message) {
      super(message);
    }
  }

  /** One partition per tier, read from a TSV. */
  static final class Tiers {
    final Map<String, String> copy = new HashMap<>();
    final Map<String, String> story = new HashMap<>();
  }

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the command; returns the exit status. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Map<String, String> flags;
    try {
      flags = parseFlags(args);
    } catch (UsageException e) {
      err.println("usage error: " + e.getMessage());
      err.println(
          "usage: ScoreCommand --assignments=FILE --truth=FILE [--json=FILE]");
      return 2;
    }
    try {
      Tiers truth = read(Paths.get(flags.get("truth")), "--truth");
      Tiers predicted = read(Paths.get(flags.get("assignments")), "--assignments");
      PartitionScore copy = PartitionScore.score(truth.copy, predicted.copy);
      PartitionScore story = PartitionScore.score(truth.story, predicted.story);
      out.println(line("copy", copy));
      out.println(line("story", story));
      if (copy.missingFromPredicted() > 0 || copy.extraInPredicted() > 0) {
        out.printf(
            Locale.ROOT,
            "note: %d truth ids missing from assignments (scored as singletons), %d assignment ids"
                + " not in truth (ignored)%n",
            copy.missingFromPredicted(),
            copy.extraInPredicted());
      }
      if (flags.containsKey("json")) {
        writeJson(Paths.get(flags.get("json")), copy, story);
      }
      return 0;
    } catch (UsageException e) {
      err.println("usage error: " + e.getMessage());
      return 2;
    } catch (IOException | RuntimeException e) {
      err.println("error: " + e.getMessage());
      return 1;
    }
  }

  static Map<String, String> parseFlags(String[] args) throws UsageException {
    Map<String, String> flags = new LinkedHashMap<>();
    for (String a : args) {
      if (!a.startsWith("--") || !a.contains("=")) {
        throw new UsageException("bad argument '" + a + "': expected --name=value");
      }
      String name = a.substring(2, a.indexOf('='));
      String value = a.substring(a.indexOf('=') + 1);
      if (!name.equals("assignments") && !name.equals("truth") && !name.equals("json")) {
        throw new UsageException("unknown flag --" + name);
      }
      if (value.isEmpty()) {
        throw new UsageException("--" + name + " needs a value");
      }
      flags.put(name, value);
    }
    for (String required : new String[] {"assignments", "truth"}) {
      if (!flags.containsKey(required)) {
        throw new UsageException("missing required flag --" + required);
      }
    }
    for (String file : new String[] {"assignments", "truth"}) {
      if (!Files.isReadable(Paths.get(flags.get(file)))) {
        throw new UsageException("--" + file + ": cannot read " + flags.get(file));
      }
    }
    return flags;
  }

  static Tiers read(Path file, String flag) throws IOException, UsageException {
    Tiers tiers = new Tiers();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String header = r.readLine();
      if (header == null || !header.strip().equals(HEADER)) {
        throw new UsageException(
            flag + ": " + file + " must start with the header '" + HEADER.replace("\t", "<TAB>")
                + "'");
      }
      String line;
      long lineNo = 1;
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length != 3) {
          throw new IOException(file + ":" + lineNo + ": expected 3 tab-separated fields");
        }
        if (tiers.copy.put(f[0], f[1]) != null) {
          throw new IOException(file + ":" + lineNo + ": duplicate id " + f[0]);
        }
        tiers.story.put(f[0], f[2]);
      }
    }
    return tiers;
  }

  public static String line(String tier, PartitionScore s) {
    return String.format(
        Locale.ROOT,
        "%-5s ids=%d clusters(truth/pred)=%d/%d pairs(truth/pred/both)=%d/%d/%d"
            + " precision=%.4f recall=%.4f F1=%.4f ARI=%.4f",
        tier,
        s.ids(),
        s.truthClusters(),
        s.predictedClusters(),
        s.truthPairs(),
        s.predictedPairs(),
        s.truePositivePairs(),
        s.precision(),
        s.recall(),
        s.f1(),
        s.adjustedRandIndex());
  }

  static void writeJson(Path file, PartitionScore copy, PartitionScore story) throws IOException {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("ids", copy.ids());
    root.put("missingFromPredicted", copy.missingFromPredicted());
    root.put("extraInPredicted", copy.extraInPredicted());
    root.set("copy", tier(mapper, copy));
    root.set("story", tier(mapper, story));
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    mapper.writeValue(file.toFile(), root);
  }

  private static ObjectNode tier(ObjectMapper mapper, PartitionScore s) {
    ObjectNode n = mapper.createObjectNode();
    n.put("truthClusters", s.truthClusters());
    n.put("predictedClusters", s.predictedClusters());
    n.put("truthPairs", s.truthPairs());
    n.put("predictedPairs", s.predictedPairs());
    n.put("truePositivePairs", s.truePositivePairs());
    n.put("precision", s.precision());
    n.put("recall", s.recall());
    n.put("f1", s.f1());
    n.put("ari", s.adjustedRandIndex());
    return n;
  }

  private ScoreCommand() {}
}
