package org.copydesk.pipeline.monitor;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.copydesk.consolidate.ClusterView;
import org.copydesk.testing.Seeds;
import org.copydesk.write.OutputJson;
import org.junit.Test;

/** The latest version of each cluster wins, merges remove, and the figures count what is live. */
public class ClusterStoreTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2015-01-14T12:00:30Z"), ZoneOffset.UTC);

  private final ClusterStore store = new ClusterStore(CLOCK);

  @Test
  public void aNewerVersionReplacesAnOlderAndNotTheOtherWayRound() {
    assertThat(store.apply(single("story-a", 2, "Newer"), "l2"), is(true));
    assertThat(store.apply(single("story-a", 1, "Older"), "l1"), is(false));
    assertThat(store.get("story-a").orElseThrow().line(), equalTo("l2"));
    assertThat(store.apply(single("story-a", 3, "Newest"), "l3"), is(true));
    assertThat(store.get("story-a").orElseThrow().view().getCanonical().getHeadline(),
        equalTo("Newest"));
  }

  @Test
  public void aMergeTombstoneRemovesTheClusterForGood() {
    store.apply(single("story-b", 1, "B"), "b1");
    store.apply(ClusterView.mergedInto("story-b", 2, "story-a"), "b2");
    assertThat(store.get("story-b").isPresent(), is(false));
    store.apply(single("story-b", 1, "B"), "b1 again");
    assertThat(store.list("", 10), empty());
  }

  @Test
  public void listsNewestFirstAndSearchesIdsSourcesAndHeadlines() {
    store.apply(single("story-a", 1, "Quake hits coast"), "a");
    store.apply(single("story-b", 1, "Election results"), "b");
    assertThat(ids(store.list("", 10)), contains("story-b", "story-a"));
    assertThat(ids(store.list("QUAKE coast", 10)), contains("story-a"));
    assertThat(ids(store.list("story-b-1", 10)), contains("story-b"));
    assertThat(ids(store.list("reuters", 10)), contains("story-b", "story-a"));
    assertThat(store.list("quake election", 10), empty());
  }

  @Test
  public void tellsWhichMembersAreNew() {
    ClusterView seeds = Seeds.storyCluster();
    store.accept(new OutputSource.Line(OutputSource.Kind.CLUSTER, OutputJson.cluster(seeds)));
    assertThat(store.get(seeds.getStoryCluster()).orElseThrow().newMembers().size(), equalTo(5));
  }

  @Test
  public void figuresCountDuplicatesPerSourceDeadLettersAndArrivals() {
    ClusterView seeds = Seeds.storyCluster();
    List<Change> changes = new ArrayList<>();
    store.onChange(changes::add);
    store.accept(new OutputSource.Line(OutputSource.Kind.CLUSTER, OutputJson.cluster(seeds)));
    store.accept(new OutputSource.Line(OutputSource.Kind.DEAD_LETTER,
        "{\"file\":\"f\",\"line\":1,\"reason\":\"malformed_json\"}"));
    store.accept(new OutputSource.Line(OutputSource.Kind.CLUSTER, "not json"));
    ClusterStore.Figures figures = store.figures();
    assertThat(figures.clusters(), equalTo(1));
    assertThat(figures.stories(), equalTo(5));
    assertThat(figures.deadLettersByReason(), equalTo(Map.of("malformed_json", 1L)));
    assertThat(figures.unreadableLines(), equalTo(1L));
    // China Daily republished AFP: its one story is a copy, AFP's is the canonical.
    String chinaDaily = seeds.getMembers().stream().filter(m -> m.getId().startsWith("001"))
        .findFirst().orElseThrow().getSource();
    assertThat(figures.sources(), hasItem(new ClusterStore.SourceRate(chinaDaily, 1, 1, 1.0)));
    assertThat(figures.throughput().get(ClusterStore.THROUGHPUT_MINUTES - 1),
        equalTo(new ClusterStore.Minute("2015-01-14T12:00:00Z", 5)));
    assertThat(figures.storiesPerMinute(), equalTo(0.5));
    assertThat(changes.size(), equalTo(2));
  }

  /** A cluster of one story from Reuters, {@code id-1}. */
  private static ClusterView single(String id, long version, String headline) {
    String story = id + "-1";
    return ClusterView.of(id, version,
        ClusterView.Canonical.of(story, "Reuters", headline, "Text.", "the only one"),
        List.of(ClusterView.CopyCluster.of("copy-" + story, story, "the only one", List.of(story))),
        List.of(ClusterView.Member.of(story, "Reuters", headline, null, "copy-" + story, null,
            "first", List.of(), 1, null, null, null)),
        null);
  }

  private static List<String> ids(List<ClusterStore.Entry> entries) {
    return entries.stream().map(e -> e.view().getStoryCluster()).toList();
  }
}
