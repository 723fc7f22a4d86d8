package org.copydesk.verify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.copydesk.fingerprint.Shingler;

/**
 * Decides whether two stories are copies of one text (the copy tier), surviving trims, added top
 * paragraphs, light rewording and house-style changes, and rejecting same-template stories.
 *
 * <ol>
 *   <li><b>Containment</b> of shingles: |A ∩ B| / min(|A|, |B|). A trim or an update keeps it near
 *       1 where Jaccard falls with the length ratio.
 *   <li><b>Sentence alignment</b>: each sentence of the shorter text (by tokens) looks for its most
 *       similar sentence in the other; near-identical partners (see {@link VerifyConfig}) count,
 *       weighted by the sentence's token count. Rewording a few words, splitting a sentence, or
 *       inserting sub-headlines leaves most sentences aligned.
 *   <li><b>Lead rule</b>: a wire copy keeps its lead, so the lead of one of the two (its first
 *       sentence of some length, {@link StoryDigest#lead()}) must be among the aligned sentences,
 *       unless containment alone is strong. Unrelated stories that share stock background
 *       sentences fail it; a trim keeps the lead, and an update's new top paragraph pushes the old
 *       lead down, where it still aligns.
 *   <li><b>Agency rule</b>: stories from the wires of two different agencies ({@link
 *       StoryDigest#agency()}) are each agency's own report of the event, however alike their
 *       wording: they belong to one story cluster, not one copy cluster.
 *   <li><b>Template rule</b>: aligned sentences that swap names/numbers in several sentences (a
 *       different company, different figures, a different week), or in every aligned sentence,
 *       mean the same template, not a copy; a single corrected figure does not trigger it.
 * </ol>
 *
 * Stateless and thread-safe. Cost: O(|A| + |B|) for containment, O(s_A · s_B · sentence length)
 * for alignment (sentences are capped by {@link StoryDigest}).
 */
public final class CopyVerifier {

  private final VerifyConfig config;

  public CopyVerifier(VerifyConfig config) {
    this.config = config;
  }

  public CopyVerifier() {
    this(VerifyConfig.defaults());
  }

  /**
   * Whether stories with these {@link StoryDigest#shingles()} share enough text to be copies at
   * all; {@link #verify} says no to every pair that fails this, and most candidate pairs do.
   */
  public boolean mayBeCopies(long[] shinglesA, long[] shinglesB) {
    return Shingler.intersectionSize(shinglesA, shinglesB) >= config.minSharedShingles();
  }

  public CopyVerdict verify(StoryDigest a, StoryDigest b) {
    int shared = Shingler.intersectionSize(a.shingles(), b.shingles());
    int minSize = Math.min(a.shingles().length, b.shingles().length);
    double containment = minSize == 0 ? 0.0 : (double) shared / minSize;
    if (shared < config.minSharedShingles()) {
      // Most candidate pairs end here: too little shared text to be worth aligning.
      return CopyVerdict.create(false, containment / 2, containment, 0.0, false, List.of(),
          "not copy: only " + shared + " shared shingles");
    }

    // the shorter text (by tokens) aligns into the longer
    StoryDigest s = a;
    StoryDigest l = b;
    if (a.allSentenceTokens().length > b.allSentenceTokens().length) {
      s = b;
      l = a;
    }
    long[] st = s.allSentenceTokens();
    long[] lt = l.allSentenceTokens();
    long totalWeight = 0;
    long alignedWeight = 0;
    int alignedPairs = 0;
    int factSubstPairs = 0;
    TreeSet<Long> diffFacts = new TreeSet<>();
    boolean leadSwapped = false;
    boolean leadAligned = false;
    int sLead = s.lead();
    int lLead = l.lead();
    List<long[]> evidence = new ArrayList<>(); // {sentence index in s, shared tokens}
    SentencePostings postings = new SentencePostings(l);
    int[] sharedTokens = new int[l.sentenceCount()];
    for (int i = 0; i < s.sentenceCount(); i++) {
      int f1 = s.sentenceFrom(i);
      int t1 = s.sentenceTo(i);
      int n1 = t1 - f1;
      totalWeight += n1;
      int best = -1;
      double bestDice = -1;
      int bestInter = 0;
      Arrays.fill(sharedTokens, 0);
      postings.countShared(st, f1, t1, sharedTokens);
      for (int j = 0; j < l.sentenceCount(); j++) {
        int inter = sharedTokens[j];
        if (inter == 0) {
          continue;
        }
        int n2 = l.sentenceTo(j) - l.sentenceFrom(j);
        double dice = 2.0 * inter / (n1 + n2);
        int small = Math.min(n1, n2);
        boolean match =
            dice >= config.sentenceDice()
                || (small >= config.minContainedTokens()
                    && (double) inter / small >= config.sentenceContainment());
        if (match && dice > bestDice) {
          best = j;
          bestDice = dice;
          bestInter = inter;
        }
      }
      if (best < 0) {
        continue;
      }
      alignedPairs++;
      alignedWeight += n1;
      leadAligned |= i == sLead || best == lLead;
      evidence.add(new long[] {i, bestInter});
      if (substitutesFacts(st, f1, t1, lt, l.sentenceFrom(best), l.sentenceTo(best), diffFacts)) {
        factSubstPairs++;
      }
      if (i <= sLead
          && swapsNamesAndNumbers(st, f1, t1, lt, l.sentenceFrom(best), l.sentenceTo(best))) {
        leadSwapped = true;
      }
    }
    double aligned = totalWeight == 0 ? 0.0 : (double) alignedWeight / totalWeight;
    double score = (containment + aligned) / 2;
    boolean template =
        leadSwapped
            || diffFacts.size() >= config.templateMinFacts()
                && (factSubstPairs == alignedPairs
                    || factSubstPairs >= config.templateMinPairs()
                        && factSubstPairs >= config.templatePairFraction() * alignedPairs);

    boolean copy;
    String reason;
    String figures =
        String.format(
            Locale.ROOT,
            "%d%% of sentences aligned, containment %.2f",
            Math.round(aligned * 100),
            containment);
    if (a.agency() != null && b.agency() != null && !a.agency().equals(b.agency())) {
      copy = false;
      reason = "not copy: two agencies' own reports (" + a.agency() + ", " + b.agency() + "; "
          + figures + ")";
    } else if (template) {
      copy = false;
      reason =
          String.format(
              Locale.ROOT,
              "not copy: same template, %d aligned sentences differ in %d names/numbers (%s)",
              factSubstPairs,
              diffFacts.size(),
              figures);
    } else if (!leadAligned && containment < config.strongContainment()) {
      copy = false;
      reason = "not copy: neither lead is in the other (" + figures + ")";
    } else if ((score >= config.copyScore() && aligned >= config.minAligned())
        || containment >= config.strongContainment()) {
      copy = true;
      reason = "copy: " + figures;
    } else {
      copy = false;
      reason = "not copy: " + figures;
    }

    evidence.sort(Comparator.comparingLong((long[] e) -> -e[1]).thenComparingLong(e -> e[0]));
    List<String> passages = new ArrayList<>(3);
    for (long[] e : evidence) {
      if (passages.size() == 3) {
        break;
      }
      passages.add(shorten(s.sentences().get((int) e[0])));
    }
    return CopyVerdict.create(copy, score, containment, aligned, template, passages, reason);
  }

  /**
   * Whether two aligned lead sentences are one template filled with other facts: each names someone
   * or something the other does not and gives a figure the other does not (another company doing
   * the same thing by another amount), or each gives two or more figures the other does not (the
   * same index on another day). A correction changes a figure, a republication a spelling; neither
   * replaces the lead's names and figures on both sides.
   */
  private static boolean swapsNamesAndNumbers(long[] a, int i, int ie, long[] b, int j, int je) {
    int[] onlyA = new int[4];
    int[] onlyB = new int[4];
    while (i < ie || j < je) {
      if (j >= je || (i < ie && a[i] < b[j])) {
        onlyA[(int) StoryDigest.kind(a[i++])]++;
      } else if (i >= ie || b[j] < a[i]) {
        onlyB[(int) StoryDigest.kind(b[j++])]++;
      } else {
        i++;
        j++;
      }
    }
    int name = (int) StoryDigest.NAME;
    int number = (int) StoryDigest.NUMBER;
    return onlyA[name] > 0 && onlyB[name] > 0 && onlyA[number] > 0 && onlyB[number] > 0;
  }

  /**
   * True when both sentences have a fact token (number/name) the other lacks; adds those tokens to
   * {@code diffFacts}.
   */
  private static boolean substitutesFacts(
      long[] a, int i, int ie, long[] b, int j, int je, TreeSet<Long> diffFacts) {
    List<Long> onlyA = new ArrayList<>();
    List<Long> onlyB = new ArrayList<>();
    while (i < ie || j < je) {
      if (j >= je || (i < ie && a[i] < b[j])) {
        if (StoryDigest.kind(a[i]) != StoryDigest.WORD) {
          onlyA.add(a[i]);
        }
        i++;
      } else if (i >= ie || b[j] < a[i]) {
        if (StoryDigest.kind(b[j]) != StoryDigest.WORD) {
          onlyB.add(b[j]);
        }
        j++;
      } else {
        i++;
        j++;
      }
    }
    if (onlyA.isEmpty() || onlyB.isEmpty()) {
      return false;
    }
    diffFacts.addAll(onlyA);
    diffFacts.addAll(onlyB);
    return true;
  }

  private static String shorten(String s) {
    return s.length() <= 160 ? s : s.substring(0, 157) + "...";
  }
}
