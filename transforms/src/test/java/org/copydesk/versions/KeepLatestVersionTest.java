package org.copydesk.versions;


import java.util.List;
import java.util.stream.IntStream;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestStream;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.Reify;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TimestampedValue;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.copydesk.state.Shards;
import org.copydesk.story.Origin;
import org.copydesk.story.Story;
import org.copydesk.story.Superseded;
import org.joda.time.Duration;
import org.joda.time.Instant;
import org.junit.Rule;
import org.junit.Test;

public class KeepLatestVersionTest {
  @Rule public final transient TestPipeline pipeline = TestPipeline.create();

  private static Story story(String id, long line, Long published, long contentHash) {
    return Story.builder()
        .setId(id)
        .setPublishedMillis(published)
        .setParagraphs(List.of("text of " + id + " version " + contentHash))
        .setOrigin(Origin.of("feed.jsonl", line))
        .setReceivedMillis(0)
        .setContentHash(contentHash)
        .build();
  }

  private static PCollection<String> describe(PCollectionTuple out) {
    return out.get(KeepLatestVersion.ACCEPTED)
        .apply("Describe", MapElements.into(TypeDescriptors.strings())
            .via((Story s) -> s.getId() + "@" + s.getOrigin().getLine()));
  }

  private static PCollection<String> describeSuperseded(PCollectionTuple out) {
    return out.get(KeepLatestVersion.SUPERSEDED)
        .apply("DescribeSuperseded", MapElements.into(TypeDescriptors.strings())
            .via((Superseded s) -> s.getId() + "@" + s.getOrigin().getLine() + ":" + s.getReason()
                + "->" + s.getKeptOrigin().getLine()));
  }

  @Test
  public void identicalRepeatsCountOnceAndTheNewestVersionWins() {
    PCollectionTuple out = pipeline
        .apply(Create.of(
            story("a", 1, 1000L, 11),
            story("a", 2, 1000L, 11), // identical repeat
            story("b", 3, 2000L, 21),
            story("b", 4, 5000L, 22), // newer by publication time
            story("b", 5, 1000L, 23), // older, arriving last
            story("c", 6, null, 31),
            story("c", 7, null, 32))) // no dates: the later arrival wins
        .apply(KeepLatestVersion.rememberingIdsFor(Duration.standardHours(72)));

    PAssert.that(describe(out)).containsInAnyOrder("a@1", "b@4", "c@7");
    PAssert.that(describeSuperseded(out)).containsInAnyOrder(
        "a@2:identical_repeat->1",
        "b@3:older_version->4",
        "b@5:older_version->4",
        "c@6:older_version->7");
    pipeline.run();
  }

  /**
   * A backlog ahead of the watermark (a consumer catching up) is decided as the watermark moves
   * through it, not all at its end: an id comes out of a timer at the timer's time, and a timer
   * fires only once the watermark has passed it. Ten ids of one shard, a minute apart: the first
   * is decided at once, then the median of the nine waiting, which takes up to minute 5.
   */
  @Test
  public void idsAreDecidedAsTheWatermarkPassesThemNotAtTheEndOfTheBacklog() throws Exception {
    List<String> ids = IntStream.range(0, 100).mapToObj(n -> "id" + n)
        .filter(id -> Shards.of(id, Shards.DEFAULT) == 0).limit(10).toList();
    TestStream.Builder<Story> stream =
        TestStream.create(pipeline.getSchemaRegistry().getSchemaCoder(Story.class));
    for (int minute = 0; minute < 10; minute++) {
      long millis = minute * 60_000L;
      stream = stream.addElements(TimestampedValue.of(
          story(ids.get(minute), minute, millis, minute), new Instant(millis)));
    }
    Instant watermark = new Instant(330_000); // 5.5 minutes
    PCollectionTuple out = pipeline
        .apply(stream.advanceWatermarkTo(watermark).advanceWatermarkToInfinity())
        .apply(KeepLatestVersion.rememberingIdsFor(Duration.standardHours(72)));

    PAssert.that(out.get(KeepLatestVersion.ACCEPTED)
            .apply(Reify.timestamps())
            .apply("When", MapElements.into(TypeDescriptors.strings())
                .via(decided -> decided.getValue().getOrigin().getLine()
                    + (decided.getTimestamp().isAfter(watermark) ? " after" : " by 5.5 min"))))
        .containsInAnyOrder("0 by 5.5 min", "1 by 5.5 min", "2 by 5.5 min", "3 by 5.5 min",
            "4 by 5.5 min", "5 by 5.5 min", "6 after", "7 after", "8 after", "9 after");
    pipeline.run();
  }

  @Test
  public void aLateUpdateReplacesTheStoryAndALateRepeatIsSetAside() throws Exception {
    Instant t0 = new Instant(0);
    TestStream<Story> stream = TestStream.create(pipeline.getSchemaRegistry().getSchemaCoder(Story.class))
        .addElements(TimestampedValue.of(story("a", 1, 1000L, 11), new Instant(1000)))
        .advanceWatermarkTo(t0.plus(Duration.standardMinutes(10)))
        // decided by now: these come after
        .addElements(TimestampedValue.of(story("a", 2, 1000L, 11), new Instant(1000)))
        .addElements(TimestampedValue.of(story("a", 3, 9000L, 12), new Instant(9000)))
        .advanceWatermarkToInfinity();
    PCollectionTuple out =
        pipeline.apply(stream).apply(KeepLatestVersion.rememberingIdsFor(Duration.standardHours(72)));

    // The first version was the story until the update came: downstream sees both, in order.
    PAssert.that(describe(out)).containsInAnyOrder("a@1", "a@3");
    PAssert.that(describeSuperseded(out)).containsInAnyOrder(
        "a@2:identical_repeat->1", "a@1:older_version->3");
    pipeline.run();
  }

  @Test
  public void anIdIsForgottenAfterTheHorizon() throws Exception {
    TestStream<Story> stream = TestStream.create(pipeline.getSchemaRegistry().getSchemaCoder(Story.class))
        .addElements(TimestampedValue.of(story("a", 1, 0L, 11), new Instant(0)))
        .advanceWatermarkTo(new Instant(0).plus(Duration.standardHours(2)))
        .addElements(TimestampedValue.of(story("a", 2, 0L, 11),
            new Instant(0).plus(Duration.standardHours(3))))
        .advanceWatermarkToInfinity();
    PCollectionTuple out =
        pipeline.apply(stream).apply(KeepLatestVersion.rememberingIdsFor(Duration.standardHours(1)));

    PAssert.that(describe(out)).containsInAnyOrder("a@1", "a@2");
    PAssert.that(out.get(KeepLatestVersion.SUPERSEDED)).empty();
    pipeline.run();
  }
}
