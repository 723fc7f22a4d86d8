package org.copydesk.verify;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.copydesk.fingerprint.Shingler;
import org.copydesk.fingerprint.StoryTokens;
import org.copydesk.fingerprint.TextNormalizer;
import org.copydesk.fingerprint.Tokenizer;
import org.copydesk.parse.Credits;
import org.copydesk.state.LongArrays;
import org.copydesk.story.Story;

/**
 * What {@link CopyVerifier} needs of one story, built once per story and small enough to keep in
 * state and to serialize: primitive arrays and a list of strings.
 *
 * <ul>
 *   <li>{@link #shingles()}: sorted unique word 3-shingle hashes (the same hashes as the
 *       fingerprint stage with its default shingle size), for containment;
 *   <li>per sentence: its text (for evidence, capped at {@value #MAX_SENTENCE_CHARS} chars) and its
 *       sorted unique token hashes, each tagged in its low 2 bits with a kind: {@link #WORD}, {@link
 *       #NUMBER} or {@link #NAME} (capitalised other than at a sentence start, or at a sentence
 *       start when the same token is capitalised elsewhere in the story);
 *   <li>{@link #facts()}: sorted unique number and name tokens of the whole story;
 *   <li>{@link #agency()}: the agency whose wire the text came from, when the story says.
 * </ul>
 *
 * <p>Bounds: at most {@value #MAX_TOKENS} tokens are read (longer stories are cut), at most {@value
 * #MAX_SENTENCES} sentences and {@value #MAX_FACTS} facts are kept. Serialized size is therefore at
 * most 8·4000 (shingles) + 8·4000 (sentence tokens) + 4·201 (offsets) + 8·512 (facts) + 200·(2 +
 * 3·240) (sentence texts, modified UTF-8) + 16 (header) ≈ 213 KB in the worst case (non-Latin
 * text), ≤ 117 KB for ASCII; a typical 600-word wire story takes ≈ 15 KB.
 */
public final class StoryDigest {

  public static final int MAX_TOKENS = 4000;
  public static final int MAX_SENTENCES = 200;
  public static final int MAX_SENTENCE_CHARS = 240;
  public static final int MAX_FACTS = 512;
  public static final int SHINGLE_SIZE = 3;
  public static final int LEAD_MIN_TOKENS = 8;

  public static final long WORD = 0;
  public static final long NUMBER = 1;
  public static final long NAME = 2;
  static final long KIND_MASK = 3;

  private static final int FORMAT_VERSION = 2;

  private final long[] shingles;
  private final List<String> sentences;
  private final int[] sentenceStarts; // length sentences.size() + 1, into sentenceTokens
  private final long[] sentenceTokens;
  private final long[] facts;
  private final @Nullable String agency;

  private StoryDigest(long[] shingles, List<String> sentences, int[] sentenceStarts,
      long[] sentenceTokens, long[] facts, @Nullable String agency) {
    this.shingles = shingles;
    this.sentences = sentences;
    this.sentenceStarts = sentenceStarts;
    this.sentenceTokens = sentenceTokens;
    this.facts = facts;
    this.agency = agency;
  }

  /** The digest of a story's cleaned body, with the agency its wire came from. */
  public static StoryDigest of(Story story) {
    return of(TOKENS.get().read(story.getParagraphs(), MAX_TOKENS), Credits.wireAgency(story));
  }

  /** Builds the digest of a cleaned body given as paragraphs. */
  public static StoryDigest of(List<String> paragraphs) {
    return of(TOKENS.get().read(paragraphs, MAX_TOKENS), null);
  }

  private static final ThreadLocal<StoryTokens> TOKENS = ThreadLocal.withInitial(StoryTokens::new);

  /**
   * The digest of a body already read (at least {@value #MAX_TOKENS} tokens of it, when it has
   * them), with the agency its wire came from.
   */
  public static StoryDigest of(StoryTokens tokens, @Nullable String agency) {
    int n = Math.min(tokens.size(), MAX_TOKENS);
    long[] h = tokens.hashes();
    long[] flags = tokens.flags();
    long[] shingles = tokens.sortedShingles(SHINGLE_SIZE, n);
    int count = 0;
    while (count < Math.min(tokens.sentenceCount(), MAX_SENTENCES) && tokens.sentenceStart(count) < n) {
      count++;
    }
    int end = count == 0 ? 0 : Math.min(tokens.sentenceEnd(count - 1), n); // sentences cover [0, end)

    // names: capitalised mid-sentence; or at a sentence start if capitalised mid-sentence elsewhere
    long[] midCaps = new long[end];
    int caps = 0;
    for (int s = 0; s < count; s++) {
      for (int i = tokens.sentenceStart(s) + 1, to = Math.min(tokens.sentenceEnd(s), n); i < to; i++) {
        if ((flags[i] & Tokenizer.CAPITALISED) != 0) {
          midCaps[caps++] = h[i];
        }
      }
    }
    Arrays.sort(midCaps, 0, caps);
    List<String> texts = new ArrayList<>(count);
    int[] starts = new int[count + 1];
    long[] tagged = new long[end];
    long[] factList = new long[end];
    int size = 0;
    int factCount = 0;
    for (int s = 0; s < count; s++) {
      texts.add(tokens.sentenceText(s, MAX_SENTENCE_CHARS));
      int first = tokens.sentenceStart(s);
      starts[s] = size;
      int from = size;
      for (int i = first, to = Math.min(tokens.sentenceEnd(s), n); i < to; i++) {
        long f = flags[i];
        long kind;
        if ((f & Tokenizer.NUMBER) != 0) {
          kind = NUMBER;
        } else if ((f & Tokenizer.CAPITALISED) != 0
            && (i > first || Arrays.binarySearch(midCaps, 0, caps, h[i]) >= 0)
            && !isSingleLetter(h[i])) {
          kind = NAME;
        } else {
          kind = WORD;
        }
        long t = (h[i] & ~KIND_MASK) | kind;
        tagged[size++] = t;
        if (kind != WORD) {
          factList[factCount++] = t;
        }
      }
      // sort unique this sentence's tokens in place
      Arrays.sort(tagged, from, size);
      int u = from;
      for (int i = from; i < size; i++) {
        if (u == from || tagged[i] != tagged[u - 1]) {
          tagged[u++] = tagged[i];
        }
      }
      size = u;
    }
    starts[count] = size;
    long[] facts = Shingler.sortUnique(factList, factCount);
    if (facts.length > MAX_FACTS) {
      facts = Arrays.copyOf(facts, MAX_FACTS);
    }
    return new StoryDigest(shingles, Collections.unmodifiableList(texts), starts,
        Arrays.copyOf(tagged, size), facts, agency);
  }

  /** Hashes of the single letters a–z, sorted. */
  private static final long[] SINGLE_LETTERS = new long[26];

  static {
    for (char c = 'a'; c <= 'z'; c++) {
      SINGLE_LETTERS[c - 'a'] = TextNormalizer.hashToken(String.valueOf(c));
    }
    Arrays.sort(SINGLE_LETTERS);
  }

  private static boolean isSingleLetter(long hash) {
    return Arrays.binarySearch(SINGLE_LETTERS, hash) >= 0;
  }

  /** Sorted unique shingle hashes. Do not modify. */
  public long[] shingles() {
    return shingles;
  }

  public List<String> sentences() {
    return sentences;
  }

  public int sentenceCount() {
    return sentences.size();
  }

  /** Sorted unique kind-tagged token hashes of sentence i (a copy). */
  public long[] sentenceTokens(int i) {
    return Arrays.copyOfRange(sentenceTokens, sentenceStarts[i], sentenceStarts[i + 1]);
  }

  /**
   * The lead: the first sentence of at least {@link #LEAD_MIN_TOKENS} distinct tokens, so that a
   * stray share-button line or a short sub-headline above the story is not taken for it.
   */
  public int lead() {
    for (int i = 0; i < sentenceCount(); i++) {
      if (sentenceTo(i) - sentenceFrom(i) >= LEAD_MIN_TOKENS) {
        return i;
      }
    }
    return 0;
  }

  int sentenceFrom(int i) {
    return sentenceStarts[i];
  }

  int sentenceTo(int i) {
    return sentenceStarts[i + 1];
  }

  long[] allSentenceTokens() {
    return sentenceTokens;
  }

  /** The agency whose wire the story came from ({@link Credits#wireAgency}); null if unknown. */
  public @Nullable String agency() {
    return agency;
  }

  /** Sorted unique number and name tokens (kind-tagged hashes). Do not modify. */
  public long[] facts() {
    return facts;
  }

  public static long kind(long taggedToken) {
    return taggedToken & KIND_MASK;
  }

  public void writeTo(DataOutput out) throws IOException {
    out.write(toBytes());
  }

  /**
   * The compact form that {@link #readFrom} reads: big-endian as {@link DataOutput} writes, strings
   * in its modified UTF-8. Hand-written into one array of the exact size: through a {@code
   * DataOutputStream} (or a {@code ByteBuffer}) it took a sixth of the fingerprint stage.
   */
  public byte[] toBytes() {
    String agencyText = agency == null ? "" : agency;
    int size = 1 + 4 + Long.BYTES * shingles.length + 4 + 2 + utfLength(agencyText)
        + Long.BYTES * sentenceTokens.length + 4 + Long.BYTES * facts.length;
    for (String s : sentences) {
      size += 2 + utfLength(s) + 4;
    }
    byte[] out = new byte[size];
    out[0] = FORMAT_VERSION;
    int at = putLongs(out, putInt(out, 1, shingles.length), shingles);
    at = putInt(out, at, sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      at = putInt(out, putUtf(out, at, sentences.get(i)), sentenceStarts[i + 1] - sentenceStarts[i]);
    }
    at = putLongs(out, at, sentenceTokens);
    at = putLongs(out, putInt(out, at, facts.length), facts);
    putUtf(out, at, agencyText);
    return out;
  }

  private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
  private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

  /** Writes at {@code out[at]}, returns the index after. */
  private static int putInt(byte[] out, int at, int value) {
    INT.set(out, at, value);
    return at + Integer.BYTES;
  }

  private static int putLongs(byte[] out, int at, long[] values) {
    for (long v : values) {
      LONG.set(out, at, v);
      at += Long.BYTES;
    }
    return at;
  }

  /** Bytes of {@code s} in modified UTF-8: 1 for U+0001–U+007F, 2 up to U+07FF and for U+0000, else 3. */
  private static int utfLength(String s) {
    int n = s.length();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x80 || c == 0) {
        n += c >= 0x800 ? 2 : 1;
      }
    }
    return n;
  }

  /** As {@link DataOutput#writeUTF}: a two-byte length, then the modified UTF-8 bytes. */
  private static int putUtf(byte[] out, int at, String s) {
    int length = utfLength(s);
    out[at++] = (byte) (length >>> 8);
    out[at++] = (byte) length;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80 && c != 0) {
        out[at++] = (byte) c;
      } else if (c < 0x800) {
        out[at++] = (byte) (0xC0 | c >> 6);
        out[at++] = (byte) (0x80 | c & 0x3F);
      } else {
        out[at++] = (byte) (0xE0 | c >> 12);
        out[at++] = (byte) (0x80 | c >> 6 & 0x3F);
        out[at++] = (byte) (0x80 | c & 0x3F);
      }
    }
    return at;
  }

  public static StoryDigest readFrom(DataInput in) throws IOException {
    long[] shingles = readShingles(in);
    int s = in.readInt();
    check(s >= 0 && s <= MAX_SENTENCES, "sentence count " + s);
    List<String> texts = new ArrayList<>(s);
    int[] starts = new int[s + 1];
    for (int i = 0; i < s; i++) {
      texts.add(in.readUTF());
      int len = in.readInt();
      check(len >= 0 && starts[i] + len <= MAX_TOKENS, "sentence length " + len);
      starts[i + 1] = starts[i] + len;
    }
    long[] tokens = LongArrays.readValues(in, starts[s]);
    long[] facts = LongArrays.read(in, MAX_FACTS, "StoryDigest");
    String agency = in.readUTF();
    return new StoryDigest(shingles, Collections.unmodifiableList(texts), starts, tokens, facts,
        agency.isEmpty() ? null : agency);
  }

  /**
   * The {@link #shingles()} alone, from the start of a compact form: most candidate pairs are
   * settled by the shingles they share, without reading the rest.
   */
  public static long[] readShingles(DataInput in) throws IOException {
    int v = in.readUnsignedByte();
    if (v != FORMAT_VERSION) {
      throw new IOException("unknown StoryDigest format version " + v);
    }
    return LongArrays.read(in, MAX_TOKENS, "StoryDigest");
  }

  private static void check(boolean ok, String what) throws IOException {
    if (!ok) {
      throw new IOException("corrupt StoryDigest: " + what);
    }
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof StoryDigest)) {
      return false;
    }
    StoryDigest d = (StoryDigest) o;
    return Arrays.equals(shingles, d.shingles)
        && sentences.equals(d.sentences)
        && Arrays.equals(sentenceStarts, d.sentenceStarts)
        && Arrays.equals(sentenceTokens, d.sentenceTokens)
        && Arrays.equals(facts, d.facts)
        && Objects.equals(agency, d.agency);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(shingles) * 31 + sentences.hashCode();
  }
}
