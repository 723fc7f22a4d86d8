package org.copydesk.consolidate;

import com.google.auto.value.AutoValue;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.copydesk.assign.Membership;
import org.copydesk.story.Story;

/** What the consolidate stage hears: an accepted story, or where a story now belongs. */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class ClusterInput {
  public abstract @Nullable Story getStory();

  public abstract @Nullable Membership getMembership();

  public static ClusterInput story(Story story) {
    return new AutoValue_ClusterInput(story, null);
  }

  public static ClusterInput membership(Membership membership) {
    return new AutoValue_ClusterInput(null, membership);
  }
}
