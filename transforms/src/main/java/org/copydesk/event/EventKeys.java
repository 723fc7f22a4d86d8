package org.copydesk.event;

import java.util.Arrays;
import org.copydesk.fingerprint.LongList;
import org.copydesk.fingerprint.Shingler;

/**
 * Blocking keys for the story tier: the few keys per story that two reports of one event very
 * likely share and two different events rarely do, for the candidate index of {@code
 * org.copydesk.candidates.FindCandidates} (which pairs stories sharing at least N keys within a
 * time horizon).
 *
 * <p>A key is an unordered pair of the story's first {@value #MAX_FACTS} <em>rare</em> facts (names
 * and figures, in order of prominence: headline, then lead): C({@value #MAX_FACTS}, 2) = 15 keys at
 * most. Why pairs: one rare name recurs in every story about its bearer for days, two rare facts
 * together mostly within one event. Why prominence rather than the rarest: a later report finds the
 * event's names already counted once per earlier report, so "rarest first" would rank them below
 * its own incidental names; the lead names the event's actors and figures in every version.
 *
 * <p>A fact is rare when at most {@value #RARE_MIN_STORIES} or at most 1 in {@value #RARE_ONE_IN}
 * recent stories carried it ({@link TermStats#documentFrequency}): that leaves out what a whole
 * feed shares (a country, a common figure, {@code Reuters}), while an event's names stay in for its
 * first tens of reports, including at the start of a run when every count is small.
 *
 * <p>Two versions sharing k of their first rare facts share C(k, 2) keys: N = 1 asks for two shared
 * facts, N = 3 for three. Recommended: N = 1 within a 36-hour horizon (the verifier's window). On
 * the evaluation corpus (2,000 stories) that makes 4.1 candidates a story; across copy clusters,
 * 4,673 pairs of one event and 679 of others, and every event's reports are connected. N = 3 keeps
 * 4,289 and 58: a cheaper index for a busy feed, at about 1% of the story tier's recall. A story
 * with fewer than two rare facts has no keys, so the story tier cannot find it.
 */
public final class EventKeys {

  public static final int MAX_FACTS = 6;
  public static final int RARE_ONE_IN = 50;
  public static final int RARE_MIN_STORIES = 30;
  private static final long PHI = 0x9E3779B97F4A7C15L;

  private EventKeys() {}

  /** The keys of a story, with the frequencies known when it arrives; at most 15, distinct. */
  public static long[] of(EventDigest digest, TermStats stats) {
    LongList rare = new LongList(MAX_FACTS);
    for (long fact : digest.facts()) {
      if (rare.size() == MAX_FACTS) {
        break;
      }
      if (isRare(fact, stats)) {
        rare.add(fact);
      }
    }
    long[] keys = new long[rare.size() * (rare.size() - 1) / 2];
    int n = 0;
    for (int i = 0; i < rare.size(); i++) {
      for (int j = i + 1; j < rare.size(); j++) {
        long a = Math.min(rare.get(i), rare.get(j));
        long b = Math.max(rare.get(i), rare.get(j));
        keys[n++] = Shingler.mix(a * PHI + b);
      }
    }
    Arrays.sort(keys);
    return keys;
  }

  private static boolean isRare(long fact, TermStats stats) {
    return stats.documentFrequency(fact)
        <= Math.max(RARE_MIN_STORIES, stats.documents() / RARE_ONE_IN);
  }
}
