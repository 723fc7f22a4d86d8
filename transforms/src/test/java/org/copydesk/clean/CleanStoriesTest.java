package org.copydesk.clean;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.Filter;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.WithFailures;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.copydesk.story.DeadLetter;
import org.copydesk.story.Origin;
import org.copydesk.story.Story;
import org.junit.Rule;
import org.junit.Test;

public class CleanStoriesTest {
  private static final String FOOTER =
      "Copyright The Valley Gazette. All rights reserved. Sign up for our morning newsletter.";

  @Rule public final transient TestPipeline pipeline = TestPipeline.create();

  private static Story story(String id, String source, List<String> paragraphs) {
    return Story.builder()
        .setId(id)
        .setSource(source)
        .setParagraphs(paragraphs)
        .setOrigin(Origin.of("feed.jsonl", 1))
        .setReceivedMillis(0)
        .setContentHash(id.hashCode())
        .build();
  }

  /** Distinct news stories of one outlet, each ending with the outlet's footer. */
  private static List<Story> gazetteStories(int count) {
    String[] towns = {"Ashford", "Brampton", "Corbridge", "Dunmore", "Elswick", "Fenwick"};
    List<Story> stories = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String town = towns[i];
      stories.add(story("g" + i, "Valley Gazette", List.of(
          "The council of " + town + " voted on Monday to close " + (i + 2) + " libraries.",
          "Residents of " + town + " said the decision came without warning, and " + (i + 10)
              + " of them protested outside the town hall.",
          FOOTER)));
    }
    return stories;
  }

  @Test
  public void aFooterRecurringAcrossOneSourcesStoriesIsLearnedAndRemoved() {
    WithFailures.Result<PCollection<Story>, DeadLetter> cleaned = pipeline
        .apply(Create.of(gazetteStories(6)))
        .apply(CleanStories.withBoilerplate(BoilerplateConfig.defaults()));

    // Learned from the feed in arrival order: once three stories showed it, it goes.
    PCollection<String> withFooter = cleaned.output()
        .apply(Filter.by((Story s) -> s.getParagraphs().contains(FOOTER)))
        .apply(MapElements.into(TypeDescriptors.strings()).via(Story::getId));
    PAssert.thatSingleton(withFooter.apply(org.apache.beam.sdk.transforms.Count.globally()))
        .satisfies(n -> {
          if (n > 2) {
            throw new AssertionError(n + " stories kept the footer; at most the first two may");
          }
          return null;
        });
    PAssert.that(cleaned.output().apply("StoryTextKept", MapElements.into(TypeDescriptors.integers())
            .via((Story s) -> (int) s.getParagraphs().stream().filter(p -> !p.equals(FOOTER)).count())))
        .containsInAnyOrder(2, 2, 2, 2, 2, 2);
    PAssert.that(cleaned.failures()).empty();
    pipeline.run();
  }

  @Test
  public void aStoryOfNothingButChromeIsADeadLetter() {
    WithFailures.Result<PCollection<Story>, DeadLetter> cleaned = pipeline
        .apply(Create.of(
            story("chrome", null, List.of("Share this", "Click it and Unblock the Notifications")),
            story("news", null, List.of("The council voted on Monday to close two libraries."))))
        .apply(CleanStories.withBoilerplate(BoilerplateConfig.defaults()));

    PAssert.that(cleaned.output().apply(MapElements.into(TypeDescriptors.strings()).via(Story::getId)))
        .containsInAnyOrder("news");
    PAssert.that(cleaned.failures().apply("Reasons",
            MapElements.into(TypeDescriptors.strings()).via(DeadLetter::getReason)))
        .containsInAnyOrder("empty_after_cleaning");
    pipeline.run();
  }
}
