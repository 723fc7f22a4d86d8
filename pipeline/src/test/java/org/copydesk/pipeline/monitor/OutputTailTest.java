package org.copydesk.pipeline.monitor;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Following an output directory: new whole lines only, per file, of the outputs it shows. */
public class OutputTailTest {
  @Rule public TemporaryFolder folder = new TemporaryFolder();

  @Test
  public void handsOnEachWholeLineOnce() throws IOException {
    Path dir = folder.getRoot().toPath();
    OutputTail tail = new OutputTail(dir);
    Path pane = dir.resolve("clusters-pane-0-00000-of-00001.jsonl");
    Files.writeString(pane, "{\"a\":1}\n{\"b\":", StandardCharsets.UTF_8);
    assertThat(texts(tail.poll()), contains("{\"a\":1}"));
    assertThat(tail.poll(), empty());
    Files.writeString(pane, "2}\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    assertThat(texts(tail.poll()), contains("{\"b\":2}"));
  }

  @Test
  public void readsClustersAndDeadLettersAndPassesOverTheRest() throws IOException {
    Path dir = folder.getRoot().toPath();
    OutputTail tail = new OutputTail(dir);
    Files.writeString(dir.resolve("clusters.jsonl"), "c\n");
    Files.writeString(dir.resolve("deadletter-pane-3-00000-of-00001.jsonl"), "d\n");
    Files.writeString(dir.resolve("merges-pane-3-00000-of-00001.jsonl"), "m\n");
    Files.writeString(dir.resolve("superseded.jsonl"), "s\n");
    assertThat(tail.poll(), contains(new OutputSource.Line(OutputSource.Kind.CLUSTER, "c"),
        new OutputSource.Line(OutputSource.Kind.DEAD_LETTER, "d")));
  }

  @Test
  public void readsAFileWrittenAnewFromItsStart() throws IOException {
    Path dir = folder.getRoot().toPath();
    OutputTail tail = new OutputTail(dir);
    Files.writeString(dir.resolve("clusters.jsonl"), "first run, a long line\n");
    tail.poll();
    Files.writeString(dir.resolve("clusters.jsonl"), "again\n");
    assertThat(texts(tail.poll()), contains("again"));
  }

  @Test
  public void aDirectoryNotYetThereHasNothing() {
    assertThat(new OutputTail(folder.getRoot().toPath().resolve("later")).poll(), empty());
  }

  private static List<String> texts(List<OutputSource.Line> lines) {
    return lines.stream().map(OutputSource.Line::text).toList();
  }
}
