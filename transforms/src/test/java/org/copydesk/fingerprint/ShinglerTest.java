package org.copydesk.fingerprint;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;
import org.junit.Test;

public class ShinglerTest {

  private static long[] tokens(String text) {
    LongList l = new LongList();
    new TextNormalizer().appendTokenHashes(text, l, null);
    return l.toArray();
  }

  @Test
  public void sortedAndUnique() {
    long[] t = tokens("the cat sat on the mat and the cat sat on the mat again");
    long[] s = new Shingler(3).shingles(t, t.length);
    for (int i = 1; i < s.length; i++) {
      assertTrue("strictly increasing at " + i, s[i - 1] < s[i]);
    }
    // 12 windows, of which "the cat sat", "cat sat on", "sat on the", "on the mat" repeat
    assertEquals(t.length - 3 + 1 - 4, s.length);
  }

  @Test
  public void sizeFollowsK() {
    long[] t = tokens("one two three four five six seven");
    assertEquals(7, new Shingler(1).shingles(t, t.length).length);
    assertEquals(5, new Shingler(3).shingles(t, t.length).length);
    assertEquals(3, new Shingler(5).shingles(t, t.length).length);
    assertEquals(1, new Shingler(9).shingles(t, t.length).length); // shorter than k: one shingle
    assertEquals(0, new Shingler(3).shingles(t, 0).length);
  }

  @Test
  public void orderMattersAndUnrolledPathMatchesGeneric() {
    long[] a = tokens("alpha beta gamma");
    long[] b = tokens("gamma beta alpha");
    assertNotEquals(
        new Shingler(3).shingles(a, 3)[0], new Shingler(3).shingles(b, 3)[0]);
    long[] t = tokens("one two three four five six seven eight");
    long[] out = new long[6];
    new Shingler(3).appendShingles(t, 0, t.length, out);
    for (int i = 0; i < 6; i++) {
      assertEquals(Shingler.hash(t, i, 3), out[i]);
    }
  }

  @Test
  public void jaccardAndIntersection() {
    long[] a = {1, 2, 3, 4};
    long[] b = {3, 4, 5, 6, 7, 8};
    assertEquals(2, Shingler.intersectionSize(a, b));
    assertEquals(2.0 / 8, Shingler.jaccard(a, b), 1e-12);
    assertEquals(1.0, Shingler.jaccard(new long[0], new long[0]), 0);
    long[] c = {5, 3, 5, 1};
    assertEquals("[1, 3, 5]", Arrays.toString(Shingler.sortUnique(c, c.length)));
  }
}
