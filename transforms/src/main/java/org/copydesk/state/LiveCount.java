package org.copydesk.state;

import org.apache.beam.sdk.metrics.Distribution;
import org.apache.beam.sdk.metrics.Gauge;
import org.apache.beam.sdk.state.ValueState;

/**
 * A running count of what a stateful stage holds (stories, buckets, ids), kept in a value state
 * beside the maps it counts and reported as a gauge each time it changes. Counting a map instead
 * would read all of it, which costs as much as the map is big; a stage knows when it adds or
 * removes an entry.
 */
public final class LiveCount {
  private LiveCount() {}

  /** Adds {@code delta} (negative to remove) to {@code count}, and reports and returns the sum. */
  public static long add(ValueState<Long> count, long delta, Gauge gauge) {
    Long stored = count.read();
    long sum = (stored == null ? 0 : stored) + delta;
    count.write(sum);
    gauge.set(sum);
    return sum;
  }

  /** The same, also recording the sum in {@code held}, whose maximum is the peak: memory's measure. */
  public static void add(ValueState<Long> count, long delta, Gauge gauge, Distribution held) {
    held.update(add(count, delta, gauge));
  }
}
