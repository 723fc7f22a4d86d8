package org.copydesk.event;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** {@link EvaluateStoryTier} on the first 400 stories of the evaluation corpus. */
public class EventTierEvaluationTest {

  private static final Path CORPUS = Paths.get("..", "testdata", "corpus");
  private static final Pattern F1 = Pattern.compile("F1=([0-9.]+)");

  @Rule public final TemporaryFolder folder = new TemporaryFolder();

  /** The header and the rows of a TSV whose first column is among {@code ids}. */
  private Path rowsOf(String file, Set<String> ids, int idColumns) throws IOException {
    List<String> lines = Files.readAllLines(CORPUS.resolve(file), StandardCharsets.UTF_8);
    List<String> kept = new ArrayList<>(List.of(lines.get(0)));
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t");
      if (ids.contains(f[0]) && (idColumns == 1 || ids.contains(f[1]))) {
        kept.add(line);
      }
    }
    Path out = folder.newFile(file).toPath();
    Files.write(out, kept);
    return out;
  }

  private static double f1(String output, String line) {
    Matcher m = F1.matcher(output.substring(output.indexOf(line)));
    m.find();
    return Double.parseDouble(m.group(1));
  }

  @Test
  public void eventEdgesRaiseStoryF1AndJoinNoHardNegative() throws IOException {
    List<String> head = Files.readAllLines(CORPUS.resolve("stories.jsonl"), StandardCharsets.UTF_8)
        .subList(0, 400);
    Path stories = folder.newFile("stories.jsonl").toPath();
    Files.write(stories, head);
    Set<String> ids = new HashSet<>();
    head.forEach(l -> ids.add(l.substring(7, l.indexOf('"', 7)))); // {"id":"…"
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    EvaluateStoryTier.run(Map.of("stories", stories.toString(),
        "truth", rowsOf("truth.tsv", ids, 1).toString(),
        "hardNegatives", rowsOf("hard_negatives.tsv", ids, 2).toString()),
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String output = bytes.toString(StandardCharsets.UTF_8);
    System.out.print(output);
    assertThat(output, containsString("stories=400 minSharedKeys=1 horizon=36h threshold=0.4"));
    assertThat(f1(output, "with event edges"), greaterThan(0.95));
    assertThat(f1(output, "with event edges"), greaterThan(f1(output, "copy clusters only") + 0.3));
    assertThat(output, containsString("hard negatives joined: 0 of "));
  }
}
