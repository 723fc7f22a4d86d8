package org.copydesk.state;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.beam.sdk.state.MapState;
import org.apache.beam.sdk.state.Timer;
import org.apache.beam.sdk.state.ValueState;
import org.joda.time.Instant;

/**
 * One event-time timer per shard that clears what has expired. It is set for the earliest expiry
 * and, after firing, for the earliest remaining one but no sooner than {@code gap} later, so that a
 * shard is swept a bounded number of times per horizon rather than once per entry.
 */
public final class Sweep {
  private Sweep() {}

  /**
   * Makes sure the timer fires no later than {@code atMillis}. A time already behind {@code
   * nowMillis} (the element's or the firing timer's) is set at {@code nowMillis}: a timer may not
   * be set before the moment it is set from, and both fire at once anyway.
   */
  public static void atOrBefore(long atMillis, long nowMillis, ValueState<Long> scheduled,
      Timer timer) {
    atMillis = Math.max(atMillis, nowMillis);
    Long current = scheduled.read();
    if (current == null || atMillis < current) {
      scheduled.write(atMillis);
      timer.set(new Instant(atMillis));
    }
  }

  /**
   * Removes the entries of {@code expiries} due by {@code nowMillis}, telling {@code forget} each
   * key so that it can drop what else it keeps for it; returns the earliest expiry left.
   */
  public static long expire(MapState<String, Long> expiries, long nowMillis,
      Consumer<String> forget) {
    long earliest = Long.MAX_VALUE;
    List<Map.Entry<String, Long>> all = new ArrayList<>();
    expiries.entries().read().forEach(all::add);
    for (Map.Entry<String, Long> entry : all) {
      if (entry.getValue() <= nowMillis) {
        expiries.remove(entry.getKey());
        forget.accept(entry.getKey());
      } else {
        earliest = Math.min(earliest, entry.getValue());
      }
    }
    return earliest;
  }

  /** After a sweep at {@code firedMillis}: the next, for the earliest remaining expiry. */
  public static void next(long earliestRemaining, long firedMillis, long gapMillis,
      ValueState<Long> scheduled, Timer timer) {
    scheduled.clear();
    if (earliestRemaining != Long.MAX_VALUE) {
      atOrBefore(Math.max(earliestRemaining, firedMillis + gapMillis), firedMillis, scheduled,
          timer);
    }
  }
}
