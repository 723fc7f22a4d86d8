package org.copydesk.facts;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Aligns the facts of a cluster's members: which facts of different versions are the same fact
 * ({@link FactSimilarity}), and so which versions agree, dispute or alone report each.
 *
 * <p>Greedy and deterministic: pairs of facts from different members that score at or above their
 * kind's threshold are taken best first (ties by member and fact order), and each joins the two
 * facts' groups unless
 *
 * <ul>
 *   <li>the groups already hold a fact of the same member: a version states a fact once (its
 *       repeats are one fact already, see {@link FactExtractor}), so a second fact of the same
 *       version is a different fact. This is what keeps two tolls of one story apart: once
 *       Reuters' Mumbai toll has joined PTI's, PTI's embassy-bombing toll cannot join them too;
 *   <li>some pair across the groups could never be the same fact ({@link
 *       FactSimilarity#mayBeSameFact}: dead against displaced, children against militants), so
 *       that no chain of loosely similar facts ties incompatible ones together.
 * </ul>
 *
 * A group is thus joined through its best links: a fact with little context in common with most
 * of a group still joins it through the version it is closest to (Reuters' {@code 134 children} is
 * closest to RFE/RL's {@code more than 150 people … children}, which PTI's {@code 150 people dead}
 * links to AFP's {@code 150 dead}).
 *
 * <p>Cost: one similarity per pair of same-kind facts of different members (names only when their
 * keys have the same length), so O((members · {@value FactExtractor#MAX_FACTS})²) at worst. The
 * seeds, five stories with some 500 facts, take about 10 ms.
 *
 * <p>Stateless and thread-safe.
 */
public final class FactAligner {

  public FactComparison align(List<MemberFacts> members) {
    Set<String> ids = new HashSet<>();
    List<Node> nodes = new ArrayList<>();
    Map<String, Set<String>> sentences = new LinkedHashMap<>();
    for (int m = 0; m < members.size(); m++) {
      MemberFacts member = members.get(m);
      if (!ids.add(member.memberId())) {
        throw new IllegalArgumentException("member given twice: " + member.memberId());
      }
      for (Fact f : member.facts()) {
        nodes.add(new Node(nodes.size(), m, f));
        sentences.computeIfAbsent(m + "\u0000" + f.sentence(), k -> ContextTerms.of(f.sentence()));
      }
    }
    FactSimilarity similarity = new FactSimilarity(new TermWeights(sentences.values()));

    List<Link> links = new ArrayList<>();
    for (List<Node> bucket : buckets(nodes).values()) {
      for (int i = 0; i < bucket.size(); i++) {
        Node a = bucket.get(i);
        for (Node b : bucket.subList(i + 1, bucket.size())) {
          if (a.member != b.member) {
            double s = similarity.of(a.fact, b.fact);
            if (FactSimilarity.isSameFact(a.fact.kind(), s)) {
              links.add(new Link(a, b, s));
            }
          }
        }
      }
    }
    links.sort(Comparator.comparingDouble((Link l) -> -l.similarity)
        .thenComparingInt(l -> l.a.index)
        .thenComparingInt(l -> l.b.index));

    Groups groups = new Groups(nodes);
    for (Link l : links) {
      groups.joinIfConsistent(l.a, l.b);
    }
    return FactComparison.of(
        members.stream().map(MemberFacts::memberId).collect(ImmutableList.toImmutableList()),
        groups.build(members));
  }

  /**
   * The nodes that may be the same fact, by kind; names also by key length, since only equal keys
   * and spelling variants of one length can match.
   */
  private static Map<String, List<Node>> buckets(List<Node> nodes) {
    Map<String, List<Node>> buckets = new LinkedHashMap<>();
    for (Node n : nodes) {
      String key = n.fact.kind() == FactKind.NAME
          ? "NAME" + n.fact.normalized().length()
          : n.fact.kind().name();
      buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(n);
    }
    return buckets;
  }

  private static final class Node {
    final int index;
    final int member;
    final Fact fact;

    Node(int index, int member, Fact fact) {
      this.index = index;
      this.member = member;
      this.fact = fact;
    }
  }

  private static final class Link {
    final Node a;
    final Node b;
    final double similarity;

    Link(Node a, Node b, double similarity) {
      this.a = a;
      this.b = b;
      this.similarity = similarity;
    }
  }

  /** The groups being formed: each node's group, with the members it holds. */
  private static final class Groups {
    private final List<Node> nodes;
    private final int[] groupOf;
    private final Map<Integer, List<Node>> byGroup = new LinkedHashMap<>();
    private final Map<Integer, BitSet> membersOf = new LinkedHashMap<>();

    Groups(List<Node> nodes) {
      this.nodes = nodes;
      this.groupOf = new int[nodes.size()];
      for (Node n : nodes) {
        groupOf[n.index] = n.index;
        byGroup.put(n.index, new ArrayList<>(List.of(n)));
        BitSet m = new BitSet();
        m.set(n.member);
        membersOf.put(n.index, m);
      }
    }

    void joinIfConsistent(Node a, Node b) {
      int ga = groupOf[a.index];
      int gb = groupOf[b.index];
      if (ga == gb || membersOf.get(ga).intersects(membersOf.get(gb))) {
        return;
      }
      for (Node x : byGroup.get(ga)) {
        for (Node y : byGroup.get(gb)) {
          if (!FactSimilarity.mayBeSameFact(x.fact, y.fact)) {
            return;
          }
        }
      }
      int keep = Math.min(ga, gb);
      int gone = Math.max(ga, gb);
      for (Node n : byGroup.remove(gone)) {
        groupOf[n.index] = keep;
        byGroup.get(keep).add(n);
      }
      membersOf.get(keep).or(membersOf.remove(gone));
    }

    /** The groups in order of their first fact, each one's reports in member order. */
    ImmutableList<FactGroup> build(List<MemberFacts> members) {
      ImmutableList.Builder<FactGroup> out = ImmutableList.builder();
      for (int g = 0; g < nodes.size(); g++) {
        List<Node> group = byGroup.get(g);
        if (group == null) {
          continue;
        }
        group.sort(Comparator.comparingInt(n -> n.member));
        List<FactReport> reports = new ArrayList<>();
        for (Node n : group) {
          MemberFacts m = members.get(n.member);
          reports.add(FactReport.of(m.memberId(), m.source(), n.fact));
        }
        out.add(FactGroup.of(reports));
      }
      return out.build();
    }
  }
}
