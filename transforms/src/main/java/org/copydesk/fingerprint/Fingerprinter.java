package org.copydesk.fingerprint;

import java.util.List;

/**
 * Cleaned story body → {@link Fingerprint}: normalised tokens ({@link StoryTokens}) → word
 * k-shingles ({@link Shingler}) → SuperMinHash signature ({@link MinHasher}) → LSH band keys
 * ({@link LshBands}), plus lead-window bands (see {@link FingerprintConfig}).
 *
 * <p>Allocation-light: the token and shingle buffers are reused between calls; per story it
 * allocates the returned shingle and band-key arrays and the signature. Not thread-safe: one
 * instance per thread (per DoFn instance).
 */
public final class Fingerprinter {

  private final FingerprintConfig config;
  private final StoryTokens tokens = new StoryTokens();
  private final Shingler shingler;
  private final MinHasher minHasher;
  private final MinHasher leadMinHasher;
  private final LshBands bands;
  private final LshBands leadBands;
  private final long[] signature;
  private final long[] leadShingles;
  private final long[] leadSignature;

  public Fingerprinter(FingerprintConfig config) {
    this.config = config;
    this.shingler = new Shingler(config.shingleSize());
    this.minHasher = new MinHasher(config.signatureComponents());
    this.bands = new LshBands(config.bands(), config.rows(), 0);
    this.signature = new long[config.signatureComponents()];
    if (config.leadBands() > 0) {
      this.leadMinHasher = new MinHasher(config.leadBands() * config.rows());
      this.leadBands = new LshBands(config.leadBands(), config.rows(), config.bands());
      this.leadShingles = new long[Math.max(1, config.leadTokens())];
      this.leadSignature = new long[config.leadBands() * config.rows()];
    } else {
      this.leadMinHasher = null;
      this.leadBands = null;
      this.leadShingles = null;
      this.leadSignature = null;
    }
  }

  public Fingerprinter() {
    this(FingerprintConfig.defaults());
  }

  public FingerprintConfig config() {
    return config;
  }

  /** The fingerprint of a cleaned body given as paragraphs. */
  public Fingerprint fingerprint(List<String> paragraphs) {
    return fingerprint(tokens(paragraphs, 0));
  }

  /**
   * The body's tokens, read once for the fingerprint and for another reader of up to {@code
   * otherMaxTokens} tokens (the digest). Valid until the next call.
   */
  public StoryTokens tokens(List<String> paragraphs, int otherMaxTokens) {
    return tokens.read(paragraphs, Math.max(config.maxTokens(), otherMaxTokens));
  }

  /** The fingerprint of the first {@code maxTokens} tokens read. */
  public Fingerprint fingerprint(StoryTokens story) {
    int n = Math.min(story.size(), config.maxTokens());
    if (n == 0) {
      return Fingerprint.create(new long[0], new long[0], 0);
    }
    long[] keys = new long[config.totalBands()];
    if (leadMinHasher != null) {
      int m = shingler.appendShingles(story.hashes(), 0, Math.min(n, config.leadTokens()), leadShingles);
      leadMinHasher.signature(leadShingles, m, leadSignature);
      leadBands.bandKeys(leadSignature, keys, config.bands());
    }
    long[] shingles = story.sortedShingles(config.shingleSize(), n);
    minHasher.signature(shingles, shingles.length, signature);
    bands.bandKeys(signature, keys, 0);
    return Fingerprint.create(shingles, keys, n);
  }
}
