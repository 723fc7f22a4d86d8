package org.copydesk.eval;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.Test;

public class PartitionScoreTest {

  private static Map<String, String> partition(String... idLabel) {
    Map<String, String> m = new HashMap<>();
    for (String s : idLabel) {
      String[] f = s.split("=");
      m.put(f[0], f[1]);
    }
    return m;
  }

  /**
   * Truth {a,b,c} {d,e} {f}; predicted {a,b} {c,d,e} {f}. Table cells 2,1,2,1 → same-both pairs
   * 1+0+1+0 = 2; truth pairs 3+1 = 4; predicted pairs 1+3 = 4. P = R = F1 = 0.5. n = 6, C(6,2) =
   * 15, expected = 4·4/15 = 16/15, max = 4, ARI = (2 − 16/15)/(4 − 16/15) = 14/44 = 7/22.
   */
  @Test
  public void handComputedSmallPartition() {
    Map<String, String> truth = partition("a=T1", "b=T1", "c=T1", "d=T2", "e=T2", "f=T3");
    Map<String, String> pred = partition("a=x", "b=x", "c=y", "d=y", "e=y", "f=z");
    PartitionScore s = PartitionScore.score(truth, pred);
    assertEquals(4, s.truthPairs());
    assertEquals(4, s.predictedPairs());
    assertEquals(2, s.truePositivePairs());
    assertEquals(0.5, s.precision(), 1e-12);
    assertEquals(0.5, s.recall(), 1e-12);
    assertEquals(0.5, s.f1(), 1e-12);
    assertEquals(7.0 / 22.0, s.adjustedRandIndex(), 1e-12);
  }

  /**
   * Truth {a,b,c,d} {e,f}; predicted {a,b} {c,d} {e,f}: both = 3, truth pairs 7, predicted 3. P =
   * 1, R = 3/7, F1 = 0.6. expected = 7·3/15 = 1.4, max = 5, ARI = 1.6/3.6 = 4/9.
   */
  @Test
  public void handComputedSplit() {
    Map<String, String> truth = partition("a=1", "b=1", "c=1", "d=1", "e=2", "f=2");
    Map<String, String> pred = partition("a=p", "b=p", "c=q", "d=q", "e=r", "f=r");
    PartitionScore s = PartitionScore.score(truth, pred);
    assertEquals(1.0, s.precision(), 1e-12);
    assertEquals(3.0 / 7.0, s.recall(), 1e-12);
    assertEquals(0.6, s.f1(), 1e-12);
    assertEquals(4.0 / 9.0, s.adjustedRandIndex(), 1e-12);
  }

  @Test
  public void identicalPartitionsScoreOne() {
    Map<String, String> truth = partition("a=1", "b=1", "c=2", "d=3", "e=3", "f=3");
    PartitionScore s = PartitionScore.score(truth, truth);
    assertEquals(1.0, s.precision(), 0);
    assertEquals(1.0, s.recall(), 0);
    assertEquals(1.0, s.f1(), 0);
    assertEquals(1.0, s.adjustedRandIndex(), 1e-12);
  }

  @Test
  public void trivialPartitionsIdentical() {
    Map<String, String> singletons = partition("a=1", "b=2", "c=3");
    assertEquals(1.0, PartitionScore.score(singletons, singletons).adjustedRandIndex(), 0);
    Map<String, String> one = partition("a=1", "b=1", "c=1");
    assertEquals(1.0, PartitionScore.score(one, one).adjustedRandIndex(), 0);
    // All singletons against one cluster: no agreement beyond chance.
    PartitionScore s = PartitionScore.score(one, singletons);
    assertEquals(0.0, s.adjustedRandIndex(), 0);
    assertEquals(1.0, s.precision(), 0); // no predicted pairs: vacuous precision
    assertEquals(0.0, s.recall(), 0);
  }

  @Test
  public void randomLabelsScoreAboutZero() {
    Random r = new Random(7);
    Map<String, String> truth = new HashMap<>();
    Map<String, String> pred = new HashMap<>();
    for (int i = 0; i < 20_000; i++) {
      truth.put("id" + i, "t" + r.nextInt(200));
      pred.put("id" + i, "p" + r.nextInt(200));
    }
    PartitionScore s = PartitionScore.score(truth, pred);
    assertTrue("ARI " + s.adjustedRandIndex(), Math.abs(s.adjustedRandIndex()) < 0.005);
    assertTrue(s.precision() < 0.02);
  }

  @Test
  public void invariantUnderLabelPermutation() {
    Random r = new Random(11);
    Map<String, String> truth = new HashMap<>();
    Map<String, String> pred = new HashMap<>();
    Map<String, String> relabelled = new HashMap<>();
    Map<String, String> swappedSides = new HashMap<>();
    for (int i = 0; i < 5_000; i++) {
      int t = r.nextInt(300);
      int p = r.nextDouble() < 0.8 ? t : r.nextInt(300);
      truth.put("id" + i, "t" + t);
      pred.put("id" + i, "p" + p);
      relabelled.put("id" + i, "zz" + (p * 7919 % 300) + "-x");
      swappedSides.put("id" + i, "t" + p);
    }
    PartitionScore a = PartitionScore.score(truth, pred);
    PartitionScore b = PartitionScore.score(truth, relabelled);
    assertEquals(a.adjustedRandIndex(), b.adjustedRandIndex(), 1e-12);
    assertEquals(a.precision(), b.precision(), 1e-12);
    assertEquals(a.recall(), b.recall(), 1e-12);
    assertTrue(a.adjustedRandIndex() > 0.5 && a.adjustedRandIndex() < 1.0);
    // ARI is symmetric; precision and recall swap.
    PartitionScore c = PartitionScore.score(pred, truth);
    assertEquals(a.adjustedRandIndex(), c.adjustedRandIndex(), 1e-12);
    assertEquals(a.precision(), c.recall(), 1e-12);
  }

  @Test
  public void missingIdsAreSingletonsAndExtraIdsIgnored() {
    Map<String, String> truth = partition("a=1", "b=1", "c=1");
    Map<String, String> pred = partition("a=x", "b=x", "zzz=x");
    PartitionScore s = PartitionScore.score(truth, pred);
    assertEquals(1, s.missingFromPredicted());
    assertEquals(1, s.extraInPredicted());
    assertEquals(1, s.predictedPairs()); // a-b only; c is a singleton, zzz ignored
    assertEquals(1.0, s.precision(), 0);
    assertEquals(1.0 / 3.0, s.recall(), 1e-12);
    assertEquals(2, s.predictedClusters());
  }

  @Test
  public void largeInputUsesTheTableNotPairs() {
    // 300,000 ids in clusters of 3: 300k pairs; the table has ≤ n cells. Runs in well under a second.
    Map<String, String> truth = new HashMap<>();
    Map<String, String> pred = new HashMap<>();
    for (int i = 0; i < 300_000; i++) {
      truth.put(Integer.toString(i), Integer.toString(i / 3));
      pred.put(Integer.toString(i), Integer.toString(i / 6));
    }
    PartitionScore s = PartitionScore.score(truth, pred);
    assertEquals(300_000, s.truthPairs());
    assertEquals(50_000L * 15, s.predictedPairs());
    assertEquals(1.0, s.recall(), 0);
    assertEquals(0.4, s.precision(), 1e-12);
  }
}
