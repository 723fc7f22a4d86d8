package org.copydesk.bench;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class RunFiguresTest {
  @Rule public final TemporaryFolder temp = new TemporaryFolder();

  @Test
  public void readsTimeGcLoadScoreAndProbes() throws IOException {
    Path dir = temp.getRoot().toPath();
    Files.writeString(dir.resolve("exit"), "0\n");
    Files.writeString(dir.resolve("time.txt"), String.join("\n",
        "\tUser time (seconds): 100.50",
        "\tSystem time (seconds): 2.25",
        "\tElapsed (wall clock) time (h:mm:ss or m:ss): 1:02:03.5",
        "\tMaximum resident set size (kbytes): 2097152", ""));
    Files.writeString(dir.resolve("gc.log"), String.join("\n",
        "[0.5s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 24M->5M(256M) 3.4ms",
        "[9.1s][info][gc] GC(7) Pause Full (Heap Inspection Initiated GC) 1G->700M(2G) 900ms",
        "[9.9s][info][gc] GC(8) Pause Young (Normal) (G1 Evacuation Pause) 900M->512K(2G) 9ms", ""));
    Files.writeString(dir.resolve("load.txt"), "3.10 2.00 1.00\n4.20 3.00 2.00\n");
    Files.writeString(dir.resolve("score.json"), "{\"copy\":{\"f1\":0.9},\"story\":{\"ari\":0.8}}");
    Files.writeString(dir.resolve("heap.tsv"), "100\t300\t1000\n0\t300\t600\n");

    RunFigures r = new RunFigures(dir);

    assertThat(r.ok(), equalTo(true));
    assertThat(r.wallSeconds, closeTo(3723.5, 1e-9));
    assertThat(r.cpuSeconds, closeTo(102.75, 1e-9));
    assertThat(r.peakRssMb, closeTo(2048, 1e-9));
    assertThat(r.peakHeapMb, closeTo(1024, 1e-9));
    assertThat(r.peakHeapAfterGcMb, closeTo(700, 1e-9));
    assertThat(r.loadBefore + " " + r.loadAfter, equalTo("3.10 4.20"));
    assertThat(r.score("copy", "f1"), closeTo(0.9, 1e-9));
    assertThat(Double.isNaN(r.score("copy", "ari")), equalTo(true));
    assertThat(r.probes, equalTo(List.of(
        new RunFigures.Probe(100, 300, 1000), new RunFigures.Probe(0, 300, 600))));
  }

  @Test
  public void aRunThatDidNotHappenIsNotOkAndHasNoFigures() {
    RunFigures r = new RunFigures(temp.getRoot().toPath().resolve("absent"));
    assertThat(r.ok(), equalTo(false));
    assertThat(Double.isNaN(r.wallSeconds), equalTo(true));
    assertThat(r.probes, equalTo(List.of()));
  }
}
