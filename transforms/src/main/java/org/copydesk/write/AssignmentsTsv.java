package org.copydesk.write;

import org.copydesk.assign.Membership;

/** The rows of {@code assignments.tsv}: {@code id<TAB>copy_cluster<TAB>story_cluster}. */
public final class AssignmentsTsv {
  public static final String HEADER = "id\tcopy_cluster\tstory_cluster";

  private AssignmentsTsv() {}

  public static String row(Membership membership) {
    return field(membership.getId()) + '\t' + field(membership.getCopyCluster()) + '\t'
        + field(membership.getStoryCluster());
  }

  /** Tabs, line breaks and backslashes in a value are escaped so that a row stays one row. */
  static String field(String value) {
    return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
  }
}
