package org.copydesk.verify;

/**
 * Which sentences of a digest hold each token: an open-addressing table from token hash to a
 * chain of sentence numbers. With it the verifier counts, for one sentence of the other story,
 * its shared tokens with every sentence here in one pass over its tokens, instead of merging it
 * against each sentence in turn (for two 20-sentence stories about a tenth of the work; the
 * verifier is where the verify stage spends its time). Hand-written rather than a {@code
 * HashMap<Long, …>} because it is built once per verified pair and must not box.
 */
final class SentencePostings {
  private final long[] keys;
  private final int[] heads; // per slot: first posting + 1, 0 when the slot is empty
  private final int[] next; // per posting: next posting + 1 of the same token, 0 at the end
  private final int[] sentence; // per posting: its sentence
  private final int mask;

  SentencePostings(StoryDigest digest) {
    long[] tokens = digest.allSentenceTokens();
    int slots = Integer.highestOneBit(Math.max(4, tokens.length * 2) - 1) << 1;
    keys = new long[slots];
    heads = new int[slots];
    next = new int[tokens.length];
    sentence = new int[tokens.length];
    mask = slots - 1;
    for (int s = 0; s < digest.sentenceCount(); s++) {
      for (int p = digest.sentenceFrom(s); p < digest.sentenceTo(s); p++) {
        int slot = slot(tokens[p]);
        if (heads[slot] == 0) {
          keys[slot] = tokens[p];
        }
        sentence[p] = s;
        next[p] = heads[slot];
        heads[slot] = p + 1;
      }
    }
  }

  /**
   * Adds to {@code counts[j]} the number of tokens of {@code tokens[from, to)} that sentence
   * {@code j} holds. Tokens are unique within a sentence, so the counts are intersection sizes.
   */
  void countShared(long[] tokens, int from, int to, int[] counts) {
    for (int i = from; i < to; i++) {
      int slot = slot(tokens[i]);
      if (heads[slot] == 0) {
        continue;
      }
      for (int p = heads[slot]; p != 0; p = next[p - 1]) {
        counts[sentence[p - 1]]++;
      }
    }
  }

  /** Linear probing; the slot of {@code token}, or the empty slot where it would go. */
  private int slot(long token) {
    int slot = (int) (mix(token) & mask);
    while (heads[slot] != 0 && keys[slot] != token) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private static long mix(long token) {
    // token hashes are well mixed except the low 2 bits, which carry the token's kind
    return token >>> 2;
  }
}
