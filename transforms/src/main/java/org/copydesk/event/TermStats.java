package org.copydesk.event;

import java.io.ByteArrayInputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.Arrays;
import org.copydesk.state.CompactBytes;

/**
 * Document frequencies of words, figures and quote shingles, learned from the feed itself, for
 * inverse document frequencies: a name that few recent stories carry is strong evidence that two
 * stories report one event, a word that every story carries is none. Like {@code
 * BoilerplateModel}, it lives in pipeline state and learns in arrival order.
 *
 * <p>Bounded memory, exact counts for what it keeps:
 *
 * <ul>
 *   <li>each hash is kept as a 32-bit fingerprint with its count in an open-addressing table of
 *       twice {@code capacity} slots (8 bytes a slot: 1 MB at the default 65,536); a new hash
 *       meets the fingerprint of another with probability capacity / 2<sup>32</sup> (0.0015% at
 *       the default) and then reads that one's count;
 *   <li>when more than {@code capacity} hashes are tracked, the least counted are dropped until a
 *       quarter of the room is free. Most distinct hashes of a feed (figures, quote shingles, rare
 *       names) are seen once, so those go first; a dropped hash reads as unseen, that is as rare,
 *       which is what it was;
 *   <li>every {@code halfLife} documents, the document count and all counts are halved (and
 *       hashes seen once forgotten), so the frequencies follow the feed's recent news rather than
 *       its whole history.
 * </ul>
 *
 * <p>{@link #idf} is {@code ln((N + }{@value #PRIOR_DOCUMENTS}{@code ) / (df + 1))}: as if {@value
 * #PRIOR_DOCUMENTS} documents without the term had been seen before the first, so that at the start
 * of a run, when every count is small, weights stay near uniform instead of swinging with each
 * count.
 *
 * <p>Compact form ({@link #writeTo}, also used by Java serialization): a 17-byte header and the
 * entry count, then per tracked hash its fingerprint as a varint gap from the previous one (sorted)
 * and its count as a varint: 4 to 5 bytes a hash in practice, ≤ 10 worst case (about 300 KB, at
 * most 660 KB, at the default capacity). Not thread-safe; one instance per keyed state.
 */
public final class TermStats implements Serializable {

  public static final int DEFAULT_CAPACITY = 1 << 16;
  public static final int DEFAULT_HALF_LIFE = 20_000;
  public static final double PRIOR_DOCUMENTS = 100;
  private static final int FORMAT_VERSION = 1;
  private static final long serialVersionUID = 1L;

  private final int capacity;
  private final int halfLife;
  private int documents;
  private int sinceHalving;
  private int size;
  private int[] keys; // 0 = empty slot
  private int[] counts;

  public TermStats() {
    this(DEFAULT_CAPACITY, DEFAULT_HALF_LIFE);
  }

  /**
   * Tracks at most {@code capacity} hashes and halves all counts every {@code halfLife} documents.
   */
  public TermStats(int capacity, int halfLife) {
    if (capacity < 16 || halfLife < 2) {
      throw new IllegalArgumentException("capacity >= 16 and halfLife >= 2 needed");
    }
    this.capacity = capacity;
    this.halfLife = halfLife;
    allocate();
  }

  private void allocate() {
    int slots = Integer.highestOneBit(capacity * 2 - 1) << 1;
    keys = new int[slots];
    counts = new int[slots];
    size = 0;
  }

  /** Counts one document: each of its distinct hashes once. */
  public void observe(EventDigest digest) {
    for (long h : digest.allHashes()) {
      int slot = slot(fingerprint(h));
      if (keys[slot] == 0) {
        keys[slot] = fingerprint(h);
        size++;
      }
      counts[slot]++;
    }
    documents++;
    if (++sinceHalving >= halfLife) {
      sinceHalving = 0;
      documents /= 2;
      rebuild(2, 1);
    }
    if (size > capacity) {
      int[] sorted = liveCounts();
      Arrays.sort(sorted);
      rebuild(1, sorted[size - capacity * 3 / 4 - 1] + 1);
    }
  }

  /** How many of the documents counted (since the last halvings, halved) had this hash. */
  public int documentFrequency(long hash) {
    int slot = slot(fingerprint(hash));
    return keys[slot] == 0 ? 0 : counts[slot];
  }

  /** {@code ln((N + PRIOR_DOCUMENTS) / (df + 1))}; ≥ 0. */
  public double idf(long hash) {
    return Math.log((documents + PRIOR_DOCUMENTS) / (documentFrequency(hash) + 1.0));
  }

  /** The IDF of a hash never seen: the highest there is. */
  public double unseenIdf() {
    return Math.log(documents + PRIOR_DOCUMENTS);
  }

  /** The document count N, halved with the counts. */
  public int documents() {
    return documents;
  }

  /** Hashes tracked; never more than the capacity between two documents. */
  public int size() {
    return size;
  }

  private static int fingerprint(long hash) {
    int f = (int) (hash ^ (hash >>> 32));
    return f == 0 ? 1 : f;
  }

  private int slot(int key) {
    int mask = keys.length - 1;
    int h = key * 0x9E3779B9;
    int i = (h ^ (h >>> 16)) & mask;
    while (keys[i] != 0 && keys[i] != key) {
      i = (i + 1) & mask;
    }
    return i;
  }

  private int[] liveCounts() {
    int[] live = new int[size];
    int n = 0;
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != 0) {
        live[n++] = counts[i];
      }
    }
    return live;
  }

  /** Divides every count by {@code divisor} and keeps the hashes left with at least {@code min}. */
  private void rebuild(int divisor, int min) {
    int[] oldKeys = keys;
    int[] oldCounts = counts;
    allocate();
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0 && oldCounts[i] / divisor >= min) {
        put(oldKeys[i], oldCounts[i] / divisor);
      }
    }
  }

  private void put(int key, int count) {
    int slot = slot(key);
    if (keys[slot] == 0) {
      keys[slot] = key;
      size++;
    }
    counts[slot] = count;
  }

  public void writeTo(DataOutput out) throws IOException {
    out.writeByte(FORMAT_VERSION);
    out.writeInt(capacity);
    out.writeInt(halfLife);
    out.writeInt(documents);
    out.writeInt(sinceHalving);
    long[] entries = new long[size]; // unsigned fingerprint << 32 | count, sorted by fingerprint
    int n = 0;
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != 0) {
        entries[n++] = (keys[i] & 0xffffffffL) << 32 | counts[i];
      }
    }
    Arrays.sort(entries);
    writeVarint(out, n);
    long previous = 0;
    for (long e : entries) {
      long key = e >>> 32;
      writeVarint(out, key - previous);
      writeVarint(out, e & 0xffffffffL);
      previous = key;
    }
  }

  public static TermStats readFrom(DataInput in) throws IOException {
    int v = in.readUnsignedByte();
    if (v != FORMAT_VERSION) {
      throw new IOException("unknown TermStats format version " + v);
    }
    int capacity = in.readInt();
    int halfLife = in.readInt();
    if (capacity < 16 || capacity > 1 << 28 || halfLife < 2) {
      throw new IOException("corrupt TermStats: capacity " + capacity + ", half-life " + halfLife);
    }
    TermStats stats = new TermStats(capacity, halfLife);
    stats.documents = in.readInt();
    stats.sinceHalving = in.readInt();
    long n = readVarint(in);
    if (n > capacity) {
      throw new IOException("corrupt TermStats: " + n + " entries");
    }
    long key = 0;
    for (long i = 0; i < n; i++) {
      key += readVarint(in);
      stats.put((int) key, (int) readVarint(in));
    }
    return stats;
  }

  private static void writeVarint(DataOutput out, long value) throws IOException {
    while ((value & ~0x7fL) != 0) {
      out.writeByte((int) (value & 0x7f) | 0x80);
      value >>>= 7;
    }
    out.writeByte((int) value);
  }

  private static long readVarint(DataInput in) throws IOException {
    long value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      int b = in.readUnsignedByte();
      value |= (long) (b & 0x7f) << shift;
      if ((b & 0x80) == 0) {
        return value;
      }
    }
    throw new IOException("corrupt TermStats: varint too long");
  }

  /** Java serialization goes through the compact form (serialization proxy). */
  private Object writeReplace() {
    return new CompactForm(CompactBytes.of(this::writeTo));
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("TermStats is serialized through its compact form");
  }

  private static final class CompactForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private final byte[] bytes;

    CompactForm(byte[] bytes) {
      this.bytes = bytes;
    }

    private Object readResolve() throws IOException {
      return readFrom(new DataInputStream(new ByteArrayInputStream(bytes)));
    }
  }
}
