package org.copydesk.verify;

import static org.junit.Assert.assertEquals;

import java.util.List;
import org.copydesk.fingerprint.Shingler;
import org.copydesk.testing.Seeds;
import org.junit.Test;

public class SentencePostingsTest {

  /** The counts must be exactly the pairwise intersection sizes the verifier used to merge for. */
  @Test
  public void countsEqualPairwiseIntersections() {
    for (int a = 0; a < 5; a++) {
      for (int b = 0; b < 5; b++) {
        StoryDigest s = StoryDigest.of(Seeds.body(a));
        StoryDigest l = StoryDigest.of(Seeds.body(b));
        SentencePostings postings = new SentencePostings(l);
        for (int i = 0; i < s.sentenceCount(); i++) {
          int[] counts = new int[l.sentenceCount()];
          postings.countShared(s.allSentenceTokens(), s.sentenceFrom(i), s.sentenceTo(i), counts);
          for (int j = 0; j < l.sentenceCount(); j++) {
            int expected = Shingler.intersectionSize(s.allSentenceTokens(), s.sentenceFrom(i),
                s.sentenceTo(i), l.allSentenceTokens(), l.sentenceFrom(j), l.sentenceTo(j));
            assertEquals("seed " + a + " sentence " + i + " vs seed " + b + " sentence " + j,
                expected, counts[j]);
          }
        }
      }
    }
  }

  @Test
  public void emptyDigestCountsNothing() {
    StoryDigest empty = StoryDigest.of(List.of());
    StoryDigest seed = StoryDigest.of(Seeds.body(0));
    int[] counts = new int[0];
    new SentencePostings(empty)
        .countShared(seed.allSentenceTokens(), 0, seed.allSentenceTokens().length, counts);
    assertEquals(0, counts.length);
  }
}
