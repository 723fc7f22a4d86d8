package org.copydesk.consolidate;

import com.google.auto.value.AutoValue;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.copydesk.diverge.Divergence;
import org.copydesk.facts.FactComparison;
import org.copydesk.facts.MemberFactView;

/**
 * One story cluster as written to {@code clusters.jsonl}: its canonical, copy clusters and members.
 * A cluster absorbed by a merge is announced once more, with no members and {@link
 * #getMergedInto()} set, so that a reader keeping the latest version of each cluster drops it.
 * Steps hand it on with {@link ClusterViewCoder}.
 */
@AutoValue
public abstract class ClusterView {
  public abstract String getStoryCluster();

  /** Grows by one with every update of the cluster; a newer version replaces an older one. */
  public abstract long getVersion();

  /** Null only when the cluster was merged into another. */
  public abstract @Nullable Canonical getCanonical();

  public abstract List<CopyCluster> getCopyClusters();

  public abstract List<Member> getMembers();

  /** The cluster that absorbed this one; null for a live cluster. */
  public abstract @Nullable String getMergedInto();

  /**
   * The facts the copy clusters' canonicals report, aligned by what they describe: agreed,
   * disputed (who says what) and single-source. Null for a merged-away cluster.
   */
  public abstract @Nullable FactComparison getFacts();

  public static ClusterView of(String storyCluster, long version, Canonical canonical,
      List<CopyCluster> copyClusters, List<Member> members, FactComparison facts) {
    return new AutoValue_ClusterView(storyCluster, version, canonical, copyClusters, members, null,
        facts);
  }

  /** The last word on a cluster a merge absorbed. */
  public static ClusterView mergedInto(String storyCluster, long version, String into) {
    return new AutoValue_ClusterView(storyCluster, version, null, List.of(), List.of(), into,
        null);
  }

  /** The member that stands for a cluster, and why it was chosen. */
  @AutoValue
  public abstract static class Canonical {
    public abstract String getId();

    public abstract @Nullable String getSource();

    public abstract @Nullable String getHeadline();

    public abstract String getBody();

    public abstract String getReason();

    public static Canonical of(String id, @Nullable String source, @Nullable String headline,
        String body, String reason) {
      return new AutoValue_ClusterView_Canonical(id, source, headline, body, reason);
    }
  }

  /** A copy cluster inside the story cluster. */
  @AutoValue
  public abstract static class CopyCluster {
    public abstract String getCopyCluster();

    public abstract String getCanonicalId();

    public abstract String getReason();

    public abstract List<String> getMemberIds();

    public static CopyCluster of(String copyCluster, String canonicalId, String reason,
        List<String> memberIds) {
      return new AutoValue_ClusterView_CopyCluster(copyCluster, canonicalId, reason, memberIds);
    }
  }

  /** One story of the cluster and how it relates to the canonical. */
  @AutoValue
  public abstract static class Member {
    public abstract String getId();

    public abstract @Nullable String getSource();

    public abstract @Nullable String getHeadline();

    /** ISO-8601 instant, or null when the input had no date. */
    public abstract @Nullable String getPublished();

    public abstract String getCopyCluster();

    /** The earlier member it matched when it joined; null for a cluster's first member. */
    public abstract @Nullable String getMatchedId();

    public abstract String getMatchReason();

    /** A few passages it shares with {@link #getMatchedId()}: why the verifier called it a copy. */
    public abstract List<String> getMatchEvidence();

    /** Similarity to the cluster's canonical, 0 to 1. */
    public abstract double getSimilarity();

    /**
     * The member whose text this one is compared with: its copy cluster's canonical, or for that
     * canonical itself the story cluster's canonical. Null for the story cluster's canonical.
     */
    public abstract @Nullable String getComparedWith();

    /** How its text departs from {@link #getComparedWith()}; null for the canonical. */
    public abstract @Nullable Divergence getDivergence();

    /**
     * Its facts against {@link #getComparedWith()}'s: conflicts, facts only it has, facts it
     * lacks. Null for the canonical.
     */
    public abstract @Nullable MemberFactView getFacts();

    public static Member of(String id, @Nullable String source, @Nullable String headline,
        @Nullable String published, String copyCluster, @Nullable String matchedId,
        String matchReason, List<String> matchEvidence, double similarity,
        @Nullable String comparedWith,
        @Nullable Divergence divergence, @Nullable MemberFactView facts) {
      return new AutoValue_ClusterView_Member(id, source, headline, published, copyCluster,
          matchedId, matchReason, List.copyOf(matchEvidence), similarity, comparedWith,
          divergence, facts);
    }
  }
}
