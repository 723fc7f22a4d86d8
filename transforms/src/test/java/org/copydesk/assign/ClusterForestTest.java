package org.copydesk.assign;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.Test;

public class ClusterForestTest {
  /** The forest over plain maps, recording what it reports. */
  private static final class Recorder implements ClusterForest.NodeStore, ClusterForest.Changes {
    final Map<String, ClusterForest.Node> nodes = new HashMap<>();
    final Map<String, List<String>> members = new HashMap<>();
    final Set<String> changed = new LinkedHashSet<>();
    final List<String> merges = new ArrayList<>();

    @Override
    public ClusterForest.Node get(String id) {
      return nodes.get(id);
    }

    @Override
    public void put(String id, ClusterForest.Node node) {
      nodes.put(id, node);
    }

    @Override
    public List<String> members(String root) {
      return members.getOrDefault(root, List.of());
    }

    @Override
    public void setMembers(String root, List<String> list) {
      members.put(root, list);
    }

    @Override
    public void removeMembers(String root) {
      members.remove(root);
    }

    @Override
    public void remove(String id) {
      nodes.remove(id);
    }

    @Override
    public void changed(String id) {
      changed.add(id);
    }

    @Override
    public void merged(String absorbed, String into, String newerId, String olderId) {
      merges.add(absorbed + "->" + into + " via " + newerId + "~" + olderId);
    }
  }

  @Test
  public void aClusterIsForgottenWholeOnlyOnceItsNewestMemberIsOlderThanTheCutoff() {
    Recorder r = new Recorder();
    ClusterForest forest = new ClusterForest(r, r);
    forest.addCopy("b", 2000, "a", 1000, 0.9, "copy", List.of());
    forest.addCopy("c", 5000, "b", 2000, 0.9, "copy", List.of());
    forest.addStory("lone", 1500);
    String root = r.members.keySet().stream().filter(k -> r.members.get(k).size() == 3)
        .findFirst().orElseThrow();

    assertThat("its newest member, c, is not older", forest.forgetIfOlderThan(root, 5000),
        empty());
    assertThat(forest.forgetIfOlderThan("lone", 5000), contains("lone"));
    assertThat(forest.forgetIfOlderThan(root, 5001), containsInAnyOrder("a", "b", "c"));
    assertThat(r.nodes.keySet(), empty());
    assertThat(r.members.keySet(), empty());
  }

  @Test
  public void aCopyJoinsTheClusterLabelledByItsEarliestMember() {
    Recorder r = new Recorder();
    ClusterForest forest = new ClusterForest(r, r);
    forest.addStory("late", 2000);
    forest.addStory("early", 1000);
    r.changed.clear();
    boolean joined = forest.addCopy("late", 2000, "early", 1000, 0.9, "copy: 90% aligned",
        List.of("the passage both share"));

    assertThat(forest.label("late"), equalTo("early"));
    assertThat(forest.label("early"), equalTo("early"));
    assertThat(r.changed, contains("late"));
    assertThat(forest.node("late").matchedId, equalTo("early"));
    assertThat(forest.node("late").reason, equalTo("copy: 90% aligned"));
    assertThat(forest.node("late").evidence, contains("the passage both share"));
    assertThat(r.merges, empty());
    assertThat(joined, equalTo(true));
    // the same pair again, or any other pair inside the cluster, joins nothing
    assertThat(forest.addCopy("late", 2000, "early", 1000, 0.9, "again", List.of()),
        equalTo(false));
  }

  /**
   * Each join of two clusters is one story beyond a cluster's first, in any order: here b joins as
   * the older side of c's second pair, and its own pair with a then joins nothing.
   */
  @Test
  public void joinsCountTheStoriesBeyondEachClustersFirstInAnyOrder() {
    Recorder r = new Recorder();
    ClusterForest forest = new ClusterForest(r, r);
    assertThat(forest.addCopy("c", 3, "a", 1, 1, "x", List.of()), equalTo(true));
    assertThat(forest.addCopy("c", 3, "b", 2, 1, "x", List.of()), equalTo(true));
    assertThat(forest.addCopy("b", 2, "a", 1, 1, "x", List.of()), equalTo(false));
  }

  @Test
  public void aStoryBridgingTwoClustersIsAMergeAndRelabelsTheYoungerCluster() {
    Recorder r = new Recorder();
    ClusterForest forest = new ClusterForest(r, r);
    forest.addCopy("a2", 11, "a1", 10, 1, "x", List.of());
    forest.addCopy("b2", 21, "b1", 20, 1, "x", List.of());
    r.changed.clear();
    forest.addCopy("b2", 21, "a2", 11, 1, "bridge", List.of());

    assertThat(r.merges, contains("b1->a1 via b2~a2"));
    assertThat(r.changed, containsInAnyOrder("b1", "b2"));
    for (String id : List.of("a1", "a2", "b1", "b2")) {
      assertThat(forest.label(id), equalTo("a1"));
    }
  }

  @Test
  public void thePartitionAndLabelsDoNotDependOnArrivalOrder() {
    List<String[]> edges = new ArrayList<>();
    Random random = new Random(7);
    for (int i = 0; i < 300; i++) {
      int a = random.nextInt(200);
      int b = random.nextInt(200);
      if (a != b) {
        edges.add(new String[] {"s" + Math.max(a, b), "s" + Math.min(a, b)});
      }
    }
    Map<String, String> first = null;
    for (int trial = 0; trial < 5; trial++) {
      Collections.shuffle(edges, new Random(trial));
      Recorder r = new Recorder();
      ClusterForest forest = new ClusterForest(r, r);
      for (String[] edge : edges) {
        forest.addCopy(edge[0], time(edge[0]), edge[1], time(edge[1]), 1, "x", List.of());
      }
      for (int i = 0; i < 200; i++) {
        forest.addStory("s" + i, i);
      }
      Map<String, String> labels = new HashMap<>();
      for (int i = 0; i < 200; i++) {
        labels.put("s" + i, forest.label("s" + i));
      }
      if (first == null) {
        first = labels;
      } else {
        assertThat(labels, equalTo(first));
      }
    }
  }

  private static long time(String id) {
    return Long.parseLong(id.substring(1));
  }
}
