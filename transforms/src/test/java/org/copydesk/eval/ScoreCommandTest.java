package org.copydesk.eval;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class ScoreCommandTest {
  @Rule public TemporaryFolder tmp = new TemporaryFolder();

  private Path write(String name, String... rows) throws Exception {
    Path p = tmp.getRoot().toPath().resolve(name);
    Files.writeString(p, ScoreCommand.HEADER + "\n" + String.join("\n", rows) + "\n");
    return p;
  }

  private static String s(ByteArrayOutputStream b) {
    return b.toString(StandardCharsets.UTF_8);
  }

  @Test
  public void scoresBothTiersAndWritesJson() throws Exception {
    Path truth =
        write("truth.tsv", "a\tT1\tS1", "b\tT1\tS1", "c\tT1\tS1", "d\tT2\tS1", "e\tT2\tS1",
            "f\tT3\tS2");
    Path pred =
        write("pred.tsv", "a\tx\tX", "b\tx\tX", "c\ty\tX", "d\ty\tX", "e\ty\tX", "f\tz\tY");
    Path json = tmp.getRoot().toPath().resolve("out/score.json");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int rc =
        ScoreCommand.run(
            new String[] {"--assignments=" + pred, "--truth=" + truth, "--json=" + json},
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(s(err), 0, rc);
    assertTrue(s(out), s(out).contains("copy  ids=6"));
    assertTrue(s(out), s(out).contains("F1=0.5000 ARI=0.3182"));
    JsonNode root = new ObjectMapper().readTree(json.toFile());
    assertEquals(0.5, root.get("copy").get("f1").asDouble(), 1e-12);
    assertEquals(1.0, root.get("story").get("ari").asDouble(), 1e-12);
    assertEquals(6, root.get("ids").asInt());
  }

  @Test
  public void usageErrorsExitTwoAndNameTheFlag() throws Exception {
    Path truth = write("truth.tsv", "a\t1\t1");
    String[][] bad = {
      {"--truth=" + truth},
      {"--assignments=" + truth, "--truth=/nonexistent/x.tsv"},
      {"--assignments=" + truth, "--truth=" + truth, "--frobnicate=1"},
      {"--assignments=" + truth, "truth.tsv"},
    };
    String[] expected = {"--assignments", "--truth", "--frobnicate", "truth.tsv"};
    for (int i = 0; i < bad.length; i++) {
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int rc =
          ScoreCommand.run(
              bad[i],
              new PrintStream(new ByteArrayOutputStream()),
              new PrintStream(err, true, StandardCharsets.UTF_8));
      assertEquals(2, rc);
      assertTrue(s(err), s(err).contains(expected[i]));
    }
    Path noHeader = tmp.getRoot().toPath().resolve("nohdr.tsv");
    Files.writeString(noHeader, "a\t1\t1\n");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int rc =
        ScoreCommand.run(
            new String[] {"--assignments=" + noHeader, "--truth=" + truth},
            new PrintStream(new ByteArrayOutputStream()),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(2, rc);
    assertTrue(s(err), s(err).contains("--assignments"));
  }
}
