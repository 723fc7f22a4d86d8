package org.copydesk.pipeline;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.copydesk.monitor.FeedMetrics;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Runs the job's command line on the seeds with the monitoring turned on and reads what a monitor
 * would: the status file, the status lines, and the metrics pushed to a real HTTP server.
 */
public class FeedMonitoringTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path SEEDS = Paths.get("..", "testdata", "seeds");

  @Rule public final TemporaryFolder temp = new TemporaryFolder();

  private final JobCommand job = new JobCommand();

  @Test
  public void statusLinesWhileItRunsAndTheStatusFileHoldsTheFinalFigures() throws IOException {
    Path in = temp.newFolder("in").toPath();
    long before = System.currentTimeMillis();
    // A capture is received when its file was last modified: an hour ago.
    long received = before - 3_600_000;
    try (var seeds = Files.list(SEEDS)) {
      for (Path seed : seeds.filter(p -> p.toString().endsWith(".txt")).toList()) {
        Path copy = Files.copy(seed, in.resolve(seed.getFileName()));
        Files.setLastModifiedTime(copy, FileTime.fromMillis(received));
      }
    }
    Files.writeString(in.resolve("bad.jsonl"), "{\"id\": \"broken\", \"body\": \n");
    Path status = temp.getRoot().toPath().resolve("status.json");
    int exit = job.run("--input=" + in, "--output=" + temp.newFolder("out"), "--progressSeconds=1",
        "--statusFile=" + status);
    assertThat(job.stderr.toString(), exit, equalTo(CopydeskMain.OK));

    // The run takes seconds: there are status lines, each with the rate, duplicates and so on.
    List<String> lines = job.stderr.toString().lines()
        .filter(l -> l.startsWith("copydesk: ") && l.contains("stories read")).toList();
    assertThat(job.stderr.toString(), lines.size(), greaterThan(0));
    for (String line : lines) {
      assertThat(line, matchesPattern("copydesk: [\\d,]+ s: [\\d,]+ stories read \\([\\d,.]+/s\\), "
          + "[\\d,]+ accepted, duplicate rate [\\d.]+%, [\\d,]+ story clusters open, "
          + "[\\d,]+ dead letters"));
    }

    JsonNode json = JSON.readTree(status.toFile());
    assertThat(Instant.parse(json.get("time").asText()).toEpochMilli(),
        greaterThanOrEqualTo(before));
    assertThat(json.get("stories_read").asLong(), equalTo(6L));
    assertThat(json.get("stories_accepted").asLong(), equalTo(5L));
    // China Daily's 001 is a copy of AFP's 000; all five report one event: one story cluster.
    assertThat(json.get("copies").asLong(), equalTo(1L));
    assertThat(json.get("stories_copied").asLong(), equalTo(1L));
    assertThat(json.get("duplicate_rate").asDouble(), equalTo(0.2));
    assertThat(json.get("story_clusters_open").asLong(), equalTo(1L));
    assertThat(json.get("copy_clusters").asLong(), equalTo(4L));
    assertThat(json.get("merges").asLong(), equalTo(0L));
    assertThat(json.get("dead_letters").asLong(), equalTo(1L));
    assertThat(json.get("dead_letters_by_reason").get("malformed_json").asLong(), equalTo(1L));
    assertThat(json.get("elapsed_s").asDouble(), greaterThan(0.0));
    assertThat(json.get("stories_per_s").asDouble(), greaterThanOrEqualTo(0.0));
    // Every story's first emission is timed, from when its file was received to the emission.
    JsonNode latency = json.get("latency_ms");
    assertThat(latency.get("count").asLong(), equalTo(5L));
    assertThat(latency.get("min").asLong(), greaterThanOrEqualTo(before - received));
    assertThat(latency.get("max").asLong(),
        lessThanOrEqualTo(System.currentTimeMillis() - received));
    // A batch ends with the watermark at the end of time: the index and the versions stage have
    // forgotten every story; consolidate forgets nothing in a batch.
    JsonNode state = json.get("state");
    for (String gauge : List.of(FeedMetrics.INDEX_STORIES, FeedMetrics.INDEX_BUCKETS,
        FeedMetrics.CONSOLIDATE_STORIES, FeedMetrics.IDS_REMEMBERED)) {
      assertThat(gauge, state.get(gauge), notNullValue());
    }
    assertThat(state.get(FeedMetrics.INDEX_STORIES).asLong(), equalTo(0L));
    assertThat(state.get(FeedMetrics.INDEX_BUCKETS).asLong(), equalTo(0L));
    assertThat(state.get(FeedMetrics.IDS_REMEMBERED).asLong(), equalTo(0L));
    assertThat(state.get(FeedMetrics.CONSOLIDATE_STORIES).asLong(), equalTo(5L));
    try (var left = Files.list(temp.getRoot().toPath())) {
      assertThat("no temporary status file is left",
          left.filter(p -> p.toString().endsWith(".tmp")).count(), equalTo(0L));
    }
  }

  @Test
  public void metricsArePushedToAnHttpSinkWhileTheJobRunsAndAtTheEnd() throws Exception {
    List<String> pushes = Collections.synchronizedList(new ArrayList<>());
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/metrics", exchange -> {
      pushes.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      exchange.sendResponseHeaders(204, -1);
      exchange.close();
    });
    server.start();
    try {
      int exit = job.run("--input=" + SEEDS, "--output=" + temp.newFolder("out"), "--progressSeconds=0",
          "--metricsSink=" + HttpMetricsSink.class.getName(),
          "--metricsHttpSinkUrl=http://127.0.0.1:" + server.getAddress().getPort() + "/metrics",
          "--metricsPushPeriod=1");
      assertThat(job.stderr.toString(), exit, equalTo(CopydeskMain.OK));
    } finally {
      server.stop(0);
    }
    // At least one push while the job ran (the first comes as it starts) and the final one.
    assertThat(pushes.size(), greaterThanOrEqualTo(2));
    JsonNode last = JSON.readTree(pushes.get(pushes.size() - 1));
    Map<String, Long> counters = new HashMap<>();
    for (JsonNode counter : last.get("counters")) {
      assertThat(counter.get("namespace").asText(), equalTo(FeedMetrics.NAMESPACE));
      assertThat(counter.get("step").asText(), notNullValue());
      counters.merge(counter.get("name").asText(), counter.get("attempted").asLong(), Long::sum);
    }
    assertThat(counters.get(FeedMetrics.STORIES_ACCEPTED), equalTo(5L));
    assertThat(counters.get(FeedMetrics.COPIES_FOUND), equalTo(1L));
    assertThat(counters.get(FeedMetrics.STORIES_COPIED), equalTo(1L));
    long storiesIn = 0;
    for (Map.Entry<String, Long> counter : counters.entrySet()) {
      if (counter.getKey().startsWith(FeedMetrics.STORIES_IN + "_")) {
        assertThat(counter.getKey(), matchesPattern("stories_in_[a-z0-9_]+"));
        storiesIn += counter.getValue();
      }
    }
    assertThat(counters.toString(), storiesIn, equalTo(5L));
    Map<String, JsonNode> distributions = new HashMap<>();
    last.get("distributions").forEach(d -> distributions.put(d.get("name").asText(), d.get("attempted")));
    assertThat(distributions.get(FeedMetrics.INGEST_TO_EMIT_MS).get("count").asLong(), equalTo(5L));
    assertThat(distributions.get(FeedMetrics.CLUSTER_SIZE).get("max").asLong(), equalTo(5L));
    Map<String, JsonNode> gauges = new HashMap<>();
    last.get("gauges").forEach(g -> gauges.put(g.get("name").asText(), g.get("attempted")));
    assertThat(gauges, hasKey(FeedMetrics.INDEX_STORIES));
    assertThat(gauges, hasKey(FeedMetrics.INDEX_BUCKETS));
    assertThat(gauges, hasKey(FeedMetrics.CONSOLIDATE_STORIES));
    assertThat(gauges.keySet().toString(), containsString(FeedMetrics.IDS_REMEMBERED + "_"));
  }
}
