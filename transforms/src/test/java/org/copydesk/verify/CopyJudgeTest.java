package org.copydesk.verify;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import org.copydesk.candidates.CandidatePair;
import org.copydesk.state.CompactBytes;
import org.copydesk.testing.Seeds;
import org.junit.Test;

public class CopyJudgeTest {
  private static byte[] digest(int seed) {
    return CompactBytes.of(StoryDigest.of(Seeds.body(seed))::writeTo);
  }

  private static CandidatePair pair(String newer, String older) {
    return CandidatePair.of(newer, 2_000L, older, 1_000L);
  }

  @Test
  public void oneNewcomersDigestIsJudgedAgainstEachOlderStoryOnItsOwnMerits() {
    CopyJudge judge = CopyJudge.with(VerifyConfig.defaults());
    byte[] chinaDaily = digest(1);
    // seed 000 (AFP) is copied by China Daily; seeds 002 to 004 are other stories
    VerifiedPair copy = judge.judge(pair("001", "000"), chinaDaily, digest(0));
    assertNotNull(copy);
    assertEquals("000", copy.getOlderId());
    for (int other = 2; other < 5; other++) {
      assertNull("seed " + other, judge.judge(pair("001", "00" + other), chinaDaily, digest(other)));
    }
    // the same newcomer's array again, after pairs that were settled on shingles alone
    assertNotNull(judge.judge(pair("001", "000"), chinaDaily, digest(0)));
    // another newcomer with a different digest is not mistaken for the last one
    assertNull(judge.judge(pair("003", "000"), digest(3), digest(0)));
  }

  @Test
  public void theShinglesAloneReadFromTheStartOfTheCompactForm() throws IOException {
    StoryDigest d = StoryDigest.of(Seeds.body(0));
    byte[] bytes = CompactBytes.of(d::writeTo);
    assertArrayEquals(d.shingles(),
        StoryDigest.readShingles(new DataInputStream(new ByteArrayInputStream(bytes))));
  }
}
