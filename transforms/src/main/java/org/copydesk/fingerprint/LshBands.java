package org.copydesk.fingerprint;

/**
 * LSH banding of a MinHash signature: {@code bands × rows} components → {@code bands} 64-bit keys.
 * Each key mixes the band's index with its rows, so equal rows in different bands never collide.
 * Two stories become candidates when they share at least one band key.
 *
 * <p>S-curve: with Jaccard similarity s, a band's rows all agree with probability s^r, so
 *
 * <pre>P(candidate) = 1 − (1 − s^r)^b</pre>
 *
 * For the defaults (b = 32 bands, r = 2 rows, 64 components; see {@link FingerprintConfig}):
 *
 * <pre>
 *   s     0.05   0.10   0.15   0.20   0.30   0.40   0.50   0.70
 *   P     0.077  0.275  0.517  0.729  0.951  0.996  1.000  1.000
 * </pre>
 *
 * The curve's midpoint (≈ (1/b)^(1/r)) is 0.18: copies with shingle Jaccard ≥ 0.3 (a light
 * rewrite such as the seeds' AFP vs China Daily) are found with probability ≥ 0.95, while the
 * ≤ 0.06 of independent reports of the same event mostly are not. Candidates below the copy
 * threshold are cheap: verify rejects them.
 *
 * <p>For comparison, a steeper choice: b = 24, r = 3 gives 0.48 at s = 0.3 and 0.80 at s = 0.4 —
 * too weak for rewritten copies.
 */
public final class LshBands {

  private final int bands;
  private final int rows;
  private final int bandIndexOffset;

  /**
   * @param bandIndexOffset added to each band's index before mixing, so that two families of bands
   *     (e.g. whole-text and lead-window bands) never produce equal keys
   */
  public LshBands(int bands, int rows, int bandIndexOffset) {
    if (bands < 1 || rows < 1) {
      throw new IllegalArgumentException("bands and rows must be >= 1");
    }
    this.bands = bands;
    this.rows = rows;
    this.bandIndexOffset = bandIndexOffset;
  }

  public LshBands(int bands, int rows) {
    this(bands, rows, 0);
  }

  public int bands() {
    return bands;
  }

  public int rows() {
    return rows;
  }

  /** The band keys of a signature of at least {@code bands × rows} components. */
  public long[] bandKeys(long[] signature) {
    long[] out = new long[bands];
    bandKeys(signature, out, 0);
    return out;
  }

  /** Writes the band keys into {@code out[at .. at + bands)}. */
  public void bandKeys(long[] signature, long[] out, int at) {
    if (signature.length < bands * rows) {
      throw new IllegalArgumentException(
          "signature has " + signature.length + " components, need " + bands * rows);
    }
    for (int b = 0; b < bands; b++) {
      long h = Shingler.mix((b + bandIndexOffset + 1L) * 0xD6E8FEB86659FD93L);
      int base = b * rows;
      for (int r = 0; r < rows; r++) {
        h = Shingler.mix(h ^ (signature[base + r] + 0x9E3779B97F4A7C15L * (r + 1)));
      }
      out[at + b] = h;
    }
  }

  /** 1 − (1 − s^r)^b. */
  public static double candidateProbability(double s, int bands, int rows) {
    return 1.0 - Math.pow(1.0 - Math.pow(s, rows), bands);
  }

  public double candidateProbability(double s) {
    return candidateProbability(s, bands, rows);
  }
}
