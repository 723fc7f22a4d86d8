package org.copydesk.event;

import java.util.ArrayList;
import java.util.List;
import org.copydesk.fingerprint.LongList;
import org.copydesk.fingerprint.Shingler;
import org.copydesk.fingerprint.TextNormalizer;

/**
 * Finds the quoted words of a story: what someone said is the part of an event that independent
 * reports repeat word for word (AFP and PTI share Kerry's quotes and little else). A quote is the
 * text between double quotes ({@code "…"}, {@code “…”}, {@code «…»}); one left open runs to the
 * end of its paragraph, as wire copy opens a quote that goes on in the next paragraph. Single
 * quotes are left alone: they are apostrophes, or sub-headlines. Each quote of at least {@value
 * #SHINGLE_SIZE} tokens is kept as the sorted unique hashes of its word {@value
 * #SHINGLE_SIZE}-shingles (normalised, so {@code emphasised}/{@code emphasize} still meet).
 *
 * <p>Not thread-safe (the normaliser reuses buffers).
 */
final class QuoteFinder {

  static final int SHINGLE_SIZE = 3;

  private final TextNormalizer norm;
  private final Shingler shingler = new Shingler(SHINGLE_SIZE);
  private final LongList tokens = new LongList(256);

  QuoteFinder(TextNormalizer norm) {
    this.norm = norm;
  }

  /** One quote: its text and its kind-tagged shingle hashes, sorted unique. */
  record Quote(String text, long[] shingles) {}

  /** The quotes of one paragraph, in order. */
  List<Quote> find(String paragraph) {
    List<Quote> out = new ArrayList<>();
    int open = -1;
    for (int i = 0; i < paragraph.length(); i++) {
      char c = paragraph.charAt(i);
      boolean opens = c == '“' || c == '«' || (c == '"' && open < 0);
      boolean closes = c == '”' || c == '»' || (c == '"' && open >= 0);
      if (closes && open >= 0) {
        add(paragraph.substring(open, i), out);
        open = -1;
      } else if (opens) {
        open = i + 1;
      }
    }
    if (open >= 0) {
      add(paragraph.substring(open), out);
    }
    return out;
  }

  private void add(String quote, List<Quote> out) {
    tokens.clear();
    norm.appendTokenHashes(quote, tokens, null);
    int n = tokens.size();
    if (n < SHINGLE_SIZE) {
      return;
    }
    long[] shingles = new long[n - SHINGLE_SIZE + 1];
    shingler.appendShingles(tokens.array(), 0, n, shingles);
    for (int i = 0; i < shingles.length; i++) {
      shingles[i] = EventDigest.tag(shingles[i], EventDigest.QUOTE);
    }
    out.add(new Quote(EventDigest.clip(quote, EventDigest.MAX_QUOTE_CHARS),
        Shingler.sortUnique(shingles, shingles.length)));
  }
}
