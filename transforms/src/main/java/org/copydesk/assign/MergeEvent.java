package org.copydesk.assign;

import com.google.auto.value.AutoValue;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;

/** Two clusters of several stories each became one, because a copy linked them. */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class MergeEvent {
  /** The cluster that no longer exists. */
  public abstract String getAbsorbed();

  /** The cluster it went into. */
  public abstract String getInto();

  /** The verified copy that linked them: the newer story and the older one it copies. */
  public abstract String getNewerId();

  public abstract String getOlderId();

  public static MergeEvent of(String absorbed, String into, String newerId, String olderId) {
    return new AutoValue_MergeEvent(absorbed, into, newerId, olderId);
  }
}
