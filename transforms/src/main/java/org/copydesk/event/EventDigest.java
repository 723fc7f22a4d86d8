package org.copydesk.event;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.copydesk.fingerprint.LongList;
import org.copydesk.fingerprint.Shingler;
import org.copydesk.fingerprint.TextNormalizer;
import org.copydesk.state.LongArrays;

/**
 * What the story tier needs of one story, built once per story and small enough to keep in state:
 * the event content that independent reports of one event share although their wording does not.
 *
 * <ul>
 *   <li>{@link #facts()}: names ({@link NameFinder}: one per token of each capitalised run, tagged
 *       {@link #WORD}) and figures ({@link NumberFinder}, tagged {@link #NUMBER}), in order of
 *       prominence: the headline's first (a name counts as in the headline when the headline has
 *       its token, since headlines are often in capitals), then by the sentence they first appear
 *       in. Each has a display string of at most {@value #MAX_DISPLAY_CHARS} characters.
 *   <li>{@link #subject()}: the names of the headline (else of the first sentence): who the story
 *       is about.
 *   <li>quotes ({@link QuoteFinder}): text and shingle hashes (tagged {@link #QUOTE}) of each.
 *   <li>{@link #terms()}: the story's distinct words of at least {@value #MIN_TERM_CHARS} letters
 *       (names included), for IDF-weighted overlap; {@link #headlineTerms()}: the headline's.
 *   <li>{@link #publishedMillis()}: the event time, or null when the story is undated.
 * </ul>
 *
 * <p>All hashes are 64-bit {@link TextNormalizer} token hashes (shingle hashes for quotes) whose
 * low 2 bits are replaced by the kind, so a word, a figure and a quote never meet by accident and
 * words hash as in the rest of the pipeline.
 *
 * <p>Bounds: at most {@value #MAX_TOKENS} body tokens are read (longer stories are cut, which keeps
 * their lead); the first {@value #MAX_FACTS} distinct facts, {@value #MAX_QUOTES} quotes with
 * {@value #MAX_QUOTE_SHINGLES} shingles in all, {@value #MAX_TERMS} terms and {@value
 * #MAX_HEADLINE_TERMS} headline terms are kept. Serialized size is therefore at most 10 (header) +
 * 4 + 8·8 (subject) + 4 + 64·(8 + 2 + 3·40) (facts) + 4 + 8·(2 + 3·80 + 4) + 8·128 (quotes) + 4 +
 * 8·256 (terms) + 4 + 8·16 (headline terms) ≈ 13.6 KB when every display is non-Latin (3 bytes a
 * character in modified UTF-8), ≤ 7.4 KB for ASCII text; the seeds take 4.0 to 4.7 KB.
 */
public final class EventDigest {

  public static final int MAX_TOKENS = 4000;
  public static final int MAX_FACTS = 64;
  public static final int MAX_SUBJECT = 8;
  public static final int MAX_QUOTES = 8;
  public static final int MAX_QUOTE_SHINGLES = 128;
  public static final int MAX_TERMS = 256;
  public static final int MAX_HEADLINE_TERMS = 16;
  public static final int MAX_DISPLAY_CHARS = 40;
  public static final int MAX_QUOTE_CHARS = 80;
  public static final int MIN_TERM_CHARS = 3;

  /** Kinds, in a hash's low 2 bits. */
  public static final long WORD = 0;

  public static final long NUMBER = 1;
  public static final long QUOTE = 2;
  private static final long KIND_MASK = 3;

  private static final int FORMAT_VERSION = 1;

  private final @Nullable Long publishedMillis;
  private final long[] facts;
  private final long[] subject;
  private final List<String> factDisplays;
  private final List<String> quoteTexts;
  private final int[] quoteStarts; // length quoteTexts.size() + 1, into quoteShingles
  private final long[] quoteShingles;
  private final long[] terms;
  private final long[] headlineTerms;

  private EventDigest(@Nullable Long publishedMillis, long[] facts, long[] subject,
      List<String> factDisplays, List<String> quoteTexts, int[] quoteStarts, long[] quoteShingles,
      long[] terms, long[] headlineTerms) {
    this.publishedMillis = publishedMillis;
    this.facts = facts;
    this.subject = subject;
    this.factDisplays = factDisplays;
    this.quoteTexts = quoteTexts;
    this.quoteStarts = quoteStarts;
    this.quoteShingles = quoteShingles;
    this.terms = terms;
    this.headlineTerms = headlineTerms;
  }

  private static final ThreadLocal<TextNormalizer> NORMALIZER =
      ThreadLocal.withInitial(TextNormalizer::new);

  /** Builds the digest of a story from its headline (may be null) and cleaned body paragraphs. */
  public static EventDigest of(@Nullable String headline, List<String> paragraphs,
      @Nullable Long publishedMillis) {
    StoryReader story = new StoryReader(NORMALIZER.get(), headline, paragraphs, MAX_TOKENS);
    LongList factHashes = new LongList(MAX_FACTS);
    List<String> displays = new ArrayList<>();
    LongList headlineNames = new LongList(MAX_SUBJECT);
    LongList leadNames = new LongList(MAX_SUBJECT);
    Set<Long> seen = new HashSet<>();
    for (Fact f : story.facts()) {
      if (factHashes.size() < MAX_FACTS && seen.add(f.hash())) {
        factHashes.add(f.hash());
        displays.add(f.display());
        LongList names = f.sentence() < 0 ? headlineNames : f.sentence() == 0 ? leadNames : null;
        if (names != null && kind(f.hash()) == WORD && names.size() < MAX_SUBJECT) {
          names.add(f.hash());
        }
      }
    }
    long[] subject = (headlineNames.size() > 0 ? headlineNames : leadNames).toArray();
    List<String> quoteTexts = new ArrayList<>();
    LongList shingles = new LongList(MAX_QUOTE_SHINGLES);
    List<Integer> starts = new ArrayList<>(List.of(0));
    for (QuoteFinder.Quote q : story.quotes()) {
      if (quoteTexts.size() == MAX_QUOTES
          || shingles.size() + q.shingles().length > MAX_QUOTE_SHINGLES) {
        break;
      }
      quoteTexts.add(q.text());
      for (long h : q.shingles()) {
        shingles.add(h);
      }
      starts.add(shingles.size());
    }
    return new EventDigest(publishedMillis, factHashes.toArray(), subject, List.copyOf(displays),
        List.copyOf(quoteTexts), starts.stream().mapToInt(Integer::intValue).toArray(),
        shingles.toArray(), hashes(story.terms(), MAX_TERMS),
        hashes(story.headlineTerms(), MAX_HEADLINE_TERMS));
  }

  /** Sorted unique hashes of the first {@code max} words. */
  private static long[] hashes(Collection<String> words, int max) {
    long[] h = new long[Math.min(max, words.size())];
    int i = 0;
    for (String w : words) {
      if (i == h.length) {
        break;
      }
      h[i++] = word(w);
    }
    return Shingler.sortUnique(h, h.length);
  }

  static long tag(long hash, long kind) {
    return (hash & ~KIND_MASK) | kind;
  }

  /** The hash of a canonical word token, as {@link #terms()} and name facts hold it. */
  public static long word(String canonicalToken) {
    return tag(TextNormalizer.hashToken(canonicalToken), WORD);
  }

  /** The hash of a figure's key (its value, {@code %} appended for a percentage). */
  static long number(String key) {
    return tag(TextNormalizer.hashToken(key), NUMBER);
  }

  public static long kind(long hash) {
    return hash & KIND_MASK;
  }

  /** Cuts {@code text} to at most {@code max} characters at a word boundary, marked with …. */
  static String clip(String text, int max) {
    String t = text.strip().replaceAll("\\s+", " ");
    if (t.length() <= max) {
      return t;
    }
    int cut = t.lastIndexOf(' ', max - 1);
    return t.substring(0, cut > 0 ? cut : max - 1) + "…";
  }

  static String display(String text) {
    return clip(text, MAX_DISPLAY_CHARS);
  }

  /** Publication time in epoch milliseconds, or null when undated. */
  public @Nullable Long publishedMillis() {
    return publishedMillis;
  }

  /** Kind-tagged name and figure hashes, most prominent first. Do not modify. */
  public long[] facts() {
    return facts;
  }

  /**
   * Who the story is about: the names of its headline (up to {@value #MAX_SUBJECT}), or of its
   * first sentence when the headline has none (or there is none). Every report of an event names
   * them; a same-day report of another company's identical move does not. Do not modify.
   */
  public long[] subject() {
    return subject;
  }

  /** How fact {@code i} reads: a name's whole run ({@code John Kerry}), a figure with its unit. */
  public String factDisplay(int i) {
    return factDisplays.get(i);
  }

  public int quoteCount() {
    return quoteTexts.size();
  }

  /** Quote {@code i} as written, at most {@value #MAX_QUOTE_CHARS} characters. */
  public String quoteText(int i) {
    return quoteTexts.get(i);
  }

  /** Sorted unique shingle hashes of quote {@code i} (a copy). */
  public long[] quoteShingles(int i) {
    return Arrays.copyOfRange(quoteShingles, quoteStarts[i], quoteStarts[i + 1]);
  }

  /** Sorted unique shingle hashes of all quotes. */
  public long[] allQuoteShingles() {
    return Shingler.sortUnique(quoteShingles.clone(), quoteShingles.length);
  }

  /** Sorted unique word hashes. Do not modify. */
  public long[] terms() {
    return terms;
  }

  /** Sorted unique word hashes of the headline. Do not modify. */
  public long[] headlineTerms() {
    return headlineTerms;
  }

  /**
   * Every distinct hash of the story, sorted: what {@link TermStats} counts. The headline's terms
   * are among {@link #terms()} (read first).
   */
  public long[] allHashes() {
    LongList all = new LongList(terms.length + facts.length + quoteShingles.length);
    for (long[] part : new long[][] {terms, facts, quoteShingles}) {
      for (long h : part) {
        all.add(h);
      }
    }
    return Shingler.sortUnique(all.array(), all.size());
  }

  public void writeTo(DataOutput out) throws IOException {
    out.writeByte(FORMAT_VERSION);
    out.writeBoolean(publishedMillis != null);
    out.writeLong(publishedMillis == null ? 0 : publishedMillis);
    LongArrays.write(out, subject);
    out.writeInt(facts.length);
    for (int i = 0; i < facts.length; i++) {
      out.writeLong(facts[i]);
      out.writeUTF(factDisplays.get(i));
    }
    out.writeInt(quoteTexts.size());
    for (int i = 0; i < quoteTexts.size(); i++) {
      out.writeUTF(quoteTexts.get(i));
      LongArrays.write(out, quoteShingles(i));
    }
    LongArrays.write(out, terms);
    LongArrays.write(out, headlineTerms);
  }

  public static EventDigest readFrom(DataInput in) throws IOException {
    int v = in.readUnsignedByte();
    if (v != FORMAT_VERSION) {
      throw new IOException("unknown EventDigest format version " + v);
    }
    boolean dated = in.readBoolean();
    long time = in.readLong();
    long[] subject = LongArrays.read(in, MAX_SUBJECT, "EventDigest");
    int n = in.readInt();
    check(n >= 0 && n <= MAX_FACTS, "fact count " + n);
    long[] facts = new long[n];
    List<String> displays = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      facts[i] = in.readLong();
      displays.add(in.readUTF());
    }
    int q = in.readInt();
    check(q >= 0 && q <= MAX_QUOTES, "quote count " + q);
    List<String> texts = new ArrayList<>(q);
    int[] starts = new int[q + 1];
    LongList shingles = new LongList(MAX_QUOTE_SHINGLES);
    for (int i = 0; i < q; i++) {
      texts.add(in.readUTF());
      for (long h : LongArrays.read(in, MAX_QUOTE_SHINGLES - shingles.size(), "EventDigest")) {
        shingles.add(h);
      }
      starts[i + 1] = shingles.size();
    }
    long[] terms = LongArrays.read(in, MAX_TERMS, "EventDigest");
    long[] headline = LongArrays.read(in, MAX_HEADLINE_TERMS, "EventDigest");
    return new EventDigest(dated ? time : null, facts, subject, List.copyOf(displays),
        List.copyOf(texts), starts, shingles.toArray(), terms, headline);
  }

  private static void check(boolean ok, String what) throws IOException {
    if (!ok) {
      throw new IOException("corrupt EventDigest: " + what);
    }
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof EventDigest)) {
      return false;
    }
    EventDigest d = (EventDigest) o;
    return Objects.equals(publishedMillis, d.publishedMillis)
        && Arrays.equals(facts, d.facts)
        && Arrays.equals(subject, d.subject)
        && factDisplays.equals(d.factDisplays)
        && quoteTexts.equals(d.quoteTexts)
        && Arrays.equals(quoteStarts, d.quoteStarts)
        && Arrays.equals(quoteShingles, d.quoteShingles)
        && Arrays.equals(terms, d.terms)
        && Arrays.equals(headlineTerms, d.headlineTerms);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(facts) * 31 + Arrays.hashCode(terms);
  }
}
