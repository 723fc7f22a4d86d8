package org.copydesk.fingerprint;

import com.google.auto.value.AutoValue;

/**
 * A story's fingerprint: its sorted unique shingle hashes and its LSH band keys (whole-text bands
 * first, then lead-window bands). Arrays are owned by the fingerprint: do not modify them.
 */
@AutoValue
public abstract class Fingerprint {

  @SuppressWarnings("mutable")
  public abstract long[] shingles();

  @SuppressWarnings("mutable")
  public abstract long[] bandKeys();

  /** Tokens read (after the {@code maxTokens} cap). */
  public abstract int tokenCount();

  public int shingleCount() {
    return shingles().length;
  }

  public static Fingerprint create(long[] shingles, long[] bandKeys, int tokenCount) {
    return new AutoValue_Fingerprint(shingles, bandKeys, tokenCount);
  }
}
