package org.copydesk.fingerprint;

import static org.junit.Assert.assertArrayEquals;

import java.util.Random;
import org.junit.Test;

public class HashSorterTest {
  @Test
  public void matchesArraysSortOnRandomSkewedAndDuplicateInput() {
    Random r = new Random(7);
    HashSorter s = new HashSorter();
    for (int t = 0; t < 300; t++) {
      int n = r.nextInt(3000);
      long[] a = new long[n];
      int mode = t % 3;
      for (int i = 0; i < n; i++) {
        a[i] =
            mode == 0 ? r.nextLong() : mode == 1 ? r.nextInt(50) - 25 : (r.nextLong() >>> 40) << 20;
      }
      long[] expected = Shingler.sortUnique(a.clone(), n);
      assertArrayEquals(expected, s.sortUnique(a, n));
    }
  }
}
