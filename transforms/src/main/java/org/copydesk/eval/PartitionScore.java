package org.copydesk.eval;

import java.util.HashMap;
import java.util.Map;

/**
 * Pairwise precision / recall / F1 and the adjusted Rand index (Hubert &amp; Arabie 1985) of a
 * predicted partition against a truth partition of the same ids.
 *
 * <p>Everything is computed from the contingency table (truth label × predicted label → count),
 * whose size is at most the number of ids, and from its row and column sums; pairs are never
 * enumerated, so a million ids cost a few tens of MB, not 5·10<sup>11</sup> pairs.
 *
 * <p>Ids present on one side only:
 *
 * <ul>
 *   <li>ids in {@code truth} but missing from {@code predicted} are scored as predicted singletons
 *       (each its own cluster): they lose recall, never precision. Counted in {@link
 *       #missingFromPredicted()}.
 *   <li>ids in {@code predicted} but not in {@code truth} are ignored (the truth defines the
 *       universe). Counted in {@link #extraInPredicted()}.
 * </ul>
 *
 * <p>Degenerate cases: precision is 1 when the prediction has no pairs, recall is 1 when the truth
 * has no pairs, F1 is 0 when precision + recall is 0. ARI is 1 when both partitions are the same
 * trivial partition (all singletons, or one cluster) and its denominator is 0; otherwise a 0
 * denominator gives ARI 0.
 */
public final class PartitionScore {

  private final long ids;
  private final long truthPairs;
  private final long predictedPairs;
  private final long truePositivePairs;
  private final long missingFromPredicted;
  private final long extraInPredicted;
  private final long truthClusters;
  private final long predictedClusters;
  private final double ari;

  private PartitionScore(
      long ids,
      long truthPairs,
      long predictedPairs,
      long truePositivePairs,
      long missingFromPredicted,
      long extraInPredicted,
      long truthClusters,
      long predictedClusters,
      double ari) {
    this.ids = ids;
    this.truthPairs = truthPairs;
    this.predictedPairs = predictedPairs;
    this.truePositivePairs = truePositivePairs;
    this.missingFromPredicted = missingFromPredicted;
    this.extraInPredicted = extraInPredicted;
    this.truthClusters = truthClusters;
    this.predictedClusters = predictedClusters;
    this.ari = ari;
  }

  /** Scores {@code predicted} against {@code truth}; both map id → cluster label. */
  public static PartitionScore score(Map<String, String> truth, Map<String, String> predicted) {
    // Labels are interned to ints so that a table cell is one long key.
    Map<String, Integer> truthIndex = new HashMap<>();
    Map<String, Integer> predIndex = new HashMap<>();
    Map<Long, int[]> cells = new HashMap<>();
    long missing = 0;
    int singletonCounter = 0;
    for (Map.Entry<String, String> e : truth.entrySet()) {
      int t = truthIndex.computeIfAbsent(e.getValue(), k -> truthIndex.size());
      String p = predicted.get(e.getKey());
      int pi;
      if (p == null) {
        missing++;
        // A fresh predicted cluster of its own; negative ids cannot clash with real labels.
        pi = -(++singletonCounter);
      } else {
        pi = predIndex.computeIfAbsent(p, k -> predIndex.size());
      }
      long key = ((long) t << 32) ^ (pi & 0xffffffffL);
      cells.computeIfAbsent(key, k -> new int[1])[0]++;
    }
    long extra = 0;
    for (String id : predicted.keySet()) {
      if (!truth.containsKey(id)) {
        extra++;
      }
    }
    long n = truth.size();
    Map<Integer, Long> rowSums = new HashMap<>();
    Map<Integer, Long> colSums = new HashMap<>();
    long sumCells = 0;
    for (Map.Entry<Long, int[]> c : cells.entrySet()) {
      int t = (int) (c.getKey() >>> 32);
      int p = (int) (c.getKey() & 0xffffffffL);
      long count = c.getValue()[0];
      sumCells += pairs(count);
      rowSums.merge(t, count, Long::sum);
      colSums.merge(p, count, Long::sum);
    }
    long sumRows = 0;
    for (long a : rowSums.values()) {
      sumRows += pairs(a);
    }
    long sumCols = 0;
    for (long b : colSums.values()) {
      sumCols += pairs(b);
    }
    double ari = adjustedRand(sumCells, sumRows, sumCols, pairs(n));
    return new PartitionScore(
        n, sumRows, sumCols, sumCells, missing, extra, rowSums.size(), colSums.size(), ari);
  }

  static long pairs(long k) {
    return k * (k - 1) / 2;
  }

  static double adjustedRand(long sumCells, long sumRows, long sumCols, long totalPairs) {
    if (totalPairs == 0) {
      return 1.0;
    }
    double expected = (double) sumRows * (double) sumCols / (double) totalPairs;
    double max = 0.5 * ((double) sumRows + (double) sumCols);
    double denom = max - expected;
    if (denom == 0.0) {
      // Both partitions trivial (all singletons or a single cluster): identical ⇒ 1.
      return sumRows == sumCols && sumCells == sumRows ? 1.0 : 0.0;
    }
    return (sumCells - expected) / denom;
  }

  /** Number of ids scored (the truth's ids). */
  public long ids() {
    return ids;
  }

  /** Pairs of ids in the same truth cluster. */
  public long truthPairs() {
    return truthPairs;
  }

  /** Pairs of ids in the same predicted cluster (among the truth's ids). */
  public long predictedPairs() {
    return predictedPairs;
  }

  /** Pairs in the same cluster on both sides. */
  public long truePositivePairs() {
    return truePositivePairs;
  }

  public long missingFromPredicted() {
    return missingFromPredicted;
  }

  public long extraInPredicted() {
    return extraInPredicted;
  }

  public long truthClusters() {
    return truthClusters;
  }

  /** Predicted clusters among the truth's ids (each missing id counts as one). */
  public long predictedClusters() {
    return predictedClusters;
  }

  public double precision() {
    return predictedPairs == 0 ? 1.0 : (double) truePositivePairs / predictedPairs;
  }

  public double recall() {
    return truthPairs == 0 ? 1.0 : (double) truePositivePairs / truthPairs;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }

  public double adjustedRandIndex() {
    return ari;
  }

  @Override
  public String toString() {
    return String.format(
        java.util.Locale.ROOT,
        "ids=%d clusters(truth/pred)=%d/%d pairs(truth/pred/both)=%d/%d/%d"
            + " precision=%.4f recall=%.4f F1=%.4f ARI=%.4f missing=%d extra=%d",
        ids,
        truthClusters,
        predictedClusters,
        truthPairs,
        predictedPairs,
        truePositivePairs,
        precision(),
        recall(),
        f1(),
        ari,
        missingFromPredicted,
        extraInPredicted);
  }
}
