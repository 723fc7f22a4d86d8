package org.copydesk.fingerprint;

import java.util.Arrays;

/**
 * Word k-shingles hashed to 64 bits, as a sorted, de-duplicated {@code long[]}.
 *
 * <p>Each token is hashed once (komihash 5.0, in {@link TextNormalizer}); a shingle's hash combines
 * its k token hashes position-sensitively ({@code h = h·φ + t}, φ the 64-bit golden ratio) and is
 * finished with the murmur3 64-bit finaliser. Token hashes are uniform 64-bit values, so the
 * combination is as good as hashing the shingle's text, at a fraction of the cost. A text with
 * fewer than k tokens gives one shingle of all its tokens (so short briefs still fingerprint).
 */
public final class Shingler {

  private static final long PHI = 0x9E3779B97F4A7C15L;

  private final int k;

  public Shingler(int k) {
    if (k < 1) {
      throw new IllegalArgumentException("shingle size must be >= 1: " + k);
    }
    this.k = k;
  }

  public int k() {
    return k;
  }

  /** Sorted unique shingle hashes of {@code tokens[0..n)}. */
  public long[] shingles(long[] tokens, int n) {
    long[] out = new long[Math.max(1, n - k + 1)];
    int m = appendShingles(tokens, 0, n, out);
    return sortUnique(out, m);
  }

  /**
   * Writes the (unsorted) shingle hashes of {@code tokens[from..to)} into {@code out} and returns
   * how many. {@code out} must hold {@code max(1, to - from - k + 1)} values.
   */
  public int appendShingles(long[] tokens, int from, int to, long[] out) {
    int n = to - from;
    if (n <= 0) {
      return 0;
    }
    if (n < k) {
      out[0] = hash(tokens, from, n);
      return 1;
    }
    int m = n - k + 1;
    if (k == 3) { // the default: unrolled
      for (int i = 0; i < m; i++) {
        int p = from + i;
        out[i] = mix((tokens[p] * PHI + tokens[p + 1]) * PHI + tokens[p + 2]);
      }
    } else {
      for (int i = 0; i < m; i++) {
        out[i] = hash(tokens, from + i, k);
      }
    }
    return m;
  }

  /** Hash of the shingle {@code tokens[from..from+len)}. */
  public static long hash(long[] tokens, int from, int len) {
    long h = tokens[from];
    for (int j = 1; j < len; j++) {
      h = h * PHI + tokens[from + j];
    }
    return mix(h);
  }

  /** murmur3 fmix64. */
  public static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }

  /** Sorts {@code a[0..n)} and returns its distinct values as a new array. */
  public static long[] sortUnique(long[] a, int n) {
    if (n == 0) {
      return new long[0];
    }
    Arrays.sort(a, 0, n);
    int u = 1;
    for (int i = 1; i < n; i++) {
      if (a[i] != a[u - 1]) {
        a[u++] = a[i];
      }
    }
    return u == a.length ? a : Arrays.copyOf(a, u);
  }

  /** |a ∩ b| of two sorted unique arrays. */
  public static int intersectionSize(long[] a, long[] b) {
    return intersectionSize(a, 0, a.length, b, 0, b.length);
  }

  /** Size of the intersection of two sorted unique ranges, {@code a[i..ie)} and {@code b[j..je)}. */
  public static int intersectionSize(long[] a, int i, int ie, long[] b, int j, int je) {
    int c = 0;
    while (i < ie && j < je) {
      long x = a[i];
      long y = b[j];
      if (x == y) {
        c++;
        i++;
        j++;
      } else if (x < y) {
        i++;
      } else {
        j++;
      }
    }
    return c;
  }

  /** Exact Jaccard of two sorted unique arrays (1 for two empty sets). */
  public static double jaccard(long[] a, long[] b) {
    int inter = intersectionSize(a, b);
    int union = a.length + b.length - inter;
    return union == 0 ? 1.0 : (double) inter / union;
  }
}
