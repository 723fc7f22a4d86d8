package org.copydesk.diverge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.copydesk.verify.SentenceSplitter;

/**
 * Aligns the sentences of a member story to those of the canonical story by content, so that a
 * trim, a new top paragraph, an inserted sub-headline or a reworded sentence show as what they
 * are instead of as a cascade of changed lines.
 *
 * <p>How:
 *
 * <ol>
 *   <li>Both bodies are split into sentences with {@link SentenceSplitter} (the splitter verify
 *       and facts use) and each sentence becomes a bag of normalised tokens ({@link TokenBags}).
 *       Two sentences are compared by the Dice coefficient of their bags: word order does not
 *       matter, house style and UK/US spelling do not count, a reworded word or two costs little.
 *   <li>A monotone dynamic programme in the manner of Needleman–Wunsch picks the in-order set of
 *       pairs that maximises Σ (similarity − {@value #SAME_SENTENCE}) with free gaps: a pair
 *       scoring below the threshold is never taken (the sentences are a removal and an addition),
 *       one above it is worth taking the more similar it is. Wire copies keep the order of their
 *       source, so order is strong evidence and lets moderately reworded sentences align. Besides
 *       1:1 steps the programme has 2:1 and 1:2 steps (as in Gale–Church), for an editor who split
 *       one long sentence or joined two; the joined side is compared as one bag.
 *   <li>Sentences left over on both sides are then paired greedily, most similar first, when they
 *       reach {@value #MOVED_SENTENCE}: these are sentences the member moved. A leftover pair is
 *       necessarily out of order (the programme would have taken it otherwise), and with no
 *       neighbours to vouch for it, it needs the higher bar.
 * </ol>
 *
 * <p>Cost: O(n·m·L) time and O(n·m) memory for n and m sentences of L tokens: every pair of
 * sentences is compared once, and a sentence against two adjacent ones only when their counts of
 * shared tokens allow a match. Stories are cut at {@value #MAX_SENTENCES} sentences and sentences
 * at {@value #MAX_SENTENCE_CHARS} characters, which bounds the worst case (300 × 300 cells); a
 * 1,000-word pair (about 45 sentences each) takes about a millisecond.
 *
 * <p>Deterministic: ties go to a 1:1 pair, then a join, then a gap; moves to the earliest
 * sentences. Stateless and thread-safe.
 */
public final class SentenceAligner {

  /** Sentences aligned per story; later ones are ignored and the alignment marked truncated. */
  public static final int MAX_SENTENCES = 300;

  /** Longer sentences (a body with no full stops, a table) are cut at a space, marked {@code …}. */
  public static final int MAX_SENTENCE_CHARS = 600;

  /** Similarity at which two sentences in order are the same sentence, changed or not. */
  static final double SAME_SENTENCE = 0.5;

  /** Similarity at which two sentences out of order are the same sentence, moved. */
  static final double MOVED_SENTENCE = 0.6;

  private static final byte SKIP_CANONICAL = 1;
  private static final byte SKIP_MEMBER = 2;
  private static final byte MATCH = 3;
  private static final byte JOIN_CANONICAL = 4; // two canonical sentences, one member sentence
  private static final byte JOIN_MEMBER = 5; // one canonical sentence, two member sentences

  private SentenceAligner() {}

  public static Alignment align(List<String> canonicalParagraphs, List<String> memberParagraphs) {
    TokenBags bags = new TokenBags();
    Side c = Side.of(canonicalParagraphs, bags);
    Side m = Side.of(memberParagraphs, bags);
    Scores s = new Scores(c, m);

    List<Pair> pairs = inOrder(s, c.size(), m.size());
    boolean[] canonicalTaken = new boolean[c.size()];
    boolean[] memberTaken = new boolean[m.size()];
    for (Pair p : pairs) {
      Arrays.fill(canonicalTaken, p.canonicalFrom, p.canonicalTo, true);
      Arrays.fill(memberTaken, p.memberFrom, p.memberTo, true);
    }
    pairs.addAll(moved(s, canonicalTaken, memberTaken));

    pairs.sort(Comparator.comparingInt(p -> p.memberFrom));
    List<AlignedPair> aligned = new ArrayList<>(pairs.size());
    for (Pair p : pairs) {
      aligned.add(
          AlignedPair.of(
              c.text(p.canonicalFrom, p.canonicalTo),
              m.text(p.memberFrom, p.memberTo),
              p.similarity,
              p.moved));
    }
    return Alignment.of(
        c.size(),
        m.size(),
        aligned,
        c.untaken(canonicalTaken),
        m.untaken(memberTaken),
        c.truncated || m.truncated);
  }

  /** The monotone alignment of n canonical and m member sentences: the dynamic programme. */
  private static List<Pair> inOrder(Scores s, int n, int m) {
    int w = m + 1;
    double[] score = new double[(n + 1) * w];
    byte[] step = new byte[(n + 1) * w];
    for (int i = 0; i <= n; i++) {
      for (int j = 0; j <= m; j++) {
        if (i == 0 && j == 0) {
          continue;
        }
        double best = Double.NEGATIVE_INFINITY;
        byte how = 0;
        if (i > 0 && j > 0) {
          double v = gain(score[(i - 1) * w + j - 1], s.one(i - 1, j - 1));
          if (v > best) {
            best = v;
            how = MATCH;
          }
        }
        if (i > 1 && j > 0) {
          double v = gain(score[(i - 2) * w + j - 1], s.joinedCanonical(i - 2, j - 1));
          if (v > best) {
            best = v;
            how = JOIN_CANONICAL;
          }
        }
        if (i > 0 && j > 1) {
          double v = gain(score[(i - 1) * w + j - 2], s.joinedMember(i - 1, j - 2));
          if (v > best) {
            best = v;
            how = JOIN_MEMBER;
          }
        }
        if (i > 0 && score[(i - 1) * w + j] > best) {
          best = score[(i - 1) * w + j];
          how = SKIP_CANONICAL;
        }
        if (j > 0 && score[i * w + j - 1] > best) {
          best = score[i * w + j - 1];
          how = SKIP_MEMBER;
        }
        score[i * w + j] = best;
        step[i * w + j] = how;
      }
    }

    List<Pair> pairs = new ArrayList<>();
    int i = n;
    int j = m;
    while (i > 0 || j > 0) {
      switch (step[i * w + j]) {
        case MATCH:
          pairs.add(new Pair(i - 1, i, j - 1, j, s.one(i - 1, j - 1), false));
          i--;
          j--;
          break;
        case JOIN_CANONICAL:
          pairs.add(new Pair(i - 2, i, j - 1, j, s.joinedCanonical(i - 2, j - 1), false));
          i -= 2;
          j--;
          break;
        case JOIN_MEMBER:
          pairs.add(new Pair(i - 1, i, j - 2, j, s.joinedMember(i - 1, j - 2), false));
          i--;
          j -= 2;
          break;
        case SKIP_CANONICAL:
          i--;
          break;
        default:
          j--;
          break;
      }
    }
    return pairs;
  }

  /** The score after taking a pair of this similarity; impossible below {@link #SAME_SENTENCE}. */
  private static double gain(double before, double similarity) {
    return similarity >= SAME_SENTENCE
        ? before + similarity - SAME_SENTENCE
        : Double.NEGATIVE_INFINITY;
  }

  /** Pairs of leftover sentences, most similar first, marking what they take. */
  private static List<Pair> moved(Scores s, boolean[] canonicalTaken, boolean[] memberTaken) {
    List<Pair> candidates = new ArrayList<>();
    for (int i = 0; i < canonicalTaken.length; i++) {
      for (int j = 0; j < memberTaken.length; j++) {
        if (!canonicalTaken[i] && !memberTaken[j] && s.one(i, j) >= MOVED_SENTENCE) {
          candidates.add(new Pair(i, i + 1, j, j + 1, s.one(i, j), true));
        }
      }
    }
    candidates.sort(
        Comparator.comparingDouble((Pair p) -> -p.similarity)
            .thenComparingInt(p -> p.canonicalFrom)
            .thenComparingInt(p -> p.memberFrom));
    List<Pair> moves = new ArrayList<>();
    for (Pair p : candidates) {
      if (!canonicalTaken[p.canonicalFrom] && !memberTaken[p.memberFrom]) {
        canonicalTaken[p.canonicalFrom] = true;
        memberTaken[p.memberFrom] = true;
        moves.add(p);
      }
    }
    return moves;
  }

  /**
   * Similarities of canonical and member sentences. The shared-token counts of every 1:1 pair are
   * computed once; a join is only merged out when the two halves' counts together could reach
   * {@link #SAME_SENTENCE}, which rules out almost every join of unrelated sentences for free.
   */
  private static final class Scores {
    private final Side c;
    private final Side m;
    private final int[] shared;

    Scores(Side c, Side m) {
      this.c = c;
      this.m = m;
      this.shared = new int[c.size() * m.size()];
      for (int i = 0; i < c.size(); i++) {
        for (int j = 0; j < m.size(); j++) {
          shared[i * m.size() + j] = TokenBags.shared(c.bags[i], m.bags[j]);
        }
      }
    }

    /** Canonical sentence i against member sentence j. */
    double one(int i, int j) {
      return TokenBags.dice(shared[i * m.size() + j], c.bags[i].length, m.bags[j].length);
    }

    /** Canonical sentences i and i + 1 against member sentence j. */
    double joinedCanonical(int i, int j) {
      int bound = shared[i * m.size() + j] + shared[(i + 1) * m.size() + j];
      return joined(c.joined[i], m.bags[j], bound);
    }

    /** Canonical sentence i against member sentences j and j + 1. */
    double joinedMember(int i, int j) {
      int bound = shared[i * m.size() + j] + shared[i * m.size() + j + 1];
      return joined(c.bags[i], m.joined[j], bound);
    }

    private static double joined(long[] a, long[] b, int sharedBound) {
      if (TokenBags.dice(sharedBound, a.length, b.length) < SAME_SENTENCE) {
        return 0.0;
      }
      return TokenBags.dice(TokenBags.shared(a, b), a.length, b.length);
    }
  }

  /** Sentences [canonicalFrom, canonicalTo) aligned to [memberFrom, memberTo). */
  private static final class Pair {
    final int canonicalFrom;
    final int canonicalTo;
    final int memberFrom;
    final int memberTo;
    final double similarity;
    final boolean moved;

    Pair(int canonicalFrom, int canonicalTo, int memberFrom, int memberTo, double similarity,
        boolean moved) {
      this.canonicalFrom = canonicalFrom;
      this.canonicalTo = canonicalTo;
      this.memberFrom = memberFrom;
      this.memberTo = memberTo;
      this.similarity = similarity;
      this.moved = moved;
    }
  }

  /** One story's sentences, their token bags, and the bags of each sentence with the next. */
  private static final class Side {
    final List<String> texts;
    final long[][] bags;
    final long[][] joined;
    final boolean truncated;

    private Side(List<String> texts, long[][] bags, boolean truncated) {
      this.texts = texts;
      this.bags = bags;
      this.truncated = truncated;
      this.joined = new long[Math.max(0, bags.length - 1)][];
      for (int i = 0; i < joined.length; i++) {
        joined[i] = TokenBags.union(bags[i], bags[i + 1]);
      }
    }

    /** Sentences with no word (ornaments, stray punctuation) carry no content and are skipped. */
    static Side of(List<String> paragraphs, TokenBags tokenBags) {
      List<String> texts = new ArrayList<>();
      List<long[]> bags = new ArrayList<>();
      boolean truncated = false;
      outer:
      for (String paragraph : paragraphs) {
        for (String sentence : SentenceSplitter.split(paragraph)) {
          boolean tooLong = sentence.length() > MAX_SENTENCE_CHARS;
          String text = tooLong ? cut(sentence) : sentence;
          long[] bag = tokenBags.bag(text);
          if (bag.length == 0) {
            continue;
          }
          if (texts.size() == MAX_SENTENCES) {
            truncated = true;
            break outer;
          }
          truncated |= tooLong;
          texts.add(text);
          bags.add(bag);
        }
      }
      return new Side(texts, bags.toArray(new long[0][]), truncated);
    }

    /** A long sentence cut to {@link #MAX_SENTENCE_CHARS} at a space, {@code …} for the rest. */
    private static String cut(String sentence) {
      int end = sentence.lastIndexOf(' ', MAX_SENTENCE_CHARS);
      if (end <= 0) {
        end = MAX_SENTENCE_CHARS;
        if (Character.isHighSurrogate(sentence.charAt(end - 1))) {
          end--;
        }
      }
      return sentence.substring(0, end).strip() + " …";
    }

    int size() {
      return texts.size();
    }

    String text(int from, int to) {
      return String.join(" ", texts.subList(from, to));
    }

    List<String> untaken(boolean[] taken) {
      List<String> out = new ArrayList<>();
      for (int i = 0; i < taken.length; i++) {
        if (!taken[i]) {
          out.add(texts.get(i));
        }
      }
      return out;
    }
  }
}
