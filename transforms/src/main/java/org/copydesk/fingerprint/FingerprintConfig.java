package org.copydesk.fingerprint;

import com.google.auto.value.AutoValue;
import java.io.Serializable;

/**
 * Options of the fingerprint stage.
 *
 * <p>Defaults, and why:
 *
 * <ul>
 *   <li>{@code shingleSize = 3}: after house-style folding, the hand-cleaned seeds' AFP 000 vs
 *       China Daily 001 have word-shingle Jaccard 0.533 at k = 3 and 0.450 at k = 5 (the issue's
 *       0.39 was raw 5-shingles with page chrome in), while independent reports of the same event
 *       (002/003/004 with each other and with 000/001) stay ≤ 0.12 at k = 3 — see {@code
 *       FingerprintTest}. Shorter shingles survive light rewording better; three words are still
 *       specific enough that unrelated stories share almost none.
 *   <li>{@code bands = 32, rows = 2, signatureComponents = 64}: P(candidate) ≥ 0.95 at Jaccard 0.3
 *       (S-curve table in {@link LshBands}); 32 bucket entries per story.
 *   <li>{@code leadTokens = 50, leadBands = 4}: 4 extra bands (same rows) from a MinHash of the
 *       first 50 tokens only. A trim (first two paragraphs of a long story) has a small whole-text
 *       Jaccard (containment is high, Jaccard is not) but the same lead, so these bands make it a
 *       candidate. 0 disables.
 *   <li>{@code threshold = 0.3}: the Jaccard the banding is designed for; {@link
 *       #candidateProbability(double)} at it must be at least 0.5 (checked by the builder).
 *   <li>{@code maxTokens = 5000}: longer bodies are fingerprinted on their first 5000 tokens
 *       (≈ 30 KB of text), bounding time and the shingle array (≤ 40 KB).
 * </ul>
 */
@AutoValue
public abstract class FingerprintConfig implements Serializable {

  public abstract int shingleSize();

  public abstract int signatureComponents();

  public abstract int bands();

  public abstract int rows();

  public abstract int leadTokens();

  public abstract int leadBands();

  public abstract double threshold();

  public abstract int maxTokens();

  public static FingerprintConfig defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new AutoValue_FingerprintConfig.Builder()
        .setShingleSize(3)
        .setSignatureComponents(64)
        .setBands(32)
        .setRows(2)
        .setLeadTokens(50)
        .setLeadBands(4)
        .setThreshold(0.3)
        .setMaxTokens(5000);
  }

  public abstract Builder toBuilder();

  /** P(candidate) of the whole-text bands at Jaccard s. */
  public double candidateProbability(double s) {
    return LshBands.candidateProbability(s, bands(), rows());
  }

  /** Band keys per story: whole-text bands plus lead bands. */
  public int totalBands() {
    return bands() + leadBands();
  }

  @AutoValue.Builder
  public abstract static class Builder {
    public abstract Builder setShingleSize(int k);

    public abstract Builder setSignatureComponents(int m);

    public abstract Builder setBands(int b);

    public abstract Builder setRows(int r);

    public abstract Builder setLeadTokens(int n);

    public abstract Builder setLeadBands(int b);

    public abstract Builder setThreshold(double s);

    public abstract Builder setMaxTokens(int n);

    abstract FingerprintConfig autoBuild();

    public FingerprintConfig build() {
      FingerprintConfig c = autoBuild();
      check(c.shingleSize() >= 1, "shingleSize must be >= 1");
      check(c.bands() >= 1 && c.rows() >= 1, "bands and rows must be >= 1");
      check(
          c.bands() * c.rows() <= c.signatureComponents(),
          "bands × rows (" + c.bands() * c.rows() + ") exceeds signatureComponents ("
              + c.signatureComponents() + ")");
      check(c.leadBands() >= 0 && c.leadTokens() >= 0, "leadBands/leadTokens must be >= 0");
      check(c.threshold() > 0 && c.threshold() <= 1, "threshold must be in (0, 1]");
      check(
          c.candidateProbability(c.threshold()) >= 0.5,
          "bands/rows give P(candidate) "
              + c.candidateProbability(c.threshold())
              + " < 0.5 at threshold "
              + c.threshold());
      check(c.maxTokens() >= c.shingleSize(), "maxTokens must be >= shingleSize");
      return c;
    }

    private static void check(boolean ok, String message) {
      if (!ok) {
        throw new IllegalArgumentException(message);
      }
    }
  }
}
