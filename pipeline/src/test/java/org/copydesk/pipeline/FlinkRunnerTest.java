package org.copydesk.pipeline;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The job on Flink's embedded cluster, in streaming mode, finds the same clusters as the batch run
 * on the Direct Runner.
 */
public class FlinkRunnerTest {
  private static final Path CORPUS = Paths.get("..", "testdata", "corpus", "stories.jsonl");

  @Rule public final TemporaryFolder temp = new TemporaryFolder();

  @Test
  public void flinkStreamingFindsTheSamePartitionAsTheDirectRunnersBatch() throws IOException {
    Path in = temp.newFolder("in").toPath().resolve("stories.jsonl");
    try (Stream<String> corpus = Files.lines(CORPUS)) {
      Files.write(in, corpus.limit(300).collect(Collectors.toList()));
    }
    Path direct = temp.getRoot().toPath().resolve("direct");
    Path flink = temp.getRoot().toPath().resolve("flink");

    run("--input=" + in, "--output=" + direct);
    run("--input=" + in, "--output=" + flink, "--runner=FlinkRunner", "--flinkMaster=[local]",
        "--streaming=true", "--parallelism=2");

    for (int column : new int[] {1, 2}) {
      Set<Set<String>> batch = partition(direct, column);
      assertThat(batch.stream().mapToInt(Set::size).sum(), equalTo(300));
      assertThat("column " + column, partition(flink, column), equalTo(batch));
    }
  }

  private static void run(String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String[] withQuiet = Stream.concat(Stream.of(args), Stream.of("--progressSeconds=0"))
        .toArray(String[]::new);
    int status = CopydeskMain.run(withQuiet, new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(err.toString(StandardCharsets.UTF_8), status, equalTo(CopydeskMain.OK));
  }

  /** The clusters of one column of assignments.tsv (1: copy, 2: story), as sets of ids. */
  private static Set<Set<String>> partition(Path output, int column) throws IOException {
    List<String> rows = Files.readAllLines(output.resolve("assignments.tsv"));
    Map<String, Set<String>> clusters = new HashMap<>();
    for (String row : rows.subList(1, rows.size())) {
      String[] fields = row.split("\t");
      clusters.computeIfAbsent(fields[column], c -> new TreeSet<>()).add(fields[0]);
    }
    Collection<Set<String>> groups = clusters.values();
    return new HashSet<>(groups);
  }
}
