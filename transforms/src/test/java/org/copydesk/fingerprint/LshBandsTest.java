package org.copydesk.fingerprint;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.Test;

public class LshBandsTest {

  @Test
  public void identicalSignaturesGiveIdenticalKeysAndBandsDiffer() {
    MinHasher mh = new MinHasher(64);
    long[] set = new Random(1).longs(300).toArray();
    long[] k1 = new LshBands(32, 2).bandKeys(mh.signature(set, set.length));
    long[] k2 = new LshBands(32, 2).bandKeys(mh.signature(set.clone(), set.length));
    assertArrayEquals(k1, k2);
    Set<Long> distinct = new HashSet<>();
    for (long k : k1) {
      distinct.add(k);
    }
    assertEquals("every band key differs", 32, distinct.size());
    // another band family never produces the same keys from the same rows
    assertNotEquals(k1[0], new LshBands(32, 2, 32).bandKeys(mh.signature(set, set.length))[0]);
  }

  @Test
  public void sCurveTable() {
    assertEquals(0.951, LshBands.candidateProbability(0.3, 32, 2), 0.001);
    assertEquals(0.996, LshBands.candidateProbability(0.4, 32, 2), 0.001);
    assertEquals(0.275, LshBands.candidateProbability(0.1, 32, 2), 0.001);
  }

  /**
   * Random pairs of sets at Jaccard ≈ 0.4: the measured fraction that share a band key matches
   * 1 − (1 − s^r)^b. Bands × rows chosen (8 × 4) so that the expected value (≈ 0.19) is far from
   * 0 and 1; 600 pairs, standard error ≈ 0.016.
   */
  @Test
  public void measuredCandidateProbabilityMatchesSCurve() {
    checkSCurve(8, 4, 0.4, 600, 0.05);
    checkSCurve(32, 2, 0.15, 400, 0.07); // the default banding, at the steep part of its curve
  }

  private static void checkSCurve(int bands, int rows, double target, int pairs, double tol) {
    Random rnd = new Random(42);
    MinHasher mh = new MinHasher(bands * rows);
    LshBands lsh = new LshBands(bands, rows);
    int n = 300;
    int inter = (int) Math.round(2 * n * target / (1 + target)); // J = I / (2n − I)
    double s = (double) inter / (2 * n - inter);
    int hits = 0;
    for (int t = 0; t < pairs; t++) {
      long[] a = new long[n];
      long[] b = new long[n];
      for (int i = 0; i < n; i++) {
        a[i] = rnd.nextLong();
        b[i] = i < inter ? a[i] : rnd.nextLong();
      }
      long[] ka = lsh.bandKeys(mh.signature(a, n));
      long[] kb = lsh.bandKeys(mh.signature(b, n));
      for (int i = 0; i < bands; i++) {
        if (ka[i] == kb[i]) {
          hits++;
          break;
        }
      }
    }
    double measured = (double) hits / pairs;
    double expected = LshBands.candidateProbability(s, bands, rows);
    System.out.printf(
        "b=%d r=%d s=%.3f: measured P(candidate) %.3f, S-curve %.3f%n",
        bands, rows, s, measured, expected);
    assertEquals(expected, measured, tol);
  }
}
