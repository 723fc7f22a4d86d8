package org.copydesk.verify;

import com.google.auto.value.AutoValue;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * What flows through the digest join: a story's digest put into the store, a pair's request for
 * one side's digest, or the answer to it.
 */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
abstract class DigestMessage {
  abstract String getStoryId();

  /** The story's event time. */
  abstract long getEventMillis();

  /** The pair asking, for a request or an answer; null for a put. */
  abstract @Nullable String getPairKey();

  /** Whether the story is the newer of the pair (requests and answers). */
  abstract boolean getNewerSide();

  /** The digest, for a put or an answer; null for a request. */
  abstract byte @Nullable [] getDigest();

  static DigestMessage put(String storyId, long eventMillis, byte[] digest) {
    return new AutoValue_DigestMessage(storyId, eventMillis, null, false, digest);
  }

  static DigestMessage request(String storyId, long eventMillis, String pairKey, boolean newerSide) {
    return new AutoValue_DigestMessage(storyId, eventMillis, pairKey, newerSide, null);
  }

  DigestMessage answer(byte[] digest) {
    return new AutoValue_DigestMessage(getStoryId(), getEventMillis(), getPairKey(),
        getNewerSide(), digest);
  }
}
