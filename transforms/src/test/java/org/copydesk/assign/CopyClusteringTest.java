package org.copydesk.assign;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.not;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.testing.TestStream;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TimestampedValue;
import org.copydesk.candidates.FindCandidates;
import org.copydesk.fingerprint.FingerprintConfig;
import org.copydesk.fingerprint.FingerprintStories;
import org.copydesk.fingerprint.StoryPrint;
import org.copydesk.parse.ParseStories;
import org.copydesk.read.InputFormat;
import org.copydesk.read.RawRecord;
import org.copydesk.read.ReadLimits;
import org.copydesk.story.Origin;
import org.copydesk.story.SchemaCoders;
import org.copydesk.story.Story;
import org.copydesk.verify.CopyJudge;
import org.copydesk.verify.VerifiedPair;
import org.copydesk.verify.VerifyConfig;
import org.joda.time.Duration;
import org.joda.time.Instant;
import org.junit.Test;

/**
 * Fingerprint, candidates, verify and assign together, as a batch over bounded input and as a
 * stream with out-of-order and late arrivals: both must find the same copy clusters.
 */
public class CopyClusteringTest {
  private static final Path CORPUS = Paths.get("..", "testdata", "corpus", "stories.jsonl");
  private static final Duration HORIZON = Duration.standardHours(72);

  /** Stories that reached the stream behind the watermark. */
  private static final AtomicInteger LATE_ARRIVALS = new AtomicInteger();

  /** Latest copy cluster per story, per run; filled by the pipelines of this JVM. */
  private static final Map<String, Map<String, Membership>> RUNS = new ConcurrentHashMap<>();

  private static List<Story> corpusStories(int count) throws Exception {
    List<Story> stories = new ArrayList<>();
    List<String> lines = Files.readAllLines(CORPUS);
    for (int i = 0; i < count; i++) {
      RawRecord record = RawRecord.of(Origin.of("stories.jsonl", i + 1), InputFormat.JSON_LINES,
          lines.get(i), 0);
      stories.add(ParseStories.parse(record, ReadLimits.defaults()));
    }
    return stories;
  }

  private static void cluster(PCollection<Story> stories, String run) {
    PCollection<StoryPrint> prints =
        stories.apply(FingerprintStories.with(FingerprintConfig.defaults()));
    prints
        .apply(FindCandidates.within(HORIZON, 1000, 2).judgedBy(
            CopyJudge.with(VerifyConfig.defaults()),
            SchemaCoders.of(stories.getPipeline(), VerifiedPair.class)))
        .apply(AssignClusters.of(prints))
        .get(AssignClusters.MEMBERSHIPS)
        .apply(ParDo.of(new Collect(run)));
  }

  private static Map<String, String> partition(String run) {
    Map<String, String> labels = new HashMap<>();
    RUNS.get(run).forEach((id, membership) -> labels.put(id, membership.getCopyCluster()));
    return labels;
  }

  private static Pipeline directPipeline() {
    return Pipeline.create(PipelineOptionsFactory.fromArgs("--runner=DirectRunner").create());
  }

  @Test
  public void aStreamOutOfOrderAndLateFindsTheSameCopyClustersAsABatch() throws Exception {
    List<Story> stories = corpusStories(240);

    Pipeline batch = directPipeline();
    cluster(batch.apply(Create.of(stories).withCoder(SchemaCoders.of(batch, Story.class))), "batch");
    batch.run().waitUntilFinish();

    // Arrival: event-time order disturbed by up to an hour, the watermark an hour behind the
    // newest story seen, and every tenth story held back for thirty arrivals (hours of event
    // time), until after the watermark passed it.
    Pipeline stream = directPipeline();
    Coder<Story> coder = SchemaCoders.of(stream, Story.class);
    List<Story> arrival = new ArrayList<>(stories);
    Random random = new Random(11);
    arrival.sort(Comparator.comparingLong(s -> s.getEventMillis() + random.nextInt(3_600_000)));
    List<Story> late = new ArrayList<>();
    TestStream.Builder<Story> events = TestStream.create(coder);
    long watermark = Long.MIN_VALUE;
    for (int i = 0; i < arrival.size(); i++) {
      Story story = arrival.get(i);
      if (i % 10 == 0) {
        late.add(story);
        continue;
      }
      events = events.addElements(TimestampedValue.of(story, new Instant(story.getEventMillis())));
      long behind = story.getEventMillis() - 3_600_000L;
      if (behind > watermark) {
        watermark = behind;
        events = events.advanceWatermarkTo(new Instant(watermark));
      }
      if (late.size() > 3) {
        Story held = late.remove(0);
        if (held.getEventMillis() < watermark) {
          LATE_ARRIVALS.incrementAndGet();
        }
        events = events.addElements(TimestampedValue.of(held, new Instant(held.getEventMillis())));
      }
    }
    for (Story held : late) {
      events = events.addElements(TimestampedValue.of(held, new Instant(held.getEventMillis())));
    }
    cluster(stream.apply(events.advanceWatermarkToInfinity()), "stream");
    stream.run().waitUntilFinish();

    Map<String, String> batchPartition = partition("batch");
    Map<String, String> streamPartition = partition("stream");
    assertThat(batchPartition.size(), equalTo(stories.size()));
    assertThat("some stories arrived behind the watermark", LATE_ARRIVALS.get(), greaterThan(0));
    // Labels are the earliest member of each cluster, so equal partitions have equal labels.
    assertThat(streamPartition, equalTo(batchPartition));
    // And the clustering found copies at all: fewer clusters than stories.
    assertThat(new HashSet<>(batchPartition.values()).size(),
        not(equalTo(stories.size())));
  }

  @Test
  public void copiesFurtherApartThanTheHorizonAreNotJoined() throws Exception {
    Story original = corpusStories(1).get(0);
    long fourDays = Duration.standardDays(4).getMillis();
    Story again = original.toBuilder().setId("resent-four-days-later")
        .setPublishedMillis(original.getPublishedMillis() + fourDays).build();
    Story soon = original.toBuilder().setId("resent-an-hour-later")
        .setPublishedMillis(original.getPublishedMillis() + 3_600_000L).build();

    Pipeline stream = directPipeline();
    TestStream<Story> events = TestStream.create(SchemaCoders.of(stream, Story.class))
        .addElements(TimestampedValue.of(original, new Instant(original.getEventMillis())))
        .addElements(TimestampedValue.of(soon, new Instant(soon.getEventMillis())))
        .advanceWatermarkTo(new Instant(original.getEventMillis() + fourDays - 1))
        .addElements(TimestampedValue.of(again, new Instant(again.getEventMillis())))
        .advanceWatermarkToInfinity();
    cluster(stream.apply(events), "horizon");
    stream.run().waitUntilFinish();

    Map<String, String> partition = partition("horizon");
    assertThat(partition.get(soon.getId()), equalTo(partition.get(original.getId())));
    assertThat(partition.get(again.getId()), not(equalTo(partition.get(original.getId()))));
  }

  /** Keeps the latest membership per story of one run. */
  private static final class Collect extends DoFn<Membership, Void> {
    private final String run;

    Collect(String run) {
      this.run = run;
    }

    @ProcessElement
    public void process(@Element Membership membership) {
      RUNS.computeIfAbsent(run, r -> new ConcurrentHashMap<>())
          .merge(membership.getId(), membership,
              (a, b) -> a.getSequence() >= b.getSequence() ? a : b);
    }
  }
}
