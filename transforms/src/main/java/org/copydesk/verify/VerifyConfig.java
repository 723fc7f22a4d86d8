package org.copydesk.verify;

import com.google.auto.value.AutoValue;
import java.io.Serializable;

/**
 * Thresholds of {@link CopyVerifier}. Defaults, and what they mean:
 *
 * <ul>
 *   <li>{@code sentenceDice = 0.6}: two sentences are near-identical when the Dice coefficient of
 *       their token sets is ≥ 0.6 (one or two words in ten changed), or when
 *   <li>{@code sentenceContainment = 0.8} of the smaller one's tokens (at least {@code
 *       minContainedTokens = 6}) are in the other (a sentence split, a clause cut).
 *   <li>{@code copyScore = 0.45}, {@code minAligned = 0.4}: a copy when score = (containment +
 *       alignedFraction) / 2 ≥ 0.45 and at least 40% of the shorter text (token-weighted) is in
 *       near-identical sentences; or when {@code strongContainment = 0.7} of the shorter text's
 *       shingles are in the longer one.
 *   <li>template rule: not a copy when at least {@code templateMinPairs = 2} aligned sentence pairs
 *       <em>substitute</em> names/numbers (both sides have a fact token the other lacks), those
 *       pairs are at least {@code templatePairFraction = 0.3} of the aligned pairs, or are all of
 *       them, and together they differ in at least {@code templateMinFacts = 3} distinct fact
 *       tokens. A correction of one figure (two fact tokens, old and new, even if repeated in two
 *       sentences) stays a copy.
 *   <li>{@code minSharedShingles = 4}: below this, nothing is a copy (avoids one-line matches).
 * </ul>
 */
@AutoValue
public abstract class VerifyConfig implements Serializable {

  public abstract double sentenceDice();

  public abstract double sentenceContainment();

  public abstract int minContainedTokens();

  public abstract double copyScore();

  public abstract double minAligned();

  public abstract double strongContainment();

  public abstract int templateMinPairs();

  public abstract double templatePairFraction();

  public abstract int templateMinFacts();

  public abstract int minSharedShingles();

  public static VerifyConfig defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new AutoValue_VerifyConfig.Builder()
        .setSentenceDice(0.6)
        .setSentenceContainment(0.8)
        .setMinContainedTokens(6)
        .setCopyScore(0.45)
        .setMinAligned(0.4)
        .setStrongContainment(0.7)
        .setTemplateMinPairs(2)
        .setTemplatePairFraction(0.3)
        .setTemplateMinFacts(3)
        .setMinSharedShingles(4);
  }

  public abstract Builder toBuilder();

  @AutoValue.Builder
  public abstract static class Builder {
    public abstract Builder setSentenceDice(double v);

    public abstract Builder setSentenceContainment(double v);

    public abstract Builder setMinContainedTokens(int v);

    public abstract Builder setCopyScore(double v);

    public abstract Builder setMinAligned(double v);

    public abstract Builder setStrongContainment(double v);

    public abstract Builder setTemplateMinPairs(int v);

    public abstract Builder setTemplatePairFraction(double v);

    public abstract Builder setTemplateMinFacts(int v);

    public abstract Builder setMinSharedShingles(int v);

    public abstract VerifyConfig build();
  }
}
