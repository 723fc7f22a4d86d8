package org.copydesk.bench;

import java.util.Arrays;
import org.copydesk.fingerprint.Fingerprinter;
import org.copydesk.parse.ParseStories;
import org.copydesk.parse.RejectedInputException;
import org.copydesk.read.InputFormat;
import org.copydesk.read.RawRecord;
import org.copydesk.read.ReadLimits;
import org.copydesk.story.Origin;
import org.copydesk.story.Story;

/**
 * A story line of {@code stories.jsonl} → its id and copydesk's copy-tier shingles folded into a
 * sparse binary vector's indices. The shingles come from copydesk's own parse and {@link
 * Fingerprinter}, so the peer compares exactly what copydesk's LSH sees (less the learned
 * boilerplate, which only copydesk's clean stage removes). Not thread-safe: one per partition.
 */
final class ShingleVectors {
  /** Spark's MinHashLSH hashes indices modulo a prime of about 2^31: 2^30 is the largest power below. */
  static final int MAX_BITS = 30;

  /** One story as the peer sees it: its id and its sorted, distinct vector indices. */
  record Shingled(String id, int[] indices) {}

  private static final Origin ORIGIN = Origin.wholeFile("stories.jsonl");

  private final Fingerprinter fingerprinter = new Fingerprinter();
  private final int mask;

  ShingleVectors(int bits) {
    if (bits < 1 || bits > MAX_BITS) {
      throw new IllegalArgumentException("bits must be in 1.." + MAX_BITS + ": " + bits);
    }
    this.mask = (1 << bits) - 1;
  }

  int dimension() {
    return mask + 1;
  }

  /** The story of one JSON line, or null when copydesk's parse would reject it (a dead letter). */
  Shingled shingle(String line) {
    Story story;
    try {
      story = ParseStories.parse(RawRecord.of(ORIGIN, InputFormat.JSON_LINES, line, 0),
          ReadLimits.defaults());
    } catch (RejectedInputException e) {
      return null;
    }
    long[] shingles = fingerprinter.fingerprint(story.getParagraphs()).shingles();
    int[] indices = new int[shingles.length];
    for (int i = 0; i < shingles.length; i++) {
      indices[i] = (int) (shingles[i] & mask);
    }
    return new Shingled(story.getId(), sortedDistinct(indices));
  }

  /** Folding 64-bit hashes may make two shingles one index; a sparse vector needs each once. */
  private static int[] sortedDistinct(int[] a) {
    Arrays.sort(a);
    int n = 0;
    for (int i = 0; i < a.length; i++) {
      if (n == 0 || a[i] != a[n - 1]) {
        a[n++] = a[i];
      }
    }
    return n == a.length ? a : Arrays.copyOf(a, n);
  }
}
