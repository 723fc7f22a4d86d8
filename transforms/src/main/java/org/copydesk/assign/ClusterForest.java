package org.copydesk.assign;

import java.util.ArrayList;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Incremental clustering: stories are nodes, verified copies are edges, and a cluster is a
 * connected component, kept with union-find (union by size, path halving). The result does not
 * depend on the order in which nodes and edges arrive. A cluster's label is its earliest member
 * (by event time, then id), so that it too is order-free; a member whose label changes is reported
 * as changed. Joining two clusters that both have several members is a merge, reported as such.
 *
 * <p>Plain Java over a {@link NodeStore}, so that the same code runs on a map in tests and on keyed
 * state in the pipeline.
 */
public final class ClusterForest {
  /** Where the nodes live. */
  public interface NodeStore {
    @Nullable Node get(String id);

    void put(String id, Node node);

    /** The members of the component rooted at {@code root}; only roots have them. */
    List<String> members(String root);

    void setMembers(String root, List<String> members);

    void removeMembers(String root);

    void remove(String id);
  }

  /** Receives what changed. */
  public interface Changes {
    void changed(String id);

    void merged(String absorbedLabel, String intoLabel, String newerId, String olderId);

    /** A story the forest did not hold became a node (it is also reported {@link #changed}). */
    default void added(String id) {}
  }

  /** A node: its union-find parent, and for roots the component's size and label. */
  public static final class Node {
    public String parent;
    public long eventMillis;
    public int size;
    public String labelId;
    public long labelMillis;
    /** For a root: the time of the component's newest member. */
    public long newestMillis;
    public @Nullable String matchedId;
    public double similarity;
    public @Nullable String reason;
    /** A few passages the story shares with {@link #matchedId}. */
    public List<String> evidence = List.of();

    Node(String id, long eventMillis) {
      this.parent = id;
      this.eventMillis = eventMillis;
      this.size = 1;
      this.labelId = id;
      this.labelMillis = eventMillis;
      this.newestMillis = eventMillis;
    }

    public Node() {}
  }

  private final NodeStore store;
  private final Changes changes;

  public ClusterForest(NodeStore store, Changes changes) {
    this.store = store;
    this.changes = changes;
  }

  /** A story arrived; a new one is a cluster of its own. */
  public void addStory(String id, long eventMillis) {
    if (store.get(id) == null) {
      store.put(id, new Node(id, eventMillis));
      store.setMembers(id, List.of(id));
      changes.added(id);
      changes.changed(id);
    }
  }

  /**
   * A verified copy: {@code newerId} is a copy of {@code olderId}. True when it joined two clusters
   * into one, false when both were in one cluster already: each join adds one story beyond its
   * cluster's first, whatever order the copies come in.
   */
  public boolean addCopy(String newerId, long newerMillis, String olderId, long olderMillis,
      double similarity, String reason, List<String> evidence) {
    addStory(newerId, newerMillis);
    addStory(olderId, olderMillis);
    String newerRoot = find(newerId);
    String olderRoot = find(olderId);
    if (newerRoot.equals(olderRoot)) {
      return false;
    }
    Node newerTop = store.get(newerRoot);
    Node olderTop = store.get(olderRoot);
    if (newerTop.size > 1 && olderTop.size > 1) {
      boolean newerLabelWins = before(newerTop.labelMillis, newerTop.labelId, olderTop.labelMillis, olderTop.labelId);
      changes.merged(newerLabelWins ? olderTop.labelId : newerTop.labelId,
          newerLabelWins ? newerTop.labelId : olderTop.labelId, newerId, olderId);
    }
    Node newer = store.get(newerId);
    if (newer.matchedId == null) {
      newer.matchedId = olderId;
      newer.similarity = similarity;
      newer.reason = reason;
      newer.evidence = List.copyOf(evidence);
      store.put(newerId, newer);
    }
    union(newerRoot, olderRoot);
    return true;
  }

  /** The label of the cluster {@code id} is in. */
  public String label(String id) {
    return store.get(find(id)).labelId;
  }

  public Node node(String id) {
    return store.get(id);
  }

  /**
   * Forgets the component rooted at {@code root} if its newest member is older than {@code
   * cutoffMillis}, returning its members (none if it was kept). A stream's clusters are forgotten
   * once no newcomer can pair with any of their members any more.
   */
  public List<String> forgetIfOlderThan(String root, long cutoffMillis) {
    Node top = store.get(root);
    if (top == null || top.newestMillis >= cutoffMillis) {
      return List.of();
    }
    List<String> members = store.members(root);
    forget(members);
    return members;
  }

  /** Forgets the given stories, which must be whole components. */
  public void forget(List<String> ids) {
    for (String id : ids) {
      store.removeMembers(id);
      store.remove(id);
    }
  }

  private void union(String rootA, String rootB) {
    Node a = store.get(rootA);
    Node b = store.get(rootB);
    // The larger component keeps its root; members whose label changes are reported.
    String bigRoot = a.size >= b.size ? rootA : rootB;
    String smallRoot = bigRoot.equals(rootA) ? rootB : rootA;
    Node big = bigRoot.equals(rootA) ? a : b;
    Node small = bigRoot.equals(rootA) ? b : a;

    boolean smallLabelWins = before(small.labelMillis, small.labelId, big.labelMillis, big.labelId);
    List<String> bigMembers = store.members(bigRoot);
    List<String> smallMembers = store.members(smallRoot);
    (smallLabelWins ? bigMembers : smallMembers).forEach(changes::changed);

    if (smallLabelWins) {
      big.labelId = small.labelId;
      big.labelMillis = small.labelMillis;
    }
    big.size += small.size;
    big.newestMillis = Math.max(big.newestMillis, small.newestMillis);
    small.parent = bigRoot;
    store.put(smallRoot, small);
    store.put(bigRoot, big);
    List<String> merged = new ArrayList<>(bigMembers.size() + smallMembers.size());
    merged.addAll(bigMembers);
    merged.addAll(smallMembers);
    store.setMembers(bigRoot, merged);
    store.removeMembers(smallRoot);
  }

  private String find(String id) {
    String current = id;
    Node node = store.get(current);
    while (!node.parent.equals(current)) {
      Node parent = store.get(node.parent);
      if (!parent.parent.equals(node.parent)) {
        node.parent = parent.parent; // path halving
        store.put(current, node);
      }
      current = node.parent;
      node = store.get(current);
    }
    return current;
  }

  private static boolean before(long millisA, String idA, long millisB, String idB) {
    return millisA != millisB ? millisA < millisB : idA.compareTo(idB) < 0;
  }
}
