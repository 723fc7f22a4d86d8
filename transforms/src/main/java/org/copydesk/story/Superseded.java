package org.copydesk.story;

import com.google.auto.value.AutoValue;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;

/**
 * A story set aside because another input carries the same id: an identical repeat, or an older
 * version of a story that was updated. Reported, never silently dropped.
 */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class Superseded {
  public static final String IDENTICAL_REPEAT = "identical_repeat";
  public static final String OLDER_VERSION = "older_version";

  public abstract String getId();

  public abstract Origin getOrigin();

  /** Where the version that was kept came from. */
  public abstract Origin getKeptOrigin();

  /** {@link #IDENTICAL_REPEAT} or {@link #OLDER_VERSION}. */
  public abstract String getReason();

  public static Superseded of(String id, Origin origin, Origin keptOrigin, String reason) {
    return new AutoValue_Superseded(id, origin, keptOrigin, reason);
  }
}
