package org.copydesk.fingerprint;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.copydesk.state.CompactBytes;
import org.copydesk.testing.Seeds;
import org.copydesk.testing.Wire;
import org.copydesk.verify.SentenceSplitter;
import org.copydesk.verify.StoryDigest;
import org.junit.Test;

public class StoryTokensTest {

  private static final List<List<String>> BODIES = List.of(Seeds.body(0), Seeds.body(1),
      Seeds.body(2), Wire.TEXACO, Wire.TEXACO_UK_STYLE, Wire.SUN, Wire.BRIEF_ACME, List.of());

  /** What the fingerprint read before the shared pass: each paragraph's tokens, in one go. */
  private static long[] paragraphTokens(List<String> body) {
    TextNormalizer normalizer = new TextNormalizer();
    LongList out = new LongList();
    body.forEach(p -> normalizer.appendTokenHashes(p, out, null));
    return out.toArray();
  }

  /** What the digest read before the shared pass: each sentence's tokens and flags. */
  private static long[][] sentenceTokens(List<String> body) {
    TextNormalizer normalizer = new TextNormalizer();
    LongList hashes = new LongList();
    LongList flags = new LongList();
    for (String p : body) {
      for (String s : SentenceSplitter.split(TextNormalizer.nfkc(p))) {
        normalizer.appendTokenHashes(s, hashes, flags);
      }
    }
    return new long[][] {hashes.toArray(), flags.toArray()};
  }

  @Test
  public void oneReadGivesBothFormerTokenStreams() {
    StoryTokens tokens = new StoryTokens();
    for (List<String> body : BODIES) {
      tokens.read(body, 5000);
      long[] hashes = Arrays.copyOf(tokens.hashes(), tokens.size());
      assertArrayEquals(paragraphTokens(body), hashes);
      long[][] sentences = sentenceTokens(body);
      assertArrayEquals(sentences[0], hashes);
      assertArrayEquals(sentences[1], Arrays.copyOf(tokens.flags(), tokens.size()));
    }
  }

  @Test
  public void sentencesCoverTheTokensInOrder() {
    StoryTokens tokens = new StoryTokens().read(Seeds.body(2), 5000);
    List<String> texts = new ArrayList<>();
    int next = 0;
    for (int s = 0; s < tokens.sentenceCount(); s++) {
      assertEquals(next, tokens.sentenceStart(s));
      next = tokens.sentenceEnd(s);
      texts.add(tokens.sentenceText(s, 100_000));
    }
    assertEquals(tokens.size(), next);
    List<String> expected = new ArrayList<>();
    for (String p : Seeds.body(2)) {
      for (String sentence : SentenceSplitter.split(TextNormalizer.nfkc(p))) {
        if (!new TextNormalizer().tokens(sentence).isEmpty()) {
          expected.add(sentence);
        }
      }
    }
    assertEquals(expected, texts);
  }

  @Test
  public void phrasesFoldOnlyWithinASentence() {
    StoryTokens tokens = new StoryTokens();
    tokens.read(List.of("Prices rose 5 per cent. United States officials agreed."), 100);
    assertEquals(List.of("prices", "rose", "5", "percent", "us", "officials", "agreed"),
        new TextNormalizer().tokens("Prices rose 5 per cent. United States officials agreed."));
    assertEquals(7, tokens.size());
    tokens.read(List.of("He played for Manchester United. States must act."), 100);
    assertEquals(8, tokens.size()); // "united", "states" stay two tokens
    assertEquals(TextNormalizer.hashToken("states"), tokens.hashes()[5]);
  }

  @Test
  public void aLimitCutsTheSameTokens() {
    StoryTokens tokens = new StoryTokens();
    long[] all = Arrays.copyOf(tokens.read(Wire.TEXACO, 5000).hashes(), tokens.size());
    for (int limit : new int[] {1, 7, 20, all.length}) {
      tokens.read(Wire.TEXACO, limit);
      assertEquals(Math.min(limit, all.length), tokens.size());
      assertArrayEquals(Arrays.copyOf(all, tokens.size()), Arrays.copyOf(tokens.hashes(), tokens.size()));
    }
  }

  @Test
  public void printIsTheFingerprintAndTheDigestEachReadAlone() {
    Fingerprinter fingerprinter = new Fingerprinter();
    for (int s = 0; s < 5; s++) {
      StoryPrint print = FingerprintStories.print(Seeds.cleaned(s), fingerprinter);
      assertArrayEquals(
          new Fingerprinter().fingerprint(Seeds.cleaned(s).getParagraphs()).bandKeys(),
          print.bandKeys());
      assertArrayEquals(CompactBytes.of(StoryDigest.of(Seeds.cleaned(s))::writeTo), print.digest());
    }
  }

  @Test
  public void theShinglesAreSortedOnce() {
    StoryTokens tokens = new StoryTokens().read(Seeds.body(0), 5000);
    long[] shingles = tokens.sortedShingles(3, tokens.size());
    assertSame(shingles, tokens.sortedShingles(3, tokens.size()));
    assertArrayEquals(new Shingler(3).shingles(tokens.hashes(), tokens.size()), shingles);
  }
}
