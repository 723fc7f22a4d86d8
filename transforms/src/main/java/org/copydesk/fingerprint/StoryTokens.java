package org.copydesk.fingerprint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.copydesk.verify.SentenceSplitter;

/**
 * A story body tokenised once for both the fingerprint ({@link Fingerprinter}) and the verifier's
 * digest ({@link org.copydesk.verify.StoryDigest}); tokenising it for each, and shingling and
 * sorting it for each, was half of the fingerprint stage's time.
 *
 * <p>Per paragraph: NFKC ({@link TextNormalizer#nfkc}), its sentences ({@link SentenceSplitter}),
 * and per sentence its canonical token hashes ({@link TextNormalizer}) with their {@link
 * Tokenizer} flags. Phrases ({@code per cent}, {@code United States}) fold only within a sentence.
 *
 * <p>Reading stops before the first sentence that starts at the token limit, and the tokens are
 * cut at it, so the first k tokens read are the same whatever the limit (k ≤ limit).
 *
 * <p>Not thread-safe: one instance per thread, reused story after story.
 */
public final class StoryTokens {
  private final TextNormalizer normalizer = new TextNormalizer();
  private final HashSorter sorter = new HashSorter();
  private final LongList hashes = new LongList(4096);
  private final LongList flags = new LongList(4096);
  private final List<String> paragraphs = new ArrayList<>(); // NFKC
  private final SentenceSplitter.Spans sentenceSink = this::sentence;
  private int limit;

  /** Per sentence that has tokens, 4 ints: its first token, its paragraph, its char range. */
  private int[] sentences = new int[4 * 64];
  private int sentenceCount;

  private long[] shingleBuf = new long[4096];
  /** The last {@link #sortedShingles} result, and the shingle size and token count it is of. */
  private long[] shingles;
  private int shinglesK;
  private int shinglesN;

  /** Reads {@code body} (its paragraphs), at most {@code maxTokens} tokens. Returns this. */
  public StoryTokens read(List<String> body, int maxTokens) {
    hashes.clear();
    flags.clear();
    paragraphs.clear();
    sentenceCount = 0;
    shingles = null;
    limit = maxTokens;
    for (String p : body) {
      if (hashes.size() >= maxTokens) {
        break;
      }
      String text = TextNormalizer.nfkc(p);
      paragraphs.add(text);
      SentenceSplitter.spans(text, sentenceSink);
    }
    hashes.truncate(maxTokens);
    flags.truncate(maxTokens);
    return this;
  }

  private void sentence(int from, int to) {
    int first = hashes.size();
    if (first >= limit) {
      return;
    }
    int p = paragraphs.size() - 1;
    normalizer.appendNormalizedTokenHashes(paragraphs.get(p), from, to, hashes, flags);
    if (hashes.size() == first) {
      return;
    }
    if (sentences.length < 4 * (sentenceCount + 1)) {
      sentences = Arrays.copyOf(sentences, sentences.length * 2);
    }
    int at = 4 * sentenceCount++;
    sentences[at] = first;
    sentences[at + 1] = p;
    sentences[at + 2] = from;
    sentences[at + 3] = to;
  }

  /** Tokens read. */
  public int size() {
    return hashes.size();
  }

  /** The token hashes; only {@code [0, size())} is meaningful. Do not modify. */
  public long[] hashes() {
    return hashes.array();
  }

  /** Each token's {@link Tokenizer} flags; only {@code [0, size())} is meaningful. Do not modify. */
  public long[] flags() {
    return flags.array();
  }

  /** Sentences that have tokens; they cover the tokens in order, the first starting at token 0. */
  public int sentenceCount() {
    return sentenceCount;
  }

  /** The first token of sentence {@code s}. */
  public int sentenceStart(int s) {
    return sentences[4 * s];
  }

  /** The end (exclusive) of sentence {@code s}'s tokens. */
  public int sentenceEnd(int s) {
    return s + 1 < sentenceCount ? sentences[4 * (s + 1)] : size();
  }

  /** The text of sentence {@code s} (NFKC, without surrounding white space), cut at {@code maxChars}. */
  public String sentenceText(int s, int maxChars) {
    int from = sentences[4 * s + 2];
    return paragraphs.get(sentences[4 * s + 1])
        .substring(from, Math.min(sentences[4 * s + 3], from + maxChars));
  }

  /**
   * The sorted unique word k-shingle hashes ({@link Shingler}) of the first {@code n} tokens. The
   * fingerprint and the digest ask for the same ones (k = 3, all tokens of most stories), so the
   * last result is kept until the next {@link #read}. Do not modify.
   */
  public long[] sortedShingles(int k, int n) {
    if (shingles != null && shinglesK == k && shinglesN == n) {
      return shingles;
    }
    Shingler shingler = new Shingler(k);
    int cap = Math.max(1, n - k + 1);
    if (shingleBuf.length < cap) {
      shingleBuf = new long[Math.max(cap, shingleBuf.length * 2)];
    }
    shingles = sorter.sortUnique(shingleBuf, shingler.appendShingles(hashes.array(), 0, n, shingleBuf));
    shinglesK = k;
    shinglesN = n;
    return shingles;
  }
}
