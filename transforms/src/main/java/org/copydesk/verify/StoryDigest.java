package org.copydesk.verify;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.copydesk.fingerprint.HashSorter;
import org.copydesk.fingerprint.LongList;
import org.copydesk.fingerprint.Shingler;
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
    return of(story.getParagraphs()).withAgency(Credits.wireAgency(story));
  }

  private StoryDigest withAgency(@Nullable String wireAgency) {
    return new StoryDigest(shingles, sentences, sentenceStarts, sentenceTokens, facts, wireAgency);
  }

  private static final ThreadLocal<TextNormalizer> NORMALIZER =
      ThreadLocal.withInitial(TextNormalizer::new);
  private static final Shingler SHINGLER = new Shingler(SHINGLE_SIZE);
  /** The fingerprinter's sorter: same result as {@code Arrays.sort} then unique, several times faster. */
  private static final ThreadLocal<HashSorter> SORTER = ThreadLocal.withInitial(HashSorter::new);

  /** Builds the digest of a cleaned body given as paragraphs. */
  public static StoryDigest of(List<String> paragraphs) {
    TextNormalizer norm = NORMALIZER.get();
    LongList hashes = new LongList(1024);
    LongList flags = new LongList(1024);
    List<String> texts = new ArrayList<>();
    List<int[]> ranges = new ArrayList<>(); // [from, to) into hashes
    outer:
    for (String para : paragraphs) {
      for (String s : SentenceSplitter.split(TextNormalizer.nfkc(para))) {
        if (hashes.size() >= MAX_TOKENS) {
          break outer;
        }
        int from = hashes.size();
        norm.appendTokenHashes(s, hashes, flags);
        int to = Math.min(hashes.size(), MAX_TOKENS);
        if (to == from) {
          continue;
        }
        if (texts.size() < MAX_SENTENCES) {
          texts.add(s.length() <= MAX_SENTENCE_CHARS ? s : s.substring(0, MAX_SENTENCE_CHARS));
          ranges.add(new int[] {from, to});
        }
      }
    }
    int n = Math.min(hashes.size(), MAX_TOKENS);
    long[] h = hashes.array();

    long[] shingleBuf = new long[Math.max(1, n - SHINGLE_SIZE + 1)];
    long[] shingles = SORTER.get().sortUnique(shingleBuf, SHINGLER.appendShingles(h, 0, n, shingleBuf));

    // names: capitalised mid-sentence; or at a sentence start if capitalised mid-sentence elsewhere
    Set<Long> midCaps = new HashSet<>();
    for (int[] r : ranges) {
      for (int i = r[0] + 1; i < r[1]; i++) {
        if ((flags.get(i) & Tokenizer.CAPITALISED) != 0) {
          midCaps.add(h[i]);
        }
      }
    }
    int[] starts = new int[ranges.size() + 1];
    LongList tagged = new LongList(n + 1);
    LongList factList = new LongList(256);
    for (int si = 0; si < ranges.size(); si++) {
      int[] r = ranges.get(si);
      starts[si] = tagged.size();
      int from = tagged.size();
      for (int i = r[0]; i < r[1]; i++) {
        long f = flags.get(i);
        long kind;
        if ((f & Tokenizer.NUMBER) != 0) {
          kind = NUMBER;
        } else if ((f & Tokenizer.CAPITALISED) != 0
            && (i > r[0] || midCaps.contains(h[i]))
            && !isSingleLetter(h[i])) {
          kind = NAME;
        } else {
          kind = WORD;
        }
        long t = (h[i] & ~KIND_MASK) | kind;
        tagged.add(t);
        if (kind != WORD) {
          factList.add(t);
        }
      }
      // sort unique this sentence's tokens in place
      long[] arr = tagged.array();
      Arrays.sort(arr, from, tagged.size());
      int u = from;
      for (int i = from; i < tagged.size(); i++) {
        if (u == from || arr[i] != arr[u - 1]) {
          arr[u++] = arr[i];
        }
      }
      tagged.truncate(u);
    }
    starts[ranges.size()] = tagged.size();
    long[] facts = Shingler.sortUnique(factList.toArray(), factList.size());
    if (facts.length > MAX_FACTS) {
      facts = Arrays.copyOf(facts, MAX_FACTS);
    }
    return new StoryDigest(
        shingles, Collections.unmodifiableList(texts), starts, tagged.toArray(), facts, null);
  }

  private static final Set<Long> SINGLE_LETTERS = new HashSet<>();

  static {
    for (char c = 'a'; c <= 'z'; c++) {
      SINGLE_LETTERS.add(TextNormalizer.hashToken(String.valueOf(c)));
    }
  }

  private static boolean isSingleLetter(long hash) {
    return SINGLE_LETTERS.contains(hash);
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
    out.writeByte(FORMAT_VERSION);
    LongArrays.write(out, shingles);
    out.writeInt(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      out.writeUTF(sentences.get(i));
      out.writeInt(sentenceStarts[i + 1] - sentenceStarts[i]);
    }
    LongArrays.writeValues(out, sentenceTokens);
    LongArrays.write(out, facts);
    out.writeUTF(agency == null ? "" : agency);
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
