package org.copydesk.assign;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.copydesk.fingerprint.FingerprintConfig;
import org.copydesk.fingerprint.FingerprintStories;
import org.copydesk.fingerprint.StoryPrint;
import org.copydesk.monitor.FeedMetrics;
import org.copydesk.story.Origin;
import org.copydesk.story.SchemaCoders;
import org.copydesk.story.Story;
import org.copydesk.verify.VerifiedPair;
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
}
