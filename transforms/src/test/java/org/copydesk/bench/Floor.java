package org.copydesk.bench;

import java.util.List;
import org.copydesk.fingerprint.LongList;
import org.copydesk.fingerprint.Shingler;
import org.copydesk.fingerprint.TextNormalizer;
import org.copydesk.fingerprint.Tokenizer;

/**
 * The floor every stage is measured against: tokenise the text, hash every token and every
 * 3-shingle once (no normalisation rules, no sort, no MinHash). Not thread-safe.
 */
final class Floor implements Tokenizer.Sink, CharSequence {
  private final Tokenizer tokenizer = new Tokenizer();
  private final LongList tokens = new LongList(4096);
  private char[] buf;
  private int len;

  /** A sum of the story's shingle hashes, for the caller to consume. */
  long hash(List<String> paragraphs) {
    tokens.clear();
    for (String p : paragraphs) {
      tokenizer.tokenize(p, this);
    }
    long[] t = tokens.array();
    int n = tokens.size();
    long acc = 0;
    for (int i = 0; i + 3 <= n; i++) {
      acc += Shingler.hash(t, i, 3);
    }
    return acc;
  }

  @Override
  public void token(char[] buf, int len, int flags) {
    this.buf = buf;
    this.len = len;
    tokens.add(TextNormalizer.hashToken(this));
  }

  @Override
  public int length() {
    return len;
  }

  @Override
  public char charAt(int i) {
    return buf[i];
  }

  @Override
  public CharSequence subSequence(int s, int e) {
    return new String(buf, s, e - s);
  }
}
