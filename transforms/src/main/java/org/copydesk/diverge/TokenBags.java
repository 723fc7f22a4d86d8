package org.copydesk.diverge;

import java.util.Arrays;
import org.copydesk.fingerprint.LongList;
import org.copydesk.fingerprint.TextNormalizer;

/**
 * Sentences as bags (multisets) of normalised tokens, for comparing by content. The tokens are
 * {@link TextNormalizer}'s, which fold case and house style ({@code neighbouring} = {@code
 * neighboring}, {@code Dec} = {@code December}), taken as its 64-bit token hashes (the fingerprint
 * stage's allocation-free path) so that a bag is a sorted {@code long[]} and two bags meet in one
 * linear merge.
 *
 * <p>Not thread-safe (the normaliser reuses buffers); one instance per comparison.
 */
final class TokenBags {

  private final TextNormalizer normalizer = new TextNormalizer();
  private final LongList hashes = new LongList(64);

  /** The sorted token hashes of {@code text}; empty when it has no word. */
  long[] bag(String text) {
    hashes.clear();
    normalizer.appendTokenHashes(text, hashes, null);
    long[] bag = hashes.toArray();
    Arrays.sort(bag);
    return bag;
  }

  /** The bag of two texts read as one. */
  static long[] union(long[] a, long[] b) {
    long[] u = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, u, a.length, b.length);
    Arrays.sort(u);
    return u;
  }

  /** |a ∩ b| as multisets. */
  static int shared(long[] a, long[] b) {
    int shared = 0;
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        shared++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return shared;
  }

  /**
   * Dice coefficient 2·shared / (sizeA + sizeB): 1 for the same words in any order, 0 for no shared
   * word or two empty bags. Symmetric; a sentence cut in half scores about 2/3 against its whole.
   */
  static double dice(int shared, int sizeA, int sizeB) {
    int total = sizeA + sizeB;
    return total == 0 ? 0.0 : 2.0 * shared / total;
  }
}
