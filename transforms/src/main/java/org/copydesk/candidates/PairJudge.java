package org.copydesk.candidates;

import java.io.Serializable;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * What the candidate index makes of a pair it finds, decided where the pair is found. Deciding in
 * the index, with both stories' digests at hand, means no pair ever travels: at 100,000 stories a
 * template-heavy feed finds 5.5 million candidate pairs, and as elements (a request and an answer
 * per side, to fetch the digests) they filled a 6 GB heap on the Direct Runner, which holds a
 * bundle's output until the bundle ends.
 */
public interface PairJudge<T> extends Serializable {
  /** The outcome for {@code pair}, or null for nothing; the digests are the stories' own. */
  @Nullable T judge(CandidatePair pair, byte[] newerDigest, byte[] olderDigest);

  /** Every candidate, undecided. */
  static PairJudge<CandidatePair> everyCandidate() {
    return (pair, newerDigest, olderDigest) -> pair;
  }
}
