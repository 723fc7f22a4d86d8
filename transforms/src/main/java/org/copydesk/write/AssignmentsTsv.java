package org.copydesk.write;

import java.util.ArrayList;
import java.util.List;
import org.copydesk.consolidate.ClusterView;

/** The rows of {@code assignments.tsv}: {@code id<TAB>copy_cluster<TAB>story_cluster}. */
public final class AssignmentsTsv {
  public static final String HEADER = "id\tcopy_cluster\tstory_cluster";

  private AssignmentsTsv() {}

  /** One row per member of the cluster; none for a cluster that was merged away. */
  public static List<String> rows(ClusterView cluster) {
    List<String> rows = new ArrayList<>(cluster.getMembers().size());
    for (ClusterView.Member member : cluster.getMembers()) {
      rows.add(field(member.getId()) + '\t' + field(member.getCopyCluster()) + '\t'
          + field(cluster.getStoryCluster()));
    }
    return rows;
  }

  /** Tabs, line breaks and backslashes in a value are escaped so that a row stays one row. */
  static String field(String value) {
    return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
  }
}
