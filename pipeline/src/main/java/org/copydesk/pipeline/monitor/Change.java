package org.copydesk.pipeline.monitor;

/**
 * What the page is told changed, so that it fetches again: a cluster updated or removed ({@code
 * storyCluster} set), a dead letter, or the job's status.
 */
public record Change(String kind, String storyCluster) {
  static final String CLUSTER = "cluster";
  static final String REMOVED = "removed";
  static final String DEAD_LETTER = "deadletter";
  static final String STATUS = "status";
}
