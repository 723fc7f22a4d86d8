package org.copydesk.pipeline;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Runs the job's command line on real files, good and bad, and reads every output file. */
public class CopydeskMainTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path SEEDS = Paths.get("..", "testdata", "seeds");

  @Rule public final TemporaryFolder temp = new TemporaryFolder();

  private final JobCommand job = new JobCommand();

  @Test
  public void goodAndBadInputAllEndUpSomewhereAndTheRunSucceeds() throws IOException {
    Path in = temp.newFolder("in").toPath();
    Files.copy(SEEDS.resolve("000_ad83b415aefcc01f.txt"), in.resolve("000_ad83b415aefcc01f.txt"));
    Files.copy(SEEDS.resolve("002_d7f1406457321b44.txt"), in.resolve("002_d7f1406457321b44.txt"));
    Files.write(in.resolve("binary.txt"), new byte[] {0, 1, 2, 3, 0, 5, 6, 7, 8, 0});
    Files.createSymbolicLink(in.resolve("gone.jsonl"), in.resolve("deleted-before-reading.jsonl"));
    Files.writeString(in.resolve("README.md"), "not a story file: directories are read for story files only");

    ByteArrayOutputStream feed = new ByteArrayOutputStream();
    List<String> lines = List.of(
        story("good-1", "2015-01-13T10:00:00Z", "Kerry met Sharif in Islamabad on Tuesday."),
        "{\"id\": \"broken\", \"body\": ",
        "{\"body\": \"a story without an id\"}",
        "{\"id\": \"blank\", \"body\": \"   \"}",
        story("huge", null, "x".repeat(6000)),
        story("twice", "2015-01-13T10:00:00Z", "The same story, sent twice."),
        story("twice", "2015-01-13T10:00:00Z", "The same story, sent twice."),
        story("updated", "2015-01-13T10:00:00Z", "First version of the story."),
        story("updated", "2015-01-13T12:00:00Z", "Corrected version of the story."),
        "[\"not\", \"an\", \"object\"]");
    for (String line : lines) {
      feed.write((line + "\n").getBytes(StandardCharsets.UTF_8));
    }
    feed.write("{\"id\": \"latin1\", \"body\": \"caf".getBytes(StandardCharsets.UTF_8));
    feed.write(new byte[] {(byte) 0xE9, '"', '}', '\n'});
    Files.write(in.resolve("feed.jsonl"), feed.toByteArray());

    Path out = temp.getRoot().toPath().resolve("out");
    int status = job.run("--input=" + in, "--output=" + out, "--maxBodyBytes=4500", "--progressSeconds=0");
    assertThat(job.stderr.toString(), status, equalTo(CopydeskMain.OK));

    // assignments.tsv: the header, then one row per accepted story.
    List<String> assignments = Files.readAllLines(out.resolve("assignments.tsv"));
    assertThat(assignments.get(0), equalTo("id\tcopy_cluster\tstory_cluster"));
    List<String> acceptedIds = assignments.subList(1, assignments.size()).stream()
        .map(row -> row.split("\t")[0]).toList();
    assertThat(acceptedIds, containsInAnyOrder(
        "000_ad83b415aefcc01f", "002_d7f1406457321b44", "good-1", "twice", "updated"));

    // deadletter.jsonl: one per rejected input, with where it came from and why.
    Map<String, JsonNode> deadByReason = new HashMap<>();
    for (JsonNode dead : jsonLines(out.resolve("deadletter.jsonl"))) {
      assertThat(dead.get("error").asText(), not(equalTo("")));
      deadByReason.put(dead.get("reason").asText(), dead);
    }
    assertThat(deadByReason.keySet(), containsInAnyOrder("malformed_json", "missing_id",
        "missing_body", "too_large", "not_a_story", "invalid_utf8", "binary_content",
        "unreadable_file"));
    assertThat(deadByReason.get("malformed_json").get("file").asText(), containsString("feed.jsonl"));
    assertThat(deadByReason.get("malformed_json").get("line").asInt(), equalTo(2));
    assertThat(deadByReason.get("malformed_json").get("raw").asText(),
        equalTo("{\"id\": \"broken\", \"body\": "));
    assertThat(deadByReason.get("too_large").get("line").asInt(), equalTo(5));
    assertThat(deadByReason.get("invalid_utf8").get("line").asInt(), equalTo(11));
    assertThat(deadByReason.get("binary_content").get("file").asText(), containsString("binary.txt"));
    assertThat(deadByReason.get("unreadable_file").get("file").asText(), containsString("gone.jsonl"));

    // superseded.jsonl: the repeat and the older version, each pointing at what was kept.
    List<JsonNode> superseded = jsonLines(out.resolve("superseded.jsonl"));
    List<String> supersededDescribed = new ArrayList<>();
    for (JsonNode s : superseded) {
      supersededDescribed.add(s.get("id").asText() + ":" + s.get("reason").asText() + ":"
          + s.get("line").asInt() + "->" + s.get("kept").get("line").asInt());
    }
    assertThat(supersededDescribed,
        containsInAnyOrder("twice:identical_repeat:7->6", "updated:older_version:8->9"));

    // clusters.jsonl: every accepted story is a member of exactly one cluster with a canonical.
    List<String> members = new ArrayList<>();
    for (JsonNode cluster : jsonLines(out.resolve("clusters.jsonl"))) {
      assertThat(cluster.get("story_cluster").asText(), notNullValue());
      assertThat(cluster.get("canonical").get("reason").asText(), not(equalTo("")));
      cluster.get("members").forEach(m -> members.add(m.get("id").asText()));
    }
    assertThat(members, containsInAnyOrder(acceptedIds.toArray()));
    JsonNode updated = findCluster(out, "updated");
    assertThat(updated.get("canonical").get("body").asText(),
        equalTo("Corrected version of the story."));

    // The summary adds up: read = accepted + dead-lettered + superseded.
    Map<String, Long> summary = summary(job.stdout.toString());
    assertThat(summary.get("stories read"), equalTo(15L));
    assertThat(summary.get("accepted"), equalTo(5L));
    assertThat(summary.get("dead-lettered"), equalTo(8L));
    assertThat(summary.get("superseded"), equalTo(2L));
    assertThat(summary.get("copy clusters"), equalTo(5L));
    // AFP's 000 and Reuters' 002 report the same visit: one story, two copy clusters.
    assertThat(summary.get("story clusters"), equalTo(4L));
    Map<String, String> storyCluster = new HashMap<>();
    assignments.subList(1, assignments.size())
        .forEach(row -> storyCluster.put(row.split("\t")[0], row.split("\t")[2]));
    assertThat(storyCluster.get("000_ad83b415aefcc01f"),
        equalTo(storyCluster.get("002_d7f1406457321b44")));
  }

  @Test
  public void withNoInputItReadsTheBundledSeeds() throws IOException {
    Path out = temp.getRoot().toPath().resolve("seeds-out");
    int status = job.run("--input=" + SEEDS, "--output=" + out, "--progressSeconds=0");
    assertThat(job.stderr.toString(), status, equalTo(CopydeskMain.OK));
    assertThat(summary(job.stdout.toString()).get("accepted"), equalTo(5L));
    // China Daily (001) republished the AFP story (000); the other three are their own copies;
    // all five report one event.
    Map<String, String> copyCluster = new HashMap<>();
    Set<String> storyClusters = new HashSet<>();
    for (String row : Files.readAllLines(out.resolve("assignments.tsv")).subList(1, 6)) {
      copyCluster.put(row.split("\t")[0].substring(0, 3), row.split("\t")[1]);
      storyClusters.add(row.split("\t")[2]);
    }
    assertThat(copyCluster.get("001"), equalTo(copyCluster.get("000")));
    assertThat(new HashSet<>(copyCluster.values()).size(), equalTo(4));
    assertThat(storyClusters.size(), equalTo(1));

    List<JsonNode> clusters = jsonLines(out.resolve("clusters.jsonl"));
    assertThat(clusters.size(), equalTo(1));
    JsonNode cluster = clusters.get(0);
    assertThat(cluster.get("canonical").get("reason").asText(), containsString("copy clusters"));
    String body = cluster.get("canonical").get("body").asText();
    assertThat(body, not(containsString("Editor's picks")));
    assertThat(body, not(containsString("Click it and Unblock")));
    // The school attack's toll is disputed: Reuters' 134 children against AFP's 150 dead.
    List<String> disputed = new ArrayList<>();
    cluster.get("facts").get("disputed").forEach(group -> group.get("reports").forEach(
        report -> disputed.add(report.get("id").asText().substring(0, 3) + " "
            + report.get("text").asText())));
    assertThat(disputed, hasItem(containsString("002 134 children")));
    assertThat(disputed, hasItem(containsString("000 150 dead")));
    // China Daily against the AFP text it copied: schoolboys became students.
    JsonNode chinaDaily = null;
    for (JsonNode member : cluster.get("members")) {
      if (member.get("id").asText().startsWith("001")) {
        chinaDaily = member;
      }
    }
    assertThat(chinaDaily.get("compared_with").asText(), equalTo("000_ad83b415aefcc01f"));
    // Why they are copies: whichever of AFP and China Daily joined second (AFP's capture has no
    // date, so it counts as received now) names the other, the verifier's figures and passages
    // both versions share.
    JsonNode joined = null;
    for (JsonNode member : cluster.get("members")) {
      if (!member.get("matched_id").isNull()) {
        joined = member;
      }
    }
    assertThat(joined.get("id").asText() + " matched " + joined.get("matched_id").asText(),
        equalTo("000_ad83b415aefcc01f matched 001_9c86b550bdb889fc"));
    assertThat(joined.get("match_reason").asText(), containsString("sentences aligned"));
    assertThat(joined.get("match_evidence").size(), greaterThan(0));
    String passage = joined.get("match_evidence").get(0).asText();
    assertThat(Files.readString(SEEDS.resolve("001_9c86b550bdb889fc.txt")),
        containsString(passage.substring(0, Math.min(60, passage.length()))));
    assertThat(chinaDaily.get("divergences").get("changed").toString(),
        containsString("\"canonical\":\"schoolboys\",\"member\":\"students\""));
    assertThat(Files.readString(out.resolve("report.html")), containsString("134 children"));
  }

  @Test
  public void usageErrorsExitTwoNamingTheFlag() {
    assertThat(job.run("--nosuchflag=1"), equalTo(CopydeskMain.USAGE));
    assertThat(job.stderr.toString(), containsString("nosuchflag"));
    assertThat(job.stderr.toString(), not(containsString("\tat ")));

    job.stderr.reset();
    assertThat(job.run("--input=/no/such/dir/anywhere", "--output=" + temp.getRoot()),
        equalTo(CopydeskMain.USAGE));
    assertThat(job.stderr.toString(), containsString("--input path does not exist: /no/such/dir/anywhere"));

    job.stderr.reset();
    assertThat(job.run("--maxBodyBytes=lots"), equalTo(CopydeskMain.USAGE));
    assertThat(job.stderr.toString(), containsString("bad flag --maxBodyBytes=lots"));

    job.stderr.reset();
    assertThat(job.run("--input=" + SEEDS + "/*.nothing"), equalTo(CopydeskMain.USAGE));
    assertThat(job.stderr.toString(), containsString("--input glob matches no file"));

    job.stderr.reset();
    assertThat(job.run("--inputTopic=stories"), equalTo(CopydeskMain.USAGE));
    assertThat(job.stderr.toString(), containsString("need --kafkaBootstrap"));

    job.stderr.reset();
    assertThat(job.run("--kafkaBootstrap=localhost:9092", "--outputTopic=clusters"),
        equalTo(CopydeskMain.USAGE));
    assertThat(job.stderr.toString(), containsString("--outputTopic and --deadLetterTopic go together"));

    job.stderr.reset();
    assertThat(job.run("--watch=true", "--windowSeconds=0"), equalTo(CopydeskMain.USAGE));
    assertThat(job.stderr.toString(), containsString("--windowSeconds must be positive"));

    job.stderr.reset();
    assertThat(job.run("--runner=FlinkRunner", "--flinkMaster=[local]", "--savepointPath=/tmp/sp"),
        equalTo(CopydeskMain.USAGE));
    assertThat(job.stderr.toString(), containsString("--savepointPath needs --flinkMaster=host:port"));
  }

  private static String story(String id, String published, String body) throws IOException {
    Map<String, Object> story = new HashMap<>();
    story.put("id", id);
    story.put("body", body);
    story.put("source", "Test Wire");
    if (published != null) {
      story.put("published", published);
    }
    return JSON.writeValueAsString(story);
  }

  private static List<JsonNode> jsonLines(Path file) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      nodes.add(JSON.readTree(line));
    }
    return nodes;
  }

  private static JsonNode findCluster(Path out, String memberId) throws IOException {
    for (JsonNode cluster : jsonLines(out.resolve("clusters.jsonl"))) {
      for (JsonNode member : cluster.get("members")) {
        if (member.get("id").asText().equals(memberId)) {
          return cluster;
        }
      }
    }
    throw new AssertionError("no cluster holds " + memberId);
  }

  private static Map<String, Long> summary(String stdout) {
    Map<String, Long> figures = new HashMap<>();
    Matcher line = Pattern.compile("^([a-z -]+):\\s+([\\d,]+)$", Pattern.MULTILINE).matcher(stdout);
    while (line.find()) {
      figures.put(line.group(1), Long.parseLong(line.group(2).replace(",", "")));
    }
    return figures;
  }
}
