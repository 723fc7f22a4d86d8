package org.copydesk.verify;

import com.google.auto.value.AutoValue;
import java.util.List;

/** The decision on one candidate pair, with its evidence. */
@AutoValue
public abstract class CopyVerdict {

  public abstract boolean copy();

  /** (containment + alignedFraction) / 2, in [0, 1]. */
  public abstract double score();

  /** |A ∩ B| / min(|A|, |B|) over shingles. */
  public abstract double containment();

  /** Token-weighted fraction of the shorter text's sentences with a near-identical partner. */
  public abstract double alignedFraction();

  /** True when the aligned sentences differ in names/numbers over several sentences. */
  public abstract boolean templateLike();

  /** Up to 3 short shared passages (the shorter text's wording). */
  public abstract List<String> sharedPassages();

  /** One human line, e.g. {@code copy: 83% of sentences aligned, containment 0.71}. */
  public abstract String reason();

  static CopyVerdict create(
      boolean copy,
      double score,
      double containment,
      double alignedFraction,
      boolean templateLike,
      List<String> sharedPassages,
      String reason) {
    return new AutoValue_CopyVerdict(
        copy, score, containment, alignedFraction, templateLike, List.copyOf(sharedPassages), reason);
  }
}
