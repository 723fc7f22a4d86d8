package org.copydesk.candidates;

import com.google.auto.value.AutoValue;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;

/**
 * Two stories that share an LSH bucket, to be verified. Ordered so that the pair reads the same
 * whichever story arrived first: the newer is the later in event time, then in id.
 */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class CandidatePair {
  public abstract String getNewerId();

  public abstract long getNewerMillis();

  public abstract String getOlderId();

  public abstract long getOlderMillis();

  public static CandidatePair of(String idA, long millisA, String idB, long millisB) {
    boolean aIsNewer = millisA != millisB ? millisA > millisB : idA.compareTo(idB) > 0;
    return aIsNewer
        ? new AutoValue_CandidatePair(idA, millisA, idB, millisB)
        : new AutoValue_CandidatePair(idB, millisB, idA, millisA);
  }
}
