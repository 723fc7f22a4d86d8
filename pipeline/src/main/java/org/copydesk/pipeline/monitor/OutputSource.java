package org.copydesk.pipeline.monitor;

import java.util.List;

/**
 * Where the monitor reads a job's output from: files ({@link OutputTail}) or Kafka topics ({@link
 * KafkaTail}). Each poll hands on the lines that arrived since the last, every line once; the
 * {@link ClusterStore} takes them the same whichever source they came from.
 */
public interface OutputSource extends AutoCloseable {
  /** Which output a line is of. */
  enum Kind { CLUSTER, DEAD_LETTER }

  /** One line of output: a cluster update or a dead letter, as JSON. */
  record Line(Kind kind, String text) {}

  /** The lines that arrived since the last poll. Polls come from one thread at a time. */
  List<Line> poll();

  @Override
  default void close() {}
}
