package org.copydesk.read;

import com.google.auto.value.AutoValue;
import java.io.Serializable;

/** Bounds on what the read stage holds in memory for one record. */
@AutoValue
public abstract class ReadLimits implements Serializable {
  /** Default body limit: 1 MiB. */
  public static final long DEFAULT_MAX_BODY_BYTES = 1L << 20;

  /** Room a JSON record may take beyond its body, for the other fields and escapes. */
  static final long ENVELOPE_BYTES = 64L << 10;

  /** Largest story body accepted, in UTF-8 bytes. */
  public abstract long maxBodyBytes();

  /**
   * Largest record (a capture file, a JSON line) read into memory. Bytes past it are counted but
   * not kept, so an enormous line costs no more memory than this.
   */
  public long maxRecordBytes() {
    return maxBodyBytes() + ENVELOPE_BYTES;
  }

  public static ReadLimits of(long maxBodyBytes) {
    if (maxBodyBytes <= 0) {
      throw new IllegalArgumentException("maxBodyBytes must be positive, was " + maxBodyBytes);
    }
    return new AutoValue_ReadLimits(maxBodyBytes);
  }

  public static ReadLimits defaults() {
    return of(DEFAULT_MAX_BODY_BYTES);
  }
}
