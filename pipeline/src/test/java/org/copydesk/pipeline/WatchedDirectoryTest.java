package org.copydesk.pipeline;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.matchesPattern;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.beam.sdk.PipelineResult;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The job as a stream over a watched directory: files that land later are read, output windowed. */
public class WatchedDirectoryTest {
  private static final Path SEEDS = Paths.get("..", "testdata", "seeds");

  @Rule public final TemporaryFolder temp = new TemporaryFolder();

  @Test
  public void filesLandingInAWatchedDirectoryComeOutAsWindowedUpdates() throws Exception {
    Path in = temp.newFolder("in").toPath();
    Path out = temp.getRoot().toPath().resolve("out");
    Files.copy(SEEDS.resolve("002_d7f1406457321b44.txt"), in.resolve("002_d7f1406457321b44.txt"));
    PipelineResult job = TestTopics.start("--input=" + in, "--output=" + out,
        "--watchIntervalSeconds=1", "--windowSeconds=2", "--progressSeconds=0");
    try {
      assertThat("the first file's cluster is out", TestTopics.await(60,
          () -> members(out).containsKey("002_d7f1406457321b44")), equalTo(true));
      // Two more land while the job runs: a capture, and a line that is no story.
      Files.copy(SEEDS.resolve("003_589da157afa17353.txt"), in.resolve("003_589da157afa17353.txt"));
      Files.writeString(in.resolve("feed.jsonl"), "{\"id\": \"broken\", \"body\": \n");
      assertThat("the later files are read", TestTopics.await(60,
          () -> members(out).containsKey("003_589da157afa17353")
              && !lines(out, "deadletter").isEmpty()), equalTo(true));
    } finally {
      job.cancel();
    }
    assertThat(members(out).values(), everyItem(equalTo(1)));
    JsonNode dead = TestTopics.json(lines(out, "deadletter").get(0));
    assertThat(dead.get("reason").asText(), equalTo("malformed_json"));
    // Files per window and shard (one shard here), not per update.
    try (Stream<Path> files = Files.list(out)) {
      List<String> clusterFiles = files.map(f -> f.getFileName().toString())
          .filter(f -> f.startsWith("clusters")).collect(Collectors.toList());
      assertThat(clusterFiles, everyItem(matchesPattern("clusters-pane-\\d+-00000-of-00001\\.jsonl")));
    }
    assertThat(Files.exists(out.resolve("assignments.tsv")), equalTo(false));
  }

  /** Story id → how many clusters (latest version of each) hold it. */
  private static Map<String, Integer> members(Path out) {
    Map<String, JsonNode> latest = new HashMap<>();
    for (String line : lines(out, "clusters")) {
      JsonNode cluster = TestTopics.json(line);
      JsonNode known = latest.get(cluster.get("story_cluster").asText());
      if (known == null || known.get("version").asLong() < cluster.get("version").asLong()) {
        latest.put(cluster.get("story_cluster").asText(), cluster);
      }
    }
    Map<String, Integer> counts = new HashMap<>();
    for (JsonNode cluster : latest.values()) {
      if (cluster.has("members")) {
        cluster.get("members").forEach(m -> counts.merge(m.get("id").asText(), 1, Integer::sum));
      }
    }
    return counts;
  }

  /** The lines of every finished file of one output; files being written are hidden. */
  private static List<String> lines(Path out, String output) {
    List<String> lines = new ArrayList<>();
    if (!Files.isDirectory(out)) {
      return lines;
    }
    try (Stream<Path> files = Files.list(out)) {
      for (Path file : files.filter(f -> f.getFileName().toString().startsWith(output)
          && f.getFileName().toString().endsWith(".jsonl")).sorted().collect(Collectors.toList())) {
        lines.addAll(Files.readAllLines(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lines;
  }
}
