package org.copydesk.clean;

import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import com.ibm.icu.text.Normalizer2;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.copydesk.parse.Lines;

/**
 * Boilerplate of one source, learned from its stories: paragraphs (footers, disclaimers, sign-up
 * lines) that recur in {@code minStories} different stories.
 *
 * <p>"Different" is the point: an outlet that republishes a wire story, or sends updates of it,
 * repeats the story's own sentences, and those must stay. So each tracked paragraph keeps a
 * context sketch per story it was seen in: the {@value #CONTEXT_SIZE} smallest fingerprints of that
 * story's other paragraphs (a bottom-k MinHash sample of the rest of the story, leaving out
 * paragraphs already known as boilerplate). A new sighting counts only if its sketch shares fewer
 * than {@value #SAME_STORY_OVERLAP} fingerprints with every sketch kept so far; copies and updates
 * of one story share nearly all of theirs.
 *
 * <p>Paragraphs are keyed by a 64-bit FarmHash fingerprint (stable across JVMs, so the model can be
 * persisted) of their text after NFKC case folding, digit folding and whitespace collapsing, so
 * "© 2015" and "© 2016" footers are one entry.
 *
 * <p>Memory is bounded by {@code capacity} entries. An entry holds its key and up to {@code
 * minStories} sketches of at most {@value #CONTEXT_SIZE} longs: at most 8 + 4 + minStories × (1 +
 * 32) bytes serialized, and on the heap about 100 + 56 × minStories bytes (map node, boxed key,
 * arrays), i.e. about 270 bytes and 550 KB per source at the defaults (minStories 3, capacity 2048).
 * When full, the least often seen of the {@value #EVICTION_SAMPLE} least recently seen entries is
 * dropped; learned boilerplate recurs in every story and so stays recent.
 *
 * <p>Not thread-safe; one instance per source, as Beam keyed state is.
 */
public final class BoilerplateModel {

  private static final int CONTEXT_SIZE = 4;
  private static final int SAME_STORY_OVERLAP = 3;
  private static final int EVICTION_SAMPLE = 16;
  private static final int FORMAT_VERSION = 1;

  private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();
  private static final HashFunction FINGERPRINT = Hashing.farmHashFingerprint64();

  private final BoilerplateConfig config;

  /** In recency order, least recently seen first: {@link #observe} re-inserts what it sees. */
  private final LinkedHashMap<Long, Entry> entries = new LinkedHashMap<>();

  /** One tracked paragraph: the context sketches of the distinct stories it was seen in. */
  private static final class Entry {
    final List<long[]> contexts = new ArrayList<>();

    void addStory(long[] context, int minStories) {
      if (contexts.size() >= minStories) {
        return;
      }
      for (long[] seen : contexts) {
        if (overlap(seen, context) >= Math.min(SAME_STORY_OVERLAP, Math.min(seen.length, context.length))) {
          return;
        }
      }
      contexts.add(context);
    }
  }

  public BoilerplateModel(BoilerplateConfig config) {
    this.config = config;
  }

  /** Learns from one story's paragraphs. */
  public void observe(List<String> paragraphs) {
    // each paragraph normalised and hashed once, not twice: normalising is costly
    String[] keys = new String[paragraphs.size()];
    long[] prints = new long[paragraphs.size()];
    Set<Long> story = new LinkedHashSet<>();
    for (int i = 0; i < keys.length; i++) {
      keys[i] = normalize(paragraphs.get(i));
      if (!keys[i].isEmpty()) {
        prints[i] = fingerprint(keys[i]);
        story.add(prints[i]);
      }
    }
    long[] content =
        story.stream().filter(k -> !isLearned(k)).mapToLong(Long::longValue).sorted().toArray();
    for (int i = 0; i < keys.length; i++) {
      if (keys[i].isEmpty() || keys[i].length() > config.maxParagraphChars()) {
        continue;
      }
      long fingerprint = prints[i];
      long[] context = sketchWithout(content, fingerprint);
      if (context.length == 0) {
        continue; // nothing else in the story to tell a republication from a new story
      }
      Entry entry = entries.remove(fingerprint);
      if (entry == null) {
        evictIfFull();
        entry = new Entry();
      }
      entry.addStory(context, config.minStories());
      entries.put(fingerprint, entry);
    }
  }

  /** True if the paragraph has been seen in at least {@code minStories} different stories. */
  public boolean isBoilerplate(String paragraph) {
    String key = normalize(paragraph);
    return !key.isEmpty() && key.length() <= config.maxParagraphChars() && isLearned(fingerprint(key));
  }

  /** The paragraphs that are not boilerplate, in order. */
  /**
   * Removes the learned boilerplate that heads or tails the story: headers and footers stand at
   * the edges. A recurring paragraph inside the story is kept (an agency's stock background line,
   * a report's fixed wording with new figures), and a story that would be left with nothing is
   * kept whole: a template-made story is still a story.
   */
  public List<String> strip(List<String> paragraphs) {
    int from = 0;
    while (from < paragraphs.size() && isBoilerplate(paragraphs.get(from))) {
      from++;
    }
    int to = paragraphs.size();
    while (to > from && isBoilerplate(paragraphs.get(to - 1))) {
      to--;
    }
    return from == to ? paragraphs : List.copyOf(paragraphs.subList(from, to));
  }

  /** Number of tracked paragraph fingerprints; never more than the configured capacity. */
  public int size() {
    return entries.size();
  }

  public void writeTo(DataOutput out) throws IOException {
    out.writeInt(FORMAT_VERSION);
    out.writeInt(entries.size());
    for (Map.Entry<Long, Entry> e : entries.entrySet()) {
      out.writeLong(e.getKey());
      out.writeInt(e.getValue().contexts.size());
      for (long[] context : e.getValue().contexts) {
        out.writeByte(context.length);
        for (long h : context) {
          out.writeLong(h);
        }
      }
    }
  }

  /** Reads a model written by {@link #writeTo}; with a smaller capacity, the most recent entries win. */
  public static BoilerplateModel readFrom(DataInput in, BoilerplateConfig config) throws IOException {
    int version = in.readInt();
    if (version != FORMAT_VERSION) {
      throw new IOException("unknown boilerplate model format " + version);
    }
    BoilerplateModel model = new BoilerplateModel(config);
    int size = in.readInt();
    for (int i = 0; i < size; i++) {
      long key = in.readLong();
      Entry entry = new Entry();
      int contexts = in.readInt();
      for (int c = 0; c < contexts; c++) {
        long[] context = new long[in.readUnsignedByte()];
        for (int j = 0; j < context.length; j++) {
          context[j] = in.readLong();
        }
        entry.contexts.add(context);
      }
      model.evictIfFull();
      model.entries.put(key, entry);
    }
    return model;
  }

  private boolean isLearned(long fingerprint) {
    Entry entry = entries.get(fingerprint);
    return entry != null && entry.contexts.size() >= config.minStories();
  }

  private void evictIfFull() {
    if (entries.size() < config.capacity()) {
      return;
    }
    Long victim = null;
    int fewest = Integer.MAX_VALUE;
    Iterator<Map.Entry<Long, Entry>> oldest = entries.entrySet().iterator();
    for (int i = 0; i < EVICTION_SAMPLE && oldest.hasNext(); i++) {
      Map.Entry<Long, Entry> e = oldest.next();
      if (e.getValue().contexts.size() < fewest) {
        fewest = e.getValue().contexts.size();
        victim = e.getKey();
      }
    }
    entries.remove(victim);
  }

  /** The {@value #CONTEXT_SIZE} smallest of the sorted fingerprints, leaving out {@code excluded}. */
  private static long[] sketchWithout(long[] sorted, long excluded) {
    long[] sketch = new long[Math.min(CONTEXT_SIZE, sorted.length)];
    int n = 0;
    for (int i = 0; i < sorted.length && n < sketch.length; i++) {
      if (sorted[i] != excluded) {
        sketch[n++] = sorted[i];
      }
    }
    return Arrays.copyOf(sketch, n);
  }

  private static int overlap(long[] a, long[] b) {
    int shared = 0;
    for (long x : a) {
      for (long y : b) {
        if (x == y) {
          shared++;
          break;
        }
      }
    }
    return shared;
  }

  /**
   * NFKC case folding, then every run of decimal digits to {@code 0} and of spaces to one space,
   * trimmed. By hand in one pass: the two regex replacements were a quarter of the clean stage.
   */
  static String normalize(String paragraph) {
    String folded = NFKC_CASEFOLD.normalize(paragraph);
    StringBuilder out = new StringBuilder(folded.length());
    int run = 0; // what the last code point was: 1 a digit, 2 a space, 0 anything else
    for (int i = 0; i < folded.length(); ) {
      int c = folded.codePointAt(i);
      i += Character.charCount(c);
      int kind = Character.isDigit(c) ? 1 : Lines.isSpace(c) ? 2 : 0;
      if (kind == 0) {
        out.appendCodePoint(c);
      } else if (kind != run) {
        out.append(kind == 1 ? '0' : ' ');
      }
      run = kind;
    }
    return out.toString().trim();
  }

  private static long fingerprint(String normalized) {
    return FINGERPRINT.hashString(normalized, StandardCharsets.UTF_8).asLong();
  }
}
