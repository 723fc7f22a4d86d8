package org.copydesk.fingerprint;

import java.util.List;

/**
 * Cleaned story body → {@link Fingerprint}: normalised tokens ({@link TextNormalizer}) → word
 * k-shingles ({@link Shingler}) → SuperMinHash signature ({@link MinHasher}) → LSH band keys
 * ({@link LshBands}), plus lead-window bands (see {@link FingerprintConfig}).
 *
 * <p>Allocation-light: the token and shingle buffers are reused between calls; per story it
 * allocates the returned shingle and band-key arrays and the signature. Not thread-safe: one
 * instance per thread (per DoFn instance).
 */
public final class Fingerprinter {

  private final FingerprintConfig config;
  private final TextNormalizer normalizer = new TextNormalizer();
  private final Shingler shingler;
  private final MinHasher minHasher;
  private final MinHasher leadMinHasher;
  private final LshBands bands;
  private final LshBands leadBands;
  private final LongList tokens = new LongList(4096);
  private long[] shingleBuf = new long[4096];
  private final long[] signature;
  private final HashSorter sorter = new HashSorter();
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
      this.leadSignature = new long[config.leadBands() * config.rows()];
    } else {
      this.leadMinHasher = null;
      this.leadBands = null;
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
    tokens.clear();
    for (String p : paragraphs) {
      normalizer.appendTokenHashes(p, tokens, null);
      if (tokens.size() >= config.maxTokens()) {
        break;
      }
    }
    int n = Math.min(tokens.size(), config.maxTokens());
    return fingerprintTokens(tokens.array(), n);
  }

  /** The fingerprint of already normalised token hashes {@code tokenHashes[0..n)}. */
  public Fingerprint fingerprintTokens(long[] tokenHashes, int n) {
    if (n == 0) {
      return Fingerprint.create(new long[0], new long[0], 0);
    }
    int cap = Math.max(1, n - shingler.k() + 1);
    if (shingleBuf.length < cap) {
      shingleBuf = new long[Math.max(cap, shingleBuf.length * 2)];
    }
    long[] keys = new long[config.totalBands()];
    if (leadMinHasher != null) {
      // lead window first, while shingleBuf is still free
      int leadN = Math.min(n, config.leadTokens());
      int m = shingler.appendShingles(tokenHashes, 0, leadN, shingleBuf);
      leadMinHasher.signature(shingleBuf, m, leadSignature);
      leadBands.bandKeys(leadSignature, keys, config.bands());
    }
    int m = shingler.appendShingles(tokenHashes, 0, n, shingleBuf);
    long[] shingles = sorter.sortUnique(shingleBuf, m);
    minHasher.signature(shingles, shingles.length, signature);
    bands.bandKeys(signature, keys, 0);
    return Fingerprint.create(shingles, keys, n);
  }
}
