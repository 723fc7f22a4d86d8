package org.copydesk.pipeline;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.copydesk.consolidate.ClusterView;
import org.copydesk.pipeline.monitor.KafkaTail;
import org.copydesk.pipeline.monitor.Monitor;
import org.copydesk.story.DeadLetter;
import org.copydesk.story.Origin;
import org.copydesk.testing.Seeds;
import org.copydesk.write.OutputJson;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The monitor following a job's Kafka topics on a real broker, seen through its JSON API: it reads
 * both partitions from the beginning, keeps each cluster's newest version, drops a cluster merged
 * into another, counts dead letters, and leaves no consumer group behind.
 */
public class MonitorKafkaTest {
  private static final String CLUSTERS = "monitored-clusters";
  private static final String DEAD = "monitored-dead";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static TestTopics topics;

  @BeforeClass
  public static void startBroker() {
    topics = TestTopics.onNewBroker(2, CLUSTERS, DEAD);
  }

  @AfterClass
  public static void stopBroker() {
    topics.close();
  }

  @Test
  public void clustersAndDeadLettersFromTheTopicsNewestVersionsOnly() throws Exception {
    // Before the monitor starts: cluster a on partition 0, b on 1, a dead letter.
    topics.send(CLUSTERS, 0, "story-a", OutputJson.cluster(seeds("story-a", 1)));
    topics.send(CLUSTERS, 1, "story-b", OutputJson.cluster(seeds("story-b", 1)));
    topics.send(DEAD, 0, "feed.jsonl:3", OutputJson.deadLetter(DeadLetter.of(
        Origin.of("feed.jsonl", 3), DeadLetter.Reason.MALFORMED_JSON, "not JSON", "{\"id\": ", 7)));
    try (Monitor monitor = Monitor.start(
        new KafkaTail(topics.bootstrap(), CLUSTERS, DEAD), null, 0)) {
      assertThat("what was there before it started, from both partitions",
          TestTopics.await(20, () ->
              versions(monitor).equals(Map.of("story-a", 1L, "story-b", 1L))),
          equalTo(true));
      assertThat(TestTopics.await(5, () ->
          get(monitor, "/api/figures").get("dead_letters").asLong() == 1), equalTo(true));
      assertThat(get(monitor, "/api/figures").get("dead_letters_by_reason").toString(),
          equalTo("{\"malformed_json\":1}"));

      // While it runs: a's next version, and b merged into a.
      topics.send(CLUSTERS, 0, "story-a", OutputJson.cluster(seeds("story-a", 2)));
      topics.send(CLUSTERS, 1, "story-b",
          OutputJson.cluster(ClusterView.mergedInto("story-b", 2, "story-a")));
      assertThat("the newer version replaces, the tombstone removes", TestTopics.await(20, () ->
          versions(monitor).equals(Map.of("story-a", 2L))), equalTo(true));

      // An older version of a late on its partition: once c, sent after it there, is in, a must
      // still be at version 2.
      topics.send(CLUSTERS, 0, "story-a", OutputJson.cluster(seeds("story-a", 1)));
      topics.send(CLUSTERS, 0, "story-c", OutputJson.cluster(seeds("story-c", 1)));
      assertThat(TestTopics.await(20, () -> versions(monitor).containsKey("story-c")),
          equalTo(true));
      assertThat(versions(monitor), equalTo(Map.of("story-a", 2L, "story-c", 1L)));
    }
    assertThat("no consumer group, so no offsets taken or moved", topics.groups(), empty());
  }

  @Test
  public void aTopicNotThereYetIsFollowedOnceItIsAndNotCreatedByTheMonitor() throws Exception {
    String later = "monitored-dead-later";
    try (Monitor monitor = Monitor.start(
        new KafkaTail(topics.bootstrap(), CLUSTERS, later), null, 0)) {
      Thread.sleep(2500);
      assertThat("a few polls later", topics.topicNames(), not(hasItem(later)));
      // The broker makes the topic for the first message sent to it.
      topics.send(later, "feed.jsonl:1", OutputJson.deadLetter(DeadLetter.of(
          Origin.of("feed.jsonl", 1), DeadLetter.Reason.MISSING_BODY, "no body", "{}", 2)), null);
      assertThat(TestTopics.await(20, () -> get(monitor, "/api/figures")
          .get("dead_letters_by_reason").has("missing_body")), equalTo(true));
    }
  }

  /** The seeds' story cluster under {@code id}, at {@code version}. */
  private static ClusterView seeds(String id, long version) {
    ClusterView seeds = Seeds.storyCluster();
    return ClusterView.of(id, version, seeds.getCanonical(), seeds.getCopyClusters(),
        seeds.getMembers(), seeds.getFacts());
  }

  /** The clusters the monitor lists: id → version. */
  private static Map<String, Long> versions(Monitor monitor) {
    Map<String, Long> versions = new HashMap<>();
    get(monitor, "/api/clusters").forEach(c ->
        versions.put(c.get("story_cluster").asText(), c.get("version").asLong()));
    return versions;
  }

  private static JsonNode get(Monitor monitor, String path) {
    HttpRequest request = HttpRequest.newBuilder(
        URI.create("http://localhost:" + monitor.port() + path)).build();
    try {
      return TestTopics.json(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body());
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException("cannot GET " + path, e);
    }
  }
}
