package org.copydesk.consolidate;

import com.google.auto.value.AutoValue;
import java.util.List;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.copydesk.assign.Assignment;

/**
 * One version of a story cluster as the consolidate stage's state holds it: its members, or the
 * cluster a merge moved them all into. {@link ClusterViews} makes the {@link ClusterView} of it.
 */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class ClusterChange {
  public abstract String getStoryCluster();

  public abstract long getVersion();

  /** Empty when a merge emptied the cluster. */
  public abstract List<Assignment> getMembers();

  public abstract @Nullable String getMergedInto();

  public static ClusterChange members(String storyCluster, long version, List<Assignment> members) {
    return new AutoValue_ClusterChange(storyCluster, version, members, null);
  }

  public static ClusterChange mergedInto(String storyCluster, long version, String into) {
    return new AutoValue_ClusterChange(storyCluster, version, List.of(), into);
  }

  /** Its view: canonical, copy clusters, divergences and facts, chosen by {@code policy}. */
  public ClusterView view(CanonicalPolicy policy) {
    return getMergedInto() != null
        ? ClusterView.mergedInto(getStoryCluster(), getVersion(), getMergedInto())
        : ClusterViews.build(getStoryCluster(), getVersion(), getMembers(), policy);
  }
}
