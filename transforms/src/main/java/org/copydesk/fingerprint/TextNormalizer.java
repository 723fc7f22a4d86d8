package org.copydesk.fingerprint;

import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;
import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Normalises story text so that copies in different styles meet: Unicode NFKC, case folding,
 * quotes/apostrophes/dashes unified (they all separate or join tokens alike, see {@link
 * Tokenizer}), and wire "house style" folding:
 *
 * <ul>
 *   <li>abbreviations: {@code cts} → {@code cents}, {@code dlrs}/{@code dlr}/{@code dollar} → {@code dollars}, {@code pct}/{@code
 *       per cent}/{@code %} → {@code percent}, {@code mln}/{@code mn} → {@code million}, {@code
 *       bln}/{@code bn} → {@code billion}, {@code U.S.}/{@code US}/{@code United States} → {@code
 *       us}, {@code U.K.}/{@code United Kingdom} → {@code uk}, month abbreviations ({@code Dec.} →
 *       {@code december}), digit grouping ({@code 1,500} → {@code 1500});
 *   <li>UK → US spelling, by safe suffix rules plus a word list: {@code -our(s|ed|ing|ite|…)} →
 *       {@code -or…} when at least three letters precede {@code our} and the letter before is not
 *       a/e/o/u (so {@code four}, {@code hour}, {@code your}, {@code flour} stay); {@code
 *       -ise/-ised/-ising/-isation/-iser} → {@code -ize…} and {@code -yse…} → {@code -yze…} when at
 *       least three letters precede (so {@code rise}, {@code wise}, {@code prise} stay); {@code
 *       -elled/-elling/-eller} → {@code -eled…}; {@code -ence} and {@code -tre} only on a word list
 *       ({@code defence}, {@code offence}, {@code licence}, {@code centre}, {@code metre}, …).
 * </ul>
 *
 * <p>The folding is for matching only: it may produce non-words ({@code promise} → {@code
 * promize}), which is harmless because every text is folded the same way; what the rules avoid is
 * merging two different real words. Numbers stay tokens (verify compares them).
 *
 * <p>Two views of the same rules: {@link #normalize(String)} / {@link #tokens(String)} give strings
 * (tests, tools, evidence), {@link #appendTokenHashes} gives 64-bit token hashes without
 * allocating per token (the fingerprint hot path). {@code hashToken(tokens(t).get(i))} equals the
 * i-th hash of {@code appendTokenHashes(t)}.
 *
 * <p>Not thread-safe (reuses buffers); one instance per thread / DoFn instance.
 */
public final class TextNormalizer {

  private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
  static final Hasher64 HASHER = Hashing.komihash5_0();

  /** Single-word replacements, after case folding and the suffix rules. */
  private static final Map<String, String> WORDS = new HashMap<>();
  /** Two-word phrases folded to one token: first word → (second word → replacement). */
  private static final Map<String, Map<String, String>> PHRASES = new HashMap<>();

  static {
    String[][] words = {
      {"dlrs", "dollars"}, {"dlr", "dollars"}, {"dollar", "dollars"}, {"usd", "dollars"},
      {"pct", "percent"}, {"cts", "cents"}, {"ct", "cent"},
      {"mln", "million"}, {"mn", "million"}, {"mlns", "millions"},
      {"bln", "billion"}, {"bn", "billion"}, {"blns", "billions"},
      {"jan", "january"}, {"feb", "february"}, {"mar", "march"}, {"apr", "april"},
      {"jun", "june"}, {"jul", "july"}, {"aug", "august"}, {"sep", "september"},
      {"sept", "september"}, {"oct", "october"}, {"nov", "november"}, {"dec", "december"},
      // -ence / -tre and other UK spellings that no safe suffix rule covers
      {"defence", "defense"}, {"defences", "defenses"}, {"offence", "offense"},
      {"offences", "offenses"}, {"licence", "license"}, {"licences", "licenses"},
      {"pretence", "pretense"},
      {"centre", "center"}, {"centres", "centers"}, {"centred", "centered"},
      {"theatre", "theater"}, {"theatres", "theaters"}, {"metre", "meter"}, {"metres", "meters"},
      {"kilometre", "kilometer"}, {"kilometres", "kilometers"}, {"litre", "liter"},
      {"litres", "liters"}, {"fibre", "fiber"}, {"calibre", "caliber"}, {"spectre", "specter"},
      {"sombre", "somber"}, {"meagre", "meager"}, {"lustre", "luster"},
      {"manoeuvre", "maneuver"}, {"manoeuvres", "maneuvers"},
      {"programme", "program"}, {"programmes", "programs"}, {"catalogue", "catalog"},
      {"dialogue", "dialog"}, {"analogue", "analog"}, {"grey", "gray"}, {"tyre", "tire"},
      {"tyres", "tires"}, {"aluminium", "aluminum"}, {"sulphur", "sulfur"},
      {"jewellery", "jewelry"}, {"storey", "story"}, {"cheque", "check"}, {"cheques", "checks"},
      {"advisor", "adviser"}, {"advisors", "advisers"}, {"towards", "toward"},
      {"amongst", "among"}, {"whilst", "while"}, {"tonnes", "tons"}, {"tonne", "ton"},
      {"signalled", "signaled"}, {"totalled", "totaled"}, {"dialled", "dialed"},
      {"equalled", "equaled"}, {"marshalled", "marshaled"},
    };
    for (String[] w : words) {
      WORDS.put(w[0], w[1]);
    }
    String[][] phrases = {
      {"per", "cent", "percent"},
      {"united", "states", "us"},
      {"united", "kingdom", "uk"},
    };
    for (String[] p : phrases) {
      PHRASES.computeIfAbsent(p[0], k -> new HashMap<>()).put(p[1], p[2]);
    }
  }

  /** Word-replacement table keyed by token hash (hot path, no strings). */
  private static final LongLongTable WORD_HASHES = new LongLongTable(WORDS.size() * 4);
  /** Phrase table keyed by {@code mixPair(hash(first), hash(second))}. */
  private static final LongLongTable PHRASE_HASHES = new LongLongTable(64);

  static {
    for (Map.Entry<String, String> e : WORDS.entrySet()) {
      WORD_HASHES.put(HASHER.hashCharsToLong(e.getKey()), HASHER.hashCharsToLong(e.getValue()));
    }
    for (Map.Entry<String, Map<String, String>> e : PHRASES.entrySet()) {
      long first = HASHER.hashCharsToLong(e.getKey());
      for (Map.Entry<String, String> e2 : e.getValue().entrySet()) {
        PHRASE_HASHES.put(
            mixPair(first, HASHER.hashCharsToLong(e2.getKey())), HASHER.hashCharsToLong(e2.getValue()));
      }
    }
  }

  private final Tokenizer tokenizer = new Tokenizer();
  private final CharSlice slice = new CharSlice();

  /** NFKC; ASCII text (the common case) is returned as is without calling ICU. */
  public static String nfkc(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      if (s.charAt(i) >= 0x80) {
        return NFKC.normalize(s);
      }
    }
    return s;
  }

  /**
   * Full normalisation to a single string of space-separated canonical tokens. For tests, tools
   * and evidence; the hot path uses {@link #appendTokenHashes}.
   */
  public String normalize(String text) {
    return String.join(" ", tokens(text));
  }

  /** The canonical tokens of {@code text} (allocates). */
  public List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    appendTokens(text, out, null);
    return out;
  }

  /**
   * Appends the canonical tokens of {@code text} to {@code out} and, when {@code flags} is not
   * null, each token's {@link Tokenizer} flags.
   */
  public void appendTokens(String text, List<String> out, List<Integer> flags) {
    final int start = out.size();
    tokenizer.tokenize(
        nfkc(text),
        (buf, len, fl) -> {
          int l = (fl & Tokenizer.NUMBER) == 0 ? canonicalSpelling(buf, len) : len;
          String w = new String(buf, 0, l);
          String r = WORDS.get(w);
          if (r != null) {
            w = r;
          }
          int last = out.size() - 1;
          if (last >= start) {
            Map<String, String> second = PHRASES.get(out.get(last));
            if (second != null && second.containsKey(w)) {
              out.set(last, second.get(w));
              return;
            }
          }
          out.add(w);
          if (flags != null) {
            flags.add(fl);
          }
        });
  }

  /**
   * Appends the 64-bit hash of each canonical token of {@code text} to {@code hashes} (and its
   * {@link Tokenizer} flags to {@code flags} when not null). Allocation-free per token.
   */
  public void appendTokenHashes(String text, LongList hashes, LongList flags) {
    String t = nfkc(text);
    appendNormalizedTokenHashes(t, 0, t.length(), hashes, flags);
  }

  /**
   * As {@link #appendTokenHashes} for {@code nfkcText[from, to)}, text already NFKC-normalised
   * ({@link #nfkc}); phrases fold only within the range.
   */
  public void appendNormalizedTokenHashes(
      String nfkcText, int from, int to, LongList hashes, LongList flags) {
    hashSink.reset(hashes, flags);
    tokenizer.tokenize(nfkcText, from, to, hashSink);
  }

  private final HashSink hashSink = new HashSink();

  private static final long H_PER = HASHER.hashCharsToLong("per");
  private static final long H_UNITED = HASHER.hashCharsToLong("united");

  /** The hot-path sink: spelling rules, one hash, two table probes; no allocation. */
  private final class HashSink implements Tokenizer.Sink {
    private LongList hashes;
    private LongList flags;
    private int start;

    void reset(LongList hashes, LongList flags) {
      this.hashes = hashes;
      this.flags = flags;
      this.start = hashes.size();
    }

    @Override
    public void token(char[] buf, int len, int fl) {
      int l = (fl & Tokenizer.NUMBER) == 0 ? canonicalSpelling(buf, len) : len;
      long h = HASHER.hashCharsToLong(slice.set(buf, l));
      long r = WORD_HASHES.get(h);
      if (r != 0) {
        h = r;
      }
      LongList out = hashes;
      int last = out.size() - 1;
      if (last >= start) {
        long prev = out.get(last);
        if (prev == H_PER || prev == H_UNITED) {
          long p = PHRASE_HASHES.get(mixPair(prev, h));
          if (p != 0) {
            out.set(last, p);
            return;
          }
        }
      }
      out.add(h);
      if (flags != null) {
        flags.add(fl);
      }
    }
  }

  /** The hash of one canonical token, as produced by {@link #appendTokenHashes}. */
  public static long hashToken(CharSequence canonicalToken) {
    return HASHER.hashCharsToLong(canonicalToken);
  }

  private static long mixPair(long a, long b) {
    return Shingler.mix(a * 0x9E3779B97F4A7C15L + b);
  }

  // ---------------------------------------------------------------- UK → US suffix rules

  private static final String[] OUR_SUFFIXES = {
    "fully", "hoods", "ables", "able", "ably", "hood", "ites", "less", "ing", "ite", "ful", "ers",
    "ism", "ist", "ed", "er", "ly", "s", ""
  };
  private static final String[] ISE_SUFFIXES = {
    "isations", "isation", "ising", "isers", "ised", "ises", "iser", "ise"
  };
  private static final String[] YSE_SUFFIXES = {"ysing", "ysed", "yses", "yse"};
  private static final String[] ELL_SUFFIXES = {"ellers", "elling", "elled", "eller"};

  /**
   * Applies the UK → US suffix rules to the case-folded word {@code buf[0..len)} in place and
   * returns its new length.
   */
  static int canonicalSpelling(char[] buf, int len) {
    if (len < 5 || !mayNeedSpellingRule(buf, len)) {
      return len;
    }
    char last = buf[len - 1];
    // -our…
    for (String suf : OUR_SUFFIXES) {
      int o = len - suf.length() - 3; // index of 'o' in "our"
      if (o >= 3
          && buf[o] == 'o'
          && buf[o + 1] == 'u'
          && buf[o + 2] == 'r'
          && endsWith(buf, len, suf)
          && !isAeou(buf[o - 1])) {
        System.arraycopy(buf, o + 2, buf, o + 1, len - o - 2);
        return len - 1;
      }
    }
    if (last != 'e' && last != 'd' && last != 's' && last != 'g' && last != 'r' && last != 'n') {
      return len;
    }
    // -ise… → -ize…, -yse… → -yze…
    for (String suf : ISE_SUFFIXES) {
      if (len - suf.length() >= 3 && endsWith(buf, len, suf)) {
        buf[len - suf.length() + 1] = 'z';
        return len;
      }
    }
    for (String suf : YSE_SUFFIXES) {
      if (len - suf.length() >= 3 && endsWith(buf, len, suf)) {
        buf[len - suf.length() + 1] = 'z';
        return len;
      }
    }
    // -elled… → -eled…
    for (String suf : ELL_SUFFIXES) {
      if (len - suf.length() >= 2 && endsWith(buf, len, suf)) {
        int l2 = len - suf.length() + 2; // index of the second 'l'
        System.arraycopy(buf, l2 + 1, buf, l2, len - l2 - 1);
        return len - 1;
      }
    }
    return len;
  }

  /**
   * Fast reject (the hot path): every rule needs {@code our}, {@code is}/{@code ys} then {@code
   * a}/{@code e}/{@code i}, or {@code ell} starting within the last 8 characters (the longest
   * suffix, {@code -isations}, starts there). Three letters rather than two: a fifth as many words
   * reach the rules.
   */
  private static boolean mayNeedSpellingRule(char[] buf, int len) {
    for (int k = Math.max(0, len - 8); k <= len - 3; k++) {
      char c = buf[k];
      char d = buf[k + 1];
      char e = buf[k + 2];
      if ((c == 'o' && d == 'u' && e == 'r')
          || (d == 's' && (c == 'i' || c == 'y') && (e == 'e' || e == 'i' || e == 'a'))
          || (c == 'e' && d == 'l' && e == 'l')) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAeou(char c) {
    return c == 'a' || c == 'e' || c == 'o' || c == 'u';
  }

  private static boolean endsWith(char[] buf, int len, String suf) {
    int k = suf.length();
    if (k > len) {
      return false;
    }
    for (int i = 0; i < k; i++) {
      if (buf[len - k + i] != suf.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** A reusable CharSequence view of a char buffer (hashing without allocating a String). */
  static final class CharSlice implements CharSequence {
    private char[] buf;
    private int len;

    CharSlice set(char[] buf, int len) {
      this.buf = buf;
      this.len = len;
      return this;
    }

    @Override
    public int length() {
      return len;
    }

    @Override
    public char charAt(int index) {
      return buf[index];
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return new String(buf, start, end - start);
    }

    @Override
    public String toString() {
      return new String(buf, 0, len);
    }
  }

  /** Open-addressing long → long map for a few hundred constant entries; 0 means absent. */
  static final class LongLongTable {
    private final long[] keys;
    private final long[] values;
    private final int mask;

    LongLongTable(int expected) {
      int cap = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
      keys = new long[cap];
      values = new long[cap];
      mask = cap - 1;
    }

    void put(long k, long v) {
      int i = (int) (k ^ (k >>> 32)) & mask;
      while (keys[i] != 0 && keys[i] != k) {
        i = (i + 1) & mask;
      }
      keys[i] = k;
      values[i] = v;
    }

    long get(long k) {
      int i = (int) (k ^ (k >>> 32)) & mask;
      while (true) {
        long key = keys[i];
        if (key == k) {
          return values[i];
        }
        if (key == 0) {
          return 0;
        }
        i = (i + 1) & mask;
      }
    }
  }
}
