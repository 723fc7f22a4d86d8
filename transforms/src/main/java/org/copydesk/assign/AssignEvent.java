package org.copydesk.assign;

import com.google.auto.value.AutoValue;
import java.util.List;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.copydesk.verify.VerifiedPair;

/**
 * Input of the assign stage: a story arrived, or a copy of an older story or a report of the same
 * event was verified.
 */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
abstract class AssignEvent {
  abstract String getId();

  abstract long getEventMillis();

  /** The older story copied; null when this event only says a story arrived. */
  abstract @Nullable String getOlderId();

  abstract long getOlderMillis();

  abstract double getSimilarity();

  abstract @Nullable String getReason();

  /** A few passages the two stories share. */
  abstract List<String> getEvidence();

  /** True for a copy (same text, so same story too); false for a same-event pair only. */
  abstract boolean getCopy();

  static AssignEvent story(String id, long eventMillis) {
    return new AutoValue_AssignEvent(id, eventMillis, null, 0, 0, null, List.of(), false);
  }

  static AssignEvent copy(VerifiedPair pair) {
    return new AutoValue_AssignEvent(pair.getNewerId(), pair.getNewerMillis(), pair.getOlderId(),
        pair.getOlderMillis(), pair.getScore(), pair.getReason(), pair.getSharedPassages(), true);
  }

  static AssignEvent sameEvent(VerifiedPair pair) {
    return new AutoValue_AssignEvent(pair.getNewerId(), pair.getNewerMillis(), pair.getOlderId(),
        pair.getOlderMillis(), pair.getScore(), pair.getReason(), pair.getSharedPassages(), false);
  }
}
