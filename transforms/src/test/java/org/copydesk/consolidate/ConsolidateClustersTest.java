package org.copydesk.consolidate;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestStream;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.Filter;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TimestampedValue;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.copydesk.assign.Membership;
import org.copydesk.story.Origin;
import org.copydesk.story.SchemaCoders;
import org.copydesk.story.Story;
import org.joda.time.Duration;
import org.joda.time.Instant;
import org.junit.Rule;
import org.junit.Test;

public class ConsolidateClustersTest {
  private static final Duration HORIZON = Duration.standardHours(72);
  private static final long T0 = Instant.parse("2015-01-13T08:00:00Z").getMillis();

  @Rule public final transient TestPipeline pipeline = TestPipeline.create();

  private static Story story(String id, long publishedMillis, String text) {
    return Story.builder()
        .setId(id)
        .setSource("AFP")
        .setHeadline("Headline of " + id)
        .setPublishedMillis(publishedMillis)
        .setCredits(List.of())
        .setParagraphs(List.of(text))
        .setOrigin(Origin.of("test.jsonl", 1))
        .setReceivedMillis(publishedMillis)
        .setContentHash(id.hashCode())
        .build();
  }

  private static Membership in(String id, String cluster, String matched, long sequence) {
    return Membership.of(id, "copy-" + cluster, "story-" + cluster, matched,
        matched == null ? 1.0 : 0.9, matched == null ? "first of its cluster" : "copy", List.of(), sequence);
  }

  private PCollection<ClusterView> consolidate(TestStream<ClusterInput> inputs) {
    PCollection<ClusterInput> all = pipeline.apply(inputs);
    PCollection<Story> stories = all
        .apply("Stories", Filter.by((ClusterInput i) -> i.getStory() != null))
        .apply("Story", MapElements.into(TypeDescriptor.of(Story.class)).via(ClusterInput::getStory))
        .setCoder(SchemaCoders.of(pipeline, Story.class));
    PCollection<Membership> memberships = all
        .apply("Memberships", Filter.by((ClusterInput i) -> i.getMembership() != null))
        .apply("Membership", MapElements.into(TypeDescriptor.of(Membership.class))
            .via(ClusterInput::getMembership))
        .setCoder(SchemaCoders.of(pipeline, Membership.class));
    return memberships.apply(ConsolidateClusters.of(stories, HORIZON));
  }

  private TestStream.Builder<ClusterInput> stream() {
    Coder<ClusterInput> coder = SchemaCoders.of(pipeline, ClusterInput.class);
    return TestStream.create(coder);
  }

  private static TimestampedValue<ClusterInput> at(long millis, Story story) {
    return TimestampedValue.of(ClusterInput.story(story), new Instant(millis));
  }

  private static TimestampedValue<ClusterInput> at(long millis, Membership membership) {
    return TimestampedValue.of(ClusterInput.membership(membership), new Instant(millis));
  }

  /** "cluster v<version>: ids" for each view, or "cluster v<version> merged into X". */
  private static List<String> describe(Iterable<ClusterView> views) {
    Map<String, String> lines = new TreeMap<>();
    for (ClusterView view : views) {
      String line = view.getMergedInto() != null
          ? " merged into " + view.getMergedInto()
          : ": " + view.getMembers().stream().map(ClusterView.Member::getId).sorted().toList();
      lines.put(view.getStoryCluster() + " v" + view.getVersion(), line);
    }
    List<String> out = new ArrayList<>();
    lines.forEach((k, v) -> out.add(k + v));
    return out;
  }

  @Test
  public void aStoryJoinsItsMembershipWhicheverComesFirst() {
    Story a = story("a", T0, "Kerry arrived in Islamabad on Tuesday.");
    Story b = story("b", T0 + 60_000, "Kerry arrived in Islamabad on Tuesday, officials said.");
    TestStream<ClusterInput> inputs = stream()
        .addElements(at(T0, a), at(T0, in("a", "a", null, 1)))
        // b's membership comes before b itself
        .addElements(at(T0 + 60_000, in("b", "a", "a", 2)))
        .addElements(at(T0 + 60_000, b))
        .advanceWatermarkToInfinity();
    PCollection<ClusterView> views = consolidate(inputs);
    PAssert.that(views).satisfies(all -> {
      assertThat(describe(all), contains("story-a v1: [a, b]"));
      ClusterView view = all.iterator().next();
      assertThat(view.getCanonical().getId(), equalTo("a"));
      assertThat(view.getMergedInto(), nullValue());
      return null;
    });
    pipeline.run();
  }

  @Test
  public void aMergeUpdatesTheAbsorbingClusterAndRetiresTheOther() {
    Story a = story("a", T0, "Kerry arrived in Islamabad on Tuesday.");
    Story b = story("b", T0 + 60_000, "Crude prices fell in Tokyo.");
    Story c = story("c", T0 + 120_000, "Kerry arrived in Islamabad; crude prices fell.");
    TestStream<ClusterInput> inputs = stream()
        .addElements(at(T0, a), at(T0, in("a", "a", null, 1)))
        .addElements(at(T0 + 60_000, b), at(T0 + 60_000, in("b", "b", null, 2)))
        .advanceWatermarkTo(new Instant(T0 + 90_000))
        // c bridges the two: b moves to a's cluster
        .addElements(at(T0 + 120_000, c), at(T0 + 120_000, in("c", "a", "a", 3)),
            at(T0 + 120_000, in("b", "a", "c", 4)))
        // an older word on b changes nothing
        .addElements(at(T0 + 120_000, in("b", "b", null, 2)))
        .advanceWatermarkToInfinity();
    PCollection<ClusterView> views = consolidate(inputs);
    PAssert.that(views).satisfies(all -> {
      assertThat(describe(all), containsInAnyOrder(
          "story-a v1: [a]",
          "story-b v1: [b]",
          "story-a v2: [a, b, c]",
          "story-b v2 merged into story-a"));
      return null;
    });
    pipeline.run();
  }

  @Test
  public void overBoundedInputEachClusterIsEmittedOnceInItsFinalForm() {
    Story a = story("a", T0, "Kerry arrived in Islamabad on Tuesday.");
    Story b = story("b", T0 + 60_000, "Crude prices fell in Tokyo.");
    Story c = story("c", T0 + 120_000, "Kerry arrived in Islamabad; crude prices fell.");
    PCollection<Story> stories = pipeline.apply("Stories", Create.of(a, b, c)
        .withCoder(SchemaCoders.of(pipeline, Story.class)));
    PCollection<Membership> memberships = pipeline.apply("Memberships", Create.of(
            in("a", "a", null, 1), in("b", "b", null, 2), in("c", "a", "a", 3),
            in("b", "a", "c", 4))
        .withCoder(SchemaCoders.of(pipeline, Membership.class)));
    PCollection<ClusterView> views = memberships.apply(ConsolidateClusters.of(stories, HORIZON));
    PAssert.that(views).satisfies(all -> {
      assertThat(describe(all), contains("story-a v1: [a, b, c]"));
      return null;
    });
    pipeline.run();
  }

  @Test
  public void aClusterIsForgottenOnceTheWatermarkIsAHorizonPastItsNewestMember() {
    Story a = story("a", T0, "Kerry arrived in Islamabad on Tuesday.");
    long later = T0 + HORIZON.getMillis() + 3_600_000L;
    // the same label again after the horizon: the old members are gone, so it starts afresh
    Story d = story("d", later, "Kerry left Islamabad.");
    TestStream<ClusterInput> inputs = stream()
        .addElements(at(T0, a), at(T0, in("a", "a", null, 1)))
        .advanceWatermarkTo(new Instant(later))
        .addElements(at(later, d), at(later, in("d", "a", null, 2)))
        .advanceWatermarkToInfinity();
    PCollection<ClusterView> views = consolidate(inputs);
    PAssert.that(views).satisfies(all -> {
      List<String> lines = new ArrayList<>();
      for (ClusterView view : all) {
        lines.add(view.getStoryCluster() + " v" + view.getVersion() + ": "
            + view.getMembers().stream().map(ClusterView.Member::getId).toList());
      }
      assertThat(lines, containsInAnyOrder("story-a v1: [a]", "story-a v1: [d]"));
      return null;
    });
    pipeline.run();
  }
}
