package org.copydesk.event;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.copydesk.fingerprint.Shingler;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class EventKeysTest {

  @Rule public final TemporaryFolder folder = new TemporaryFolder();

  @Test
  public void atMostFifteenDistinctSortedKeys() {
    for (int s = 0; s < 5; s++) {
      EventDigest seed = StoryTierFixtures.seed(s);
      long[] keys = EventKeys.of(seed, new TermStats());
      assertEquals(15, keys.length); // the seeds have six rare facts and more
      assertArrayEquals(Shingler.sortUnique(keys.clone(), keys.length), keys);
      assertArrayEquals(keys, EventKeys.of(seed, new TermStats()));
    }
    assertEquals(0, EventKeys.of(EventDigest.of(null, List.of("Kerry left."), null),
        new TermStats()).length); // one fact makes no pair
  }

  /** Every pair of seeds shares keys, as a stream computes them (stats of the stories before). */
  @Test
  public void theSeedsShareKeys() {
    TermStats stats = new TermStats();
    List<long[]> keys = new ArrayList<>();
    for (int s = 0; s < 5; s++) {
      EventDigest seed = StoryTierFixtures.seed(s);
      keys.add(EventKeys.of(seed, stats));
      stats.observe(seed);
    }
    for (int i = 0; i < 5; i++) {
      for (int j = i + 1; j < 5; j++) {
        int shared = Shingler.intersectionSize(keys.get(i), keys.get(j));
        System.out.println("seeds " + i + "-" + j + ": " + shared + " shared keys");
        assertThat(i + "-" + j, shared, greaterThanOrEqualTo(1));
      }
    }
    assertThat(Shingler.intersectionSize(keys.get(0), keys.get(1)), greaterThanOrEqualTo(6));
  }

  @Test
  public void factsThatMuchOfTheFeedCarriesMakeNoKeys() {
    TermStats stats = new TermStats();
    for (int i = 0; i < 100; i++) {
      stats.observe(EventDigest.of(null, List.of("In Washington, Reuters counted " + i + " votes."),
          null));
    }
    EventDigest withCommon = EventDigest.of(null, List.of(
        "In Washington, Reuters said Kerry met Sharif in Islamabad and pledged 250 mln dlrs."),
        null);
    EventDigest without = EventDigest.of(null, List.of(
        "It said Kerry met Sharif in Islamabad and pledged 250 mln dlrs."), null);
    long[] keys = EventKeys.of(withCommon, stats);
    assertEquals(6, keys.length); // pairs of kerry, sharif, islamabad, 250 million
    assertArrayEquals(EventKeys.of(without, stats), keys);
  }

  /**
   * On the first 400 stories of the evaluation corpus, in a stream: reports of one event (other
   * copy clusters of one true story) nearly always share a key; stories of different events within
   * the horizon almost never do.
   */
  @Test
  public void unrelatedStoriesRarelyShareKeys() throws IOException {
    Path corpus = Paths.get("..", "testdata", "corpus");
    Path head = folder.newFile("head.jsonl").toPath();
    Files.write(head, Files.readAllLines(corpus.resolve("stories.jsonl"), StandardCharsets.UTF_8)
        .subList(0, 400));
    Map<String, String[]> truth = new HashMap<>();
    for (String line : Files.readAllLines(corpus.resolve("truth.tsv"), StandardCharsets.UTF_8)) {
      String[] t = line.split("\t");
      truth.put(t[0], t);
    }
    List<EvaluateStoryTier.Item> items = EvaluateStoryTier.readStories(head);
    TermStats stats = new TermStats();
    List<long[]> keys = new ArrayList<>();
    int[] sameEvent = new int[2]; // {pairs, sharing a key}
    int[] otherEvent = new int[2];
    for (int j = 0; j < items.size(); j++) {
      EventDigest d = items.get(j).digest();
      keys.add(EventKeys.of(d, stats));
      stats.observe(d);
      String[] tj = truth.get(items.get(j).id());
      for (int i = 0; i < j; i++) {
        String[] ti = truth.get(items.get(i).id());
        long apart = d.publishedMillis() - items.get(i).digest().publishedMillis();
        if (ti[1].equals(tj[1]) || apart > EventVerifier.DEFAULT_WINDOW_MILLIS) {
          continue;
        }
        int[] counts = ti[2].equals(tj[2]) ? sameEvent : otherEvent;
        counts[0]++;
        counts[1] += Shingler.intersectionSize(keys.get(i), keys.get(j)) > 0 ? 1 : 0;
      }
    }
    System.out.printf("same event: %d of %d pairs share a key; other events: %d of %d%n",
        sameEvent[1], sameEvent[0], otherEvent[1], otherEvent[0]);
    assertThat(sameEvent[0], greaterThan(300));
    assertThat((double) sameEvent[1] / sameEvent[0], greaterThan(0.9));
    assertThat((double) otherEvent[1] / otherEvent[0], lessThan(0.01));
    assertThat(keys.stream().mapToInt(k -> k.length).max().getAsInt(), lessThanOrEqualTo(15));
  }
}
