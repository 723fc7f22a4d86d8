package org.copydesk.assign;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.DistributionResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestStream;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TimestampedValue;
import org.copydesk.fingerprint.FingerprintConfig;
import org.copydesk.fingerprint.FingerprintStories;
import org.copydesk.fingerprint.StoryPrint;
import org.copydesk.monitor.FeedMetrics;
import org.copydesk.story.Origin;
import org.copydesk.story.SchemaCoders;
import org.copydesk.story.Story;
import org.copydesk.verify.VerifiedPair;
import org.joda.time.Duration;
import org.joda.time.Instant;
import org.junit.Rule;
import org.junit.Test;

public class AssignClustersTest {
  @Rule public final transient TestPipeline pipeline = TestPipeline.create();

  private static Story story(String id, long millis) {
    return Story.builder().setId(id).setPublishedMillis(millis)
        .setParagraphs(List.of("The same wire text, sent again by another outlet."))
        .setOrigin(Origin.of("test.jsonl", 1)).setReceivedMillis(millis).setContentHash(millis)
        .build();
  }

  private static VerifiedPair copy(String newer, long newerMillis, String older, long olderMillis) {
    return VerifiedPair.create(newer, newerMillis, older, olderMillis, 0.9, "copy", List.of());
  }

  /**
   * Three stories in three copy pairs are one cluster and two copied stories, in whatever order
   * the pairs come: the duplicate rate counts stories.
   */
  @Test
  public void aStoryIsCountedCopiedOnceHoweverManyPairsItIsIn() {
    PCollection<StoryPrint> prints = pipeline
        .apply("Stories", Create.of(story("a", 1000), story("b", 2000), story("c", 3000))
            .withCoder(SchemaCoders.of(pipeline, Story.class)))
        .apply(FingerprintStories.with(FingerprintConfig.defaults()));
    pipeline
        .apply("Copies", Create.of(copy("b", 2000, "a", 1000), copy("c", 3000, "a", 1000),
                copy("c", 3000, "b", 2000))
            .withCoder(SchemaCoders.of(pipeline, VerifiedPair.class)))
        .apply(AssignClusters.of(prints));
    PipelineResult result = pipeline.run();
    result.waitUntilFinish();

    long copied = 0;
    for (MetricResult<Long> counter : result.metrics().queryMetrics(MetricsFilter.builder()
        .addNameFilter(MetricNameFilter.named(FeedMetrics.NAMESPACE, FeedMetrics.STORIES_COPIED))
        .build()).getCounters()) {
      copied += counter.getAttempted();
    }
    assertThat(copied, equalTo(2L));
  }

  @Test
  public void aStreamForgetsItsClustersOnceTheWatermarkIsAHorizonPastTheirNewestMember() {
    assertThat(peakStoriesHeld(Duration.standardHours(1)), equalTo(3L));
  }

  @Test
  public void withoutAHorizonEveryStoryIsKept() {
    assertThat(peakStoriesHeld(null), equalTo(5L));
  }

  /** Three stories, the watermark three hours on, then two more. */
  private long peakStoriesHeld(Duration horizon) {
    Instant start = new Instant(0);
    TestStream<Story> stories = TestStream.create(SchemaCoders.of(pipeline, Story.class))
        .addElements(stamped(story("a", 0)), stamped(story("b", 60_000)),
            stamped(story("c", 120_000)))
        .advanceWatermarkTo(start.plus(Duration.standardHours(3)))
        .addElements(stamped(story("d", 3 * 3_600_000)), stamped(story("e", 3 * 3_600_000 + 1)))
        .advanceWatermarkToInfinity();
    PCollection<StoryPrint> prints = pipeline.apply("Stories", stories)
        .apply(FingerprintStories.with(FingerprintConfig.defaults()));
    PCollection<VerifiedPair> copies = pipeline.apply("Copies",
        Create.empty(SchemaCoders.of(pipeline, VerifiedPair.class)));
    AssignClusters assign = AssignClusters.of(prints);
    copies.apply(horizon == null ? assign : assign.forgettingAfter(horizon));
    PipelineResult result = pipeline.run();
    result.waitUntilFinish();

    long peak = 0;
    for (MetricResult<DistributionResult> held : result.metrics().queryMetrics(
        MetricsFilter.builder().addNameFilter(MetricNameFilter.named(FeedMetrics.NAMESPACE,
            FeedMetrics.ASSIGN_STORIES + FeedMetrics.HELD_SUFFIX)).build()).getDistributions()) {
      peak = Math.max(peak, held.getAttempted().getMax());
    }
    return peak;
  }

  private static TimestampedValue<Story> stamped(Story story) {
    return TimestampedValue.of(story, new Instant(story.getPublishedMillis()));
  }
}
