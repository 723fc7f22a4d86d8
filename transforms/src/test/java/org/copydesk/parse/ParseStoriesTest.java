package org.copydesk.parse;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.WithFailures;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.copydesk.read.InputFormat;
import org.copydesk.read.RawRecord;
import org.copydesk.read.ReadLimits;
import org.copydesk.story.DeadLetter;
import org.copydesk.story.Origin;
import org.copydesk.story.Story;
import org.junit.Rule;
import org.junit.Test;

public class ParseStoriesTest {
  private static final Path SEEDS = Paths.get("..", "testdata", "seeds");

  @Rule public final transient TestPipeline pipeline = TestPipeline.create();

  private static RawRecord capture(String name) throws IOException {
    return RawRecord.of(Origin.wholeFile("seeds/" + name), InputFormat.CAPTURE,
        Files.readString(SEEDS.resolve(name)), 0);
  }

  private static RawRecord json(long line, String text) {
    return RawRecord.of(Origin.of("feed.jsonl", line), InputFormat.JSON_LINES, text, 0);
  }

  @Test
  public void aCaptureIsParsedIntoItsParts() throws Exception {
    Story reuters = ParseStories.parse(capture("002_d7f1406457321b44.txt"), ReadLimits.defaults());
    assertThat(reuters.getId(), equalTo("002_d7f1406457321b44"));
    assertThat(reuters.getByline(), equalTo("By Arshad Mohammed"));
    assertThat(reuters.getDateline(), equalTo("ISLAMABAD Jan 12"));
    assertThat(reuters.getParagraphs().get(0).startsWith("U.S. Secretary of State John Kerry held talks"),
        equalTo(true));
    assertThat(reuters.getParagraphs(), not(hasItem("By Arshad Mohammed")));

    Story chinaDaily = ParseStories.parse(capture("001_9c86b550bdb889fc.txt"), ReadLimits.defaults());
    assertThat(chinaDaily.getSource(), equalTo("China Daily"));
    assertThat(chinaDaily.getPublishedMillis(),
        equalTo(Instant.parse("2015-01-14T07:59:00Z").toEpochMilli()));
    assertThat(chinaDaily.getCredits(), hasItem("AFP - AP - Xinhua"));
  }

  @Test
  public void aJsonBodyGetsTheSameStructureAsACapture() throws Exception {
    Story story = ParseStories.parse(json(1, "{\"id\":\"p1\",\"body\":\"Islamabad, Jan 13: Kerry said"
        + " the task was not done.\\n\\nHe left for Geneva.\\n\\nPTI\"}"), ReadLimits.defaults());
    assertThat(story.getDateline(), equalTo("Islamabad, Jan 13"));
    assertThat(story.getParagraphs().get(0), equalTo("Kerry said the task was not done."));
    assertThat(story.getCredits(), hasItem("PTI"));
    assertThat(story.getSource(), equalTo("PTI"));
  }

  @Test
  public void goodRecordsBecomeStoriesAndBadOnesDeadLettersInEventTime() throws Exception {
    WithFailures.Result<PCollection<Story>, DeadLetter> parsed = pipeline
        .apply(Create.of(
            capture("000_ad83b415aefcc01f.txt"),
            json(1, "{\"id\":\"a\",\"body\":\"Text of a.\",\"published\":\"2015-01-13T00:00:00Z\"}"),
            json(2, "{\"id\":\"b\"}"),
            json(3, "not json at all"),
            RawRecord.of(Origin.wholeFile("empty.txt"), InputFormat.CAPTURE, "Share this\n", 0)))
        .apply(ParseStories.withLimits(ReadLimits.defaults()));

    PAssert.that(parsed.output().apply("Ids", MapElements.into(TypeDescriptors.strings())
            .via((Story s) -> s.getId() + "@" + s.getEventMillis())))
        .containsInAnyOrder("000_ad83b415aefcc01f@0",
            "a@" + Instant.parse("2015-01-13T00:00:00Z").toEpochMilli());
    PAssert.that(parsed.failures().apply("Reasons", MapElements.into(TypeDescriptors.strings())
            .via((DeadLetter d) -> d.getOrigin() + " " + d.getReason())))
        .containsInAnyOrder("feed.jsonl:2 missing_body", "feed.jsonl:3 malformed_json",
            "empty.txt missing_body");
    pipeline.run();
  }
}
