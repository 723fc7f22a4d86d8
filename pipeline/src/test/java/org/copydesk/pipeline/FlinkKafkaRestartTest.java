package org.copydesk.pipeline;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.core.execution.JobListener;
import org.apache.flink.core.execution.SavepointFormatType;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The Kafka job on Flink's embedded cluster with checkpoints on: cancelled in the middle of a
 * stream and restored from its retained checkpoint, it loses nothing, writes nothing twice and
 * goes on with its state, so that a story after the restart joins the copies before it.
 */
public class FlinkKafkaRestartTest {
  private static final Path CORPUS = Paths.get("..", "testdata", "corpus", "stories.jsonl");
  private static final Path TRUTH = Paths.get("..", "testdata", "corpus", "truth.tsv");
  /** How long a fresh Flink job may take to start and catch up on a loaded machine. */
  private static final int CATCH_UP_SECONDS = 240;

  private static TestTopics topics;

  @Rule public final TemporaryFolder temp = new TemporaryFolder();

  @BeforeClass
  public static void startBroker() {
    topics = TestTopics.onNewBroker(1, "flink-clusters", "flink-dead");
    // As many input partitions as the job's parallelism, so that each source reader has one
    // (Beam 2.70's Flink source can leave a reader without a partition running with no watermark,
    // which holds the whole job back). The stories all go to partition 0: the empty partition
    // must not hold the watermark back either.
    topics.addTopic("flink-in", 2);
  }

  @AfterClass
  public static void stopBroker() {
    topics.close();
  }

  @Test
  public void aJobRestoredFromItsCheckpointLosesNothingDuplicatesNothingAndKeepsItsClusters()
      throws Exception {
    List<String> lines;
    try (Stream<String> corpus = Files.lines(CORPUS)) {
      lines = retimed(corpus.limit(60).collect(Collectors.toList()));
    }
    // Lines 31-60 hold copies of stories in lines 1-30 (truth.tsv): e.g. 33 of 1, 39 of 15.
    List<String> first = lines.subList(0, 30);
    List<String> second = new ArrayList<>(lines.subList(30, 60));
    String repeated = first.get(4);
    second.add(10, repeated); // the wire sends a story of the first run again
    Set<String> firstIds = idsOf(first);
    Set<String> allIds = idsOf(lines);
    Path checkpoints = temp.newFolder("checkpoints").toPath();

    first.forEach(line -> topics.send("flink-in", 0, null, line));
    FlinkRun run1 = FlinkRun.start(job(checkpoints, flinkConf("conf1", null)));
    assertThat("the first run's stories are out within " + CATCH_UP_SECONDS + " s",
        TestTopics.await(CATCH_UP_SECONDS, () -> new TestTopics.ClusterTable(
            topics.read("flink-clusters", 0)).memberCounts().keySet().containsAll(firstIds)),
        equalTo(true));
    // Offsets are committed when a checkpoint completes: one now holds all the first run read.
    assertThat("offsets committed by a checkpoint", TestTopics.await(120, () ->
        topics.committed("flink", "flink-in") == first.size()), equalTo(true));
    run1.cancel(); // like a crash or Ctrl-C: what is left is the retained checkpoint

    second.forEach(line -> topics.send("flink-in", 0, null, line));
    Path checkpoint = latestCheckpoint(checkpoints);
    FlinkRun run2 = FlinkRun.start(job(checkpoints, flinkConf("conf2", checkpoint)));
    assertThat("the second run's stories are out within " + CATCH_UP_SECONDS + " s",
        TestTopics.await(CATCH_UP_SECONDS, () -> new TestTopics.ClusterTable(
            topics.read("flink-clusters", 0)).memberCounts().keySet().containsAll(allIds)),
        equalTo(true));
    String summary = run2.stopWithSavepoint(temp.newFolder("savepoints").toPath());

    // The second run went on from the checkpoint: it read the second batch and nothing before it,
    // and took the repeat for what it is because it remembers the first run's ids.
    assertThat(summary, containsString(String.format("stories read:    %,d%n", second.size())));
    assertThat(summary, containsString(String.format("superseded:      1%n")));
    TestTopics.ClusterTable table = new TestTopics.ClusterTable(topics.read("flink-clusters", 0));
    Map<String, Integer> counts = table.memberCounts();
    assertThat(counts.keySet(), equalTo(allIds));
    assertThat(counts.values(), everyItem(equalTo(1)));
    assertThat(topics.read("flink-dead", 0), empty());
    // Its candidate index and clusters came back too: each second-run story that copies a
    // first-run story (truth.tsv) joined its copy cluster. (The repeat is left out: a run without
    // state would take it for a new story and could cluster copies with it.)
    Set<String> earlier = new HashSet<>(firstIds);
    earlier.removeAll(idsOf(List.of(repeated)));
    Set<String> later = idsOf(lines.subList(30, 60));
    Set<String> truthJoined = joinedAcross(copyClustersOfTruth(), earlier, later);
    assertThat(truthJoined, not(empty()));
    assertThat(joinedAcross(copyClustersOf(table), earlier, later), equalTo(truthJoined));
  }

  /** The job on embedded Flink between the test's topics, checkpointing every 2 s. */
  private static String[] job(Path checkpoints, Path flinkConf) {
    return new String[] {
        "--runner=FlinkRunner",
        "--flinkMaster=[local]",
        "--parallelism=2",
        "--flinkConfDir=" + flinkConf,
        "--checkpointingInterval=2000",
        "--stateBackend=filesystem",
        "--stateBackendStoragePath=" + checkpoints.toUri(),
        "--externalizedCheckpointsEnabled=true",
        "--retainExternalizedCheckpointsOnCancellation=true",
        "--kafkaBootstrap=" + topics.bootstrap(),
        "--inputTopic=flink-in",
        "--outputTopic=flink-clusters",
        "--deadLetterTopic=flink-dead",
        "--consumerGroup=flink",
        "--progressSeconds=0"};
  }

  /**
   * A Flink configuration directory: the listener that hands the test the job's client, and the
   * checkpoint to restore from, if any (embedded Flink takes it from here, not from {@code
   * --savepointPath}).
   */
  private Path flinkConf(String name, Path restoreFrom) throws IOException {
    Path dir = temp.newFolder(name).toPath();
    StringBuilder config = new StringBuilder()
        .append("execution.job-listeners: ").append(Submitted.class.getName()).append('\n');
    if (restoreFrom != null) {
      config.append("execution.savepoint.path: ").append(restoreFrom.toUri()).append('\n');
    }
    Files.writeString(dir.resolve("config.yaml"), config);
    return dir;
  }

  /** The newest complete checkpoint under {@code checkpoints} ({@code JOB/chk-N/_metadata}). */
  private static Path latestCheckpoint(Path checkpoints) throws IOException {
    try (Stream<Path> files = Files.walk(checkpoints, 3)) {
      Path metadata = files
          .filter(f -> f.getFileName().toString().equals("_metadata"))
          .max(Comparator.comparingLong(f -> Long.parseLong(
              f.getParent().getFileName().toString().substring("chk-".length()))))
          .orElse(null);
      assertThat("a retained checkpoint under " + checkpoints, metadata, notNullValue());
      return metadata.getParent();
    }
  }

  /**
   * The corpus lines moved in time so that the newest is two hours old: the job forgets stories
   * {@code --horizonHours} behind its watermark, which follows the clock once the topic is read,
   * and decides a story's version once the watermark (an hour behind) has passed it.
   */
  private static List<String> retimed(List<String> lines) {
    Instant newest =
        Instant.parse(TestTopics.json(lines.get(lines.size() - 1)).get("published").asText());
    Duration shift = Duration.between(newest, Instant.now().minus(Duration.ofHours(2)));
    List<String> moved = new ArrayList<>();
    for (String line : lines) {
      ObjectNode story = (ObjectNode) TestTopics.json(line);
      story.put("published", Instant.parse(story.get("published").asText()).plus(shift).toString());
      moved.add(story.toString());
    }
    return moved;
  }

  /** The ids of {@code later} that share a copy cluster with one of {@code earlier}. */
  private static Set<String> joinedAcross(Map<String, String> copyCluster, Set<String> earlier,
      Set<String> later) {
    Set<String> earlierClusters = new HashSet<>();
    earlier.forEach(id -> earlierClusters.add(copyCluster.get(id)));
    return later.stream().filter(id -> earlierClusters.contains(copyCluster.get(id)))
        .collect(Collectors.toSet());
  }

  /** Story id → copy cluster, as the job's latest cluster updates have it. */
  private static Map<String, String> copyClustersOf(TestTopics.ClusterTable table) {
    Map<String, String> copyCluster = new HashMap<>();
    for (JsonNode cluster : table.latest.values()) {
      if (!cluster.hasNonNull("merged_into")) {
        cluster.get("members").forEach(m ->
            copyCluster.put(m.get("id").asText(), m.get("copy_cluster").asText()));
      }
    }
    return copyCluster;
  }

  /** Story id → copy cluster, as truth.tsv has it. */
  private static Map<String, String> copyClustersOfTruth() throws IOException {
    Map<String, String> copyCluster = new HashMap<>();
    List<String> rows = Files.readAllLines(TRUTH);
    for (String row : rows.subList(1, rows.size())) {
      String[] fields = row.split("\t");
      copyCluster.put(fields[0], fields[1]);
    }
    return copyCluster;
  }

  private static Set<String> idsOf(List<String> lines) {
    Set<String> ids = new HashSet<>();
    lines.forEach(line -> ids.add(TestTopics.json(line).get("id").asText()));
    return ids;
  }

  /**
   * One run of {@link CopydeskMain} on embedded Flink. A stream's run blocks until the job ends,
   * so it runs on a thread of its own; the test stops the job through the client Flink hands
   * {@link Submitted}.
   */
  private static final class FlinkRun {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final FutureTask<Integer> exit;
    private final JobClient job;

    private FlinkRun(String[] args) throws InterruptedException {
      exit = new FutureTask<>(() -> CopydeskMain.run(args,
          new PrintStream(out, true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8)));
      new Thread(exit, "copydesk-on-flink").start();
      job = Submitted.JOBS.poll(CATCH_UP_SECONDS, TimeUnit.SECONDS);
      assertThat("the job was submitted; " + errors(), job, notNullValue());
    }

    static FlinkRun start(String... args) throws InterruptedException {
      return new FlinkRun(args);
    }

    void cancel() throws Exception {
      job.cancel().get(120, TimeUnit.SECONDS);
      exit.get(120, TimeUnit.SECONDS);
    }

    /** Stops the job with a savepoint into {@code savepoints}; returns the run's summary. */
    String stopWithSavepoint(Path savepoints) throws Exception {
      job.stopWithSavepoint(false, savepoints.toUri().toString(), SavepointFormatType.CANONICAL)
          .get(120, TimeUnit.SECONDS);
      assertThat(errors(), exit.get(120, TimeUnit.SECONDS), equalTo(CopydeskMain.OK));
      return out.toString(StandardCharsets.UTF_8);
    }

    private String errors() {
      return "standard error: " + err.toString(StandardCharsets.UTF_8);
    }
  }

  /**
   * Hands the test each job Flink submits, since Beam's runner keeps the job's client to itself.
   * Flink makes it from the configuration ({@code execution.job-listeners}): public, no arguments.
   */
  public static final class Submitted implements JobListener {
    static final BlockingQueue<JobClient> JOBS = new LinkedBlockingQueue<>();

    @Override
    public void onJobSubmitted(JobClient client, Throwable failure) {
      if (client != null) {
        JOBS.add(client);
      }
    }

    @Override
    public void onJobExecuted(JobExecutionResult result, Throwable failure) {}
  }
}
