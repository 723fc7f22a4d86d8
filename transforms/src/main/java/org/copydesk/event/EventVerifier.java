package org.copydesk.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.copydesk.fingerprint.Shingler;

/**
 * Decides whether two stories report the same news event (the story tier): independently written
 * versions share the event's names, figures and often its quotes, not their wording; two events
 * from one template share the wording, not the names and figures; one report on two days shares
 * names and wording, not the time.
 *
 * <ol>
 *   <li><b>Overlaps</b>, each IDF-weighted ({@link TermStats}) and divided by the smaller side's
 *       total, so that a brief and a full story of one event agree: names, figures, quote shingles
 *       and words. A side too small to tell (less than {@value #FLOOR_FACTS} facts' worth of names
 *       or figures, {@value #FLOOR_SHINGLES} quote shingles or {@value #FLOOR_TERMS} words, each at
 *       the highest IDF) is divided by that floor instead.
 *   <li><b>Evidence</b>: the weighted mean of the name overlap (weight 1) and the figure overlap,
 *       each left out when a side has none (a text in capitals has no names). The figures weigh
 *       {@code 1 + }{@value #FIGURES_BY_WORDING}{@code × words}: shared wording demands shared
 *       figures, since independent reports word an event differently while a template reused for
 *       another company, or another day's report, keeps the wording and changes the figures. Quotes
 *       (weight 1) count when they raise the mean: a shared quote is strong evidence, but two
 *       agencies quoting different people is none against. Words are no evidence on their own:
 *       same-template stories share them.
 *   <li><b>Subject</b>: each side's {@link EventDigest#subject()} (its headline's names, or its
 *       headline's words when it has no names) is looked for anywhere in the other; the worse
 *       side's IDF-weighted share found, {@code subject}, scales the score by {@code 1/4 + 3/4 ×
 *       subject}.
 *       Every report of an event names who it is about; a same-day report of another company's
 *       identical price cut, or of another president's visit to the same capital, does not. (The
 *       floor leaves room for an abbreviation or an extra name in one headline.)
 *   <li><b>Time</b>: full weight while the two are at most a third of the window apart, then
 *       falling linearly to 0 at the window (default 36 hours: agencies report one event within
 *       hours, a follow-up or the next day's report comes a day or more later). Undated stories get
 *       no time penalty.
 * </ol>
 *
 * Same event when {@code score = evidence × subjectFactor × timeFactor ≥ threshold}. The default,
 * {@value #DEFAULT_THRESHOLD}, lies between the highest non-event pairs measured (≤ 0.37: the
 * hand-written template and report pairs of the tests, undated; ≤ 0.31: every pair of stories
 * within 36 hours in the evaluation corpus) and the independent seed reports that link (0.42 to
 * 0.59). Symmetric and deterministic: every measure is, and ties in the evidence
 * lists are broken by hash and text. Stateless and thread-safe; the stats are only read.
 */
public final class EventVerifier {

  public static final double DEFAULT_THRESHOLD = 0.4;
  public static final long DEFAULT_WINDOW_MILLIS = 36L * 3600 * 1000;
  static final double FIGURES_BY_WORDING = 2;
  static final double SUBJECT_FLOOR = 0.25;
  static final int FLOOR_FACTS = 2;
  static final int FLOOR_SHINGLES = 4;
  static final int FLOOR_TERMS = 8;
  static final int SHOWN = 8;
  static final int SHOWN_QUOTES = 2;

  private final double threshold;
  private final long windowMillis;

  public EventVerifier() {
    this(DEFAULT_THRESHOLD, DEFAULT_WINDOW_MILLIS);
  }

  public EventVerifier(double threshold, long windowMillis) {
    if (windowMillis <= 0) {
      throw new IllegalArgumentException("window must be positive: " + windowMillis);
    }
    this.threshold = threshold;
    this.windowMillis = windowMillis;
  }

  public EventVerdict verify(EventDigest a, EventDigest b, TermStats stats) {
    Weights w = new Weights(stats);
    long[] namesA = ofKind(a.facts(), EventDigest.WORD);
    long[] namesB = ofKind(b.facts(), EventDigest.WORD);
    long[] figuresA = ofKind(a.facts(), EventDigest.NUMBER);
    long[] figuresB = ofKind(b.facts(), EventDigest.NUMBER);
    long[] quotesA = a.allQuoteShingles();
    long[] quotesB = b.allQuoteShingles();

    double names = w.overlap(namesA, namesB, FLOOR_FACTS);
    double figures = w.overlap(figuresA, figuresB, FLOOR_FACTS);
    double quotes = w.overlap(quotesA, quotesB, FLOOR_SHINGLES);
    double terms = w.overlap(a.terms(), b.terms(), FLOOR_TERMS);
    double sum = 0;
    double weight = 0;
    if (namesA.length > 0 && namesB.length > 0) {
      sum += names;
      weight += 1;
    }
    if (figuresA.length > 0 && figuresB.length > 0) {
      double figuresWeight = 1 + FIGURES_BY_WORDING * terms;
      sum += figuresWeight * figures;
      weight += figuresWeight;
    }
    double evidence = Math.max(weight == 0 ? 0 : sum / weight, (sum + quotes) / (weight + 1));
    double subject = Math.min(w.subjectFound(a, b), w.subjectFound(b, a));
    double subjectFactor = SUBJECT_FLOOR + (1 - SUBJECT_FLOOR) * subject;
    double time = timeFactor(a.publishedMillis(), b.publishedMillis());
    double score = evidence * subjectFactor * time;
    boolean same = score >= threshold;

    List<String> sharedNames = sharedFacts(a, b, EventDigest.WORD, w);
    List<String> sharedFigures = sharedFacts(a, b, EventDigest.NUMBER, w);
    List<String> sharedQuotes = sharedQuotes(a, b);
    String reason = String.format(Locale.ROOT,
        "%s: score %.2f = evidence %.2f (names %.2f, figures %.2f, quotes %.2f, terms %.2f)"
            + " × subject %.2f (%.0f%% found) × time %.2f%s",
        same ? "same event" : "not same event", score, evidence, names, figures, quotes, terms,
        subjectFactor, 100 * subject, time, shared(sharedNames, sharedFigures));
    return EventVerdict.create(same, score, evidence, names, figures, quotes, terms, subject, time,
        sharedNames, sharedFigures, sharedQuotes, reason);
  }

  private double timeFactor(@Nullable Long a, @Nullable Long b) {
    if (a == null || b == null) {
      return 1;
    }
    long full = windowMillis / 3;
    long apart = Math.abs(a - b);
    return apart <= full ? 1 : Math.max(0, (double) (windowMillis - apart) / (windowMillis - full));
  }

  /** IDF-weighted set measures under one state of the stats. */
  private static final class Weights {
    private final TermStats stats;
    private final double unseen;

    Weights(TermStats stats) {
      this.stats = stats;
      this.unseen = stats.unseenIdf();
    }

    double idf(long h) {
      return stats.idf(h);
    }

    double mass(long[] a) {
      double m = 0;
      for (long h : a) {
        m += idf(h);
      }
      return m;
    }

    /** Weight of a ∩ b over the smaller side's weight (at least {@code floor} unseen hashes). */
    double overlap(long[] a, long[] b, int floor) {
      double shared = 0;
      for (long h : a) {
        if (Arrays.binarySearch(b, h) >= 0) {
          shared += idf(h);
        }
      }
      double base = Math.max(Math.min(mass(a), mass(b)), floor * unseen);
      return base == 0 ? 0 : Math.min(1, shared / base);
    }

    /** Weighted share of {@code x}'s subject found among {@code y}'s facts or words; 1 if none. */
    double subjectFound(EventDigest x, EventDigest y) {
      long[] facts = sorted(y.facts());
      double all = 0;
      double found = 0;
      for (long h : x.subject().length > 0 ? x.subject() : x.headlineTerms()) {
        all += idf(h);
        if (Arrays.binarySearch(facts, h) >= 0 || Arrays.binarySearch(y.terms(), h) >= 0) {
          found += idf(h);
        }
      }
      return all == 0 ? 1 : found / all;
    }
  }

  private static long[] ofKind(long[] facts, long kind) {
    return sorted(Arrays.stream(facts).filter(h -> EventDigest.kind(h) == kind).toArray());
  }

  private static long[] sorted(long[] a) {
    return Shingler.sortUnique(a.clone(), a.length);
  }

  /**
   * Shared facts of a kind, rarest first, then the more prominent (in either story); each shown as
   * the shorter of its two displays.
   */
  private static List<String> sharedFacts(EventDigest a, EventDigest b, long kind, Weights w) {
    List<long[]> shared = new ArrayList<>(); // {hash, index in a, index in b}
    for (int i = 0; i < a.facts().length; i++) {
      long h = a.facts()[i];
      if (EventDigest.kind(h) != kind) {
        continue;
      }
      for (int j = 0; j < b.facts().length; j++) {
        if (b.facts()[j] == h) {
          shared.add(new long[] {h, i, j});
        }
      }
    }
    shared.sort(Comparator.<long[]>comparingDouble(s -> -w.idf(s[0]))
        .thenComparingLong(s -> Math.min(s[1], s[2]))
        .thenComparingLong(s -> s[0]));
    Set<String> out = new LinkedHashSet<>();
    for (long[] s : shared) {
      if (out.size() == SHOWN) {
        break;
      }
      String da = a.factDisplay((int) s[1]);
      String db = b.factDisplay((int) s[2]);
      out.add(da.length() != db.length() ? (da.length() < db.length() ? da : db)
          : (da.compareTo(db) <= 0 ? da : db));
    }
    return new ArrayList<>(out);
  }

  /**
   * Quotes of either side that share shingles with the other's, most shared first; a quote that
   * overlaps one already shown (the other side's version of it) is skipped.
   */
  private static List<String> sharedQuotes(EventDigest a, EventDigest b) {
    record Candidate(String text, long[] shingles, int shared) {}
    List<Candidate> candidates = new ArrayList<>();
    EventDigest[][] sides = {{a, b}, {b, a}};
    for (EventDigest[] side : sides) {
      long[] other = side[1].allQuoteShingles();
      for (int i = 0; i < side[0].quoteCount(); i++) {
        long[] mine = side[0].quoteShingles(i);
        int shared = Shingler.intersectionSize(mine, other);
        if (shared > 0) {
          candidates.add(new Candidate(side[0].quoteText(i), mine, shared));
        }
      }
    }
    candidates.sort(Comparator.comparingInt((Candidate c) -> -c.shared())
        .thenComparing(Candidate::text));
    List<String> out = new ArrayList<>();
    List<long[]> shown = new ArrayList<>();
    for (Candidate c : candidates) {
      if (out.size() == SHOWN_QUOTES) {
        break;
      }
      if (shown.stream().noneMatch(s -> Shingler.intersectionSize(s, c.shingles()) > 0)) {
        out.add(c.text());
        shown.add(c.shingles());
      }
    }
    return out;
  }

  private static String shared(List<String> names, List<String> figures) {
    List<String> all = new ArrayList<>(names);
    all.addAll(figures);
    return all.isEmpty() ? "" : "; shared: " + String.join(", ", all);
  }
}
