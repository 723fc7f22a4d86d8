package org.copydesk.candidates;

import com.google.auto.value.AutoValue;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;

/** What a bucket remembers of a story: its id and where it stands in time. */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
abstract class BucketEntry {
  abstract String getId();

  abstract long getEventMillis();

  /**
   * Whether the time is a publication time. An undated story stands at the time it was received,
   * which says nothing of when it was written, so the horizon does not keep it from pairing with
   * a dated one (a capture saved today of a 2015 story must still meet its 2015 copy).
   */
  abstract boolean getDated();

  static BucketEntry of(String id, long eventMillis, boolean dated) {
    return new AutoValue_BucketEntry(id, eventMillis, dated);
  }

  boolean withinHorizonOf(BucketEntry other, long horizonMillis) {
    return !getDated() || !other.getDated()
        || Math.abs(getEventMillis() - other.getEventMillis()) <= horizonMillis;
  }
}
