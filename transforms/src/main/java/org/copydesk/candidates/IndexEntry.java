package org.copydesk.candidates;

import com.google.auto.value.AutoValue;
import java.util.List;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;

/** What the index receives of a story: its bucket entry, band keys and verification digest. */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
abstract class IndexEntry {
  abstract BucketEntry getEntry();

  abstract List<Long> getBandKeys();

  @SuppressWarnings("mutable") // a digest is written once and only read
  abstract byte[] getDigest();

  static IndexEntry of(BucketEntry entry, List<Long> bandKeys, byte[] digest) {
    return new AutoValue_IndexEntry(entry, bandKeys, digest);
  }
}
