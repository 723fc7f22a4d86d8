package org.copydesk.bench;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Union-find (by size, path halving) over story ids: the peer's clusters are the connected
 * components of its similar pairs, as copydesk's copy clusters are of its verified copies.
 */
final class Components {
  private final Map<String, Integer> index = new HashMap<>();
  private final List<String> ids;
  private final int[] parent;
  private final int[] size;

  /** Every id starts as a singleton, so that ids without a pair still get a cluster. */
  Components(List<String> ids) {
    this.ids = ids;
    this.parent = new int[ids.size()];
    this.size = new int[ids.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
      size[i] = 1;
      index.put(ids.get(i), i);
    }
  }

  void union(String a, String b) {
    int x = find(index.get(a));
    int y = find(index.get(b));
    if (x == y) {
      return;
    }
    if (size[x] < size[y]) {
      int t = x;
      x = y;
      y = t;
    }
    parent[y] = x;
    size[x] += size[y];
  }

  private int find(int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** Id → cluster label (the id of its root), in the order the ids were given. */
  Map<String, String> labels() {
    Map<String, String> labels = new LinkedHashMap<>();
    for (int i = 0; i < parent.length; i++) {
      labels.put(ids.get(i), ids.get(find(i)));
    }
    return labels;
  }
}
