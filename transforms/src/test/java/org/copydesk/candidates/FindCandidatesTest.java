package org.copydesk.candidates;

import java.util.List;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.copydesk.fingerprint.StoryPrint;
import org.copydesk.story.Origin;
import org.copydesk.story.SchemaCoders;
import org.copydesk.story.Story;
import org.joda.time.Duration;
import org.junit.Rule;
import org.junit.Test;

public class FindCandidatesTest {
  private static final long HOUR = 3_600_000L;

  @Rule public final transient TestPipeline pipeline = TestPipeline.create();

  private static StoryPrint print(String id, Long publishedMillis, long... bandKeys) {
    Story story = Story.builder()
        .setId(id)
        .setPublishedMillis(publishedMillis)
        .setParagraphs(List.of("text"))
        .setOrigin(Origin.of("feed.jsonl", 1))
        .setReceivedMillis(1_000 * HOUR)
        .setContentHash(id.hashCode())
        .build();
    return new StoryPrint(story, bandKeys, new byte[0]);
  }

  private PCollection<String> candidates(int minSharedBands, StoryPrint... prints) {
    return pipeline
        .apply(Create.of(List.of(prints))
            .withCoder(new StoryPrint.PrintCoder(SchemaCoders.of(pipeline, Story.class))))
        .apply(FindCandidates.within(Duration.standardHours(72), 1000, minSharedBands))
        .apply(MapElements.into(TypeDescriptors.strings())
            .via((CandidatePair p) -> p.getNewerId() + ">" + p.getOlderId()));
  }

  @Test
  public void storiesMeetingInEnoughBucketsArePairedOnceNewerFirst() {
    PCollection<String> pairs = candidates(2,
        print("a", 0L, 1, 2, 3),
        print("b", HOUR, 1, 2, 3), // meets a in three buckets: one pair
        print("c", 2 * HOUR, 3, 7, 8), // meets a and b once: not enough
        print("d", 3 * HOUR, 7, 8, 9)); // meets c twice
    PAssert.that(pairs).containsInAnyOrder("b>a", "d>c");
    pipeline.run();
  }

  @Test
  public void datedStoriesFurtherApartThanTheHorizonAreNotPairedButUndatedOnesAre() {
    PCollection<String> pairs = candidates(1,
        print("old", 0L, 1, 2),
        print("new", 100 * HOUR, 1, 2), // 100 hours later: past the 72-hour horizon
        print("undated", null, 1, 2)); // received long after, but says nothing of when written
    PAssert.that(pairs).containsInAnyOrder("undated>old", "undated>new");
    pipeline.run();
  }

  @Test
  public void aHotBucketIsBoundedAndKeepsItsNewestStories() {
    StoryPrint[] prints = new StoryPrint[12];
    for (int i = 0; i < prints.length; i++) {
      prints[i] = print("s" + i, i * HOUR, 42);
    }
    PCollection<Long> count = pipeline
        .apply(Create.of(List.of(prints))
            .withCoder(new StoryPrint.PrintCoder(SchemaCoders.of(pipeline, Story.class))))
        .apply(FindCandidates.within(Duration.standardHours(72), 4, 1))
        .apply(org.apache.beam.sdk.transforms.Count.globally());
    // Without the bound, 12 stories in one bucket make 66 pairs; with at most 4 remembered,
    // each newcomer meets at most 4.
    PAssert.thatSingleton(count).satisfies(n -> {
      if (n > 12 * 4) {
        throw new AssertionError(n + " pairs from a bucket bounded to 4 stories");
      }
      return null;
    });
    pipeline.run();
  }
}
