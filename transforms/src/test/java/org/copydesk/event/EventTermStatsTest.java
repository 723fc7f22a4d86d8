package org.copydesk.event;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.Test;

/** {@link TermStats}: document frequencies in bounded memory. */
public class EventTermStatsTest {

  private static final long COMMON = EventDigest.word("common");

  private static EventDigest text(String text) {
    return EventDigest.of(null, List.of(text), null);
  }

  private static byte[] compact(TermStats stats) throws IOException {
    ByteArrayOutputStream bos = new ByteArrayOutputStream();
    stats.writeTo(new DataOutputStream(bos));
    return bos.toByteArray();
  }

  @Test
  public void countsDocumentsNotOccurrences() {
    TermStats stats = new TermStats();
    stats.observe(text("common common common words here"));
    stats.observe(text("common and rare words"));
    assertEquals(2, stats.documents());
    assertEquals(2, stats.documentFrequency(COMMON));
    assertEquals(1, stats.documentFrequency(EventDigest.word("rare")));
    assertEquals(0, stats.documentFrequency(EventDigest.word("unseen")));
    assertThat(stats.idf(COMMON), lessThan(stats.idf(EventDigest.word("rare"))));
    assertEquals(Math.log(2 + TermStats.PRIOR_DOCUMENTS), stats.unseenIdf(), 1e-12);
    assertEquals(stats.unseenIdf(), stats.idf(EventDigest.word("unseen")), 1e-12);
  }

  @Test
  public void figuresAndQuotesAreCountedApartFromWords() {
    TermStats stats = new TermStats();
    stats.observe(text("Kerry said \"we will count 150 votes\" on 150 ballots."));
    assertEquals(0, stats.documentFrequency(EventDigest.word("150")));
    assertEquals(1, stats.documentFrequency(EventDigest.number("150")));
    long quoteShingle = text("\"we will count 150 votes\"").allQuoteShingles()[0];
    assertEquals(1, stats.documentFrequency(quoteShingle));
  }

  @Test
  public void neverTracksMoreThanItsCapacityAndKeepsWhatRecurs() {
    TermStats stats = new TermStats(64, 1_000);
    for (int i = 0; i < 300; i++) {
      stats.observe(text("common uniq" + i + "a uniq" + i + "b"));
      assertThat(stats.size(), lessThanOrEqualTo(64));
    }
    assertEquals(300, stats.documentFrequency(COMMON));
    assertEquals(0, stats.documentFrequency(EventDigest.word("uniq0a"))); // dropped: reads as rare
    assertEquals(1, stats.documentFrequency(EventDigest.word("uniq299a")));
  }

  @Test
  public void halvesEveryHalfLifeAndForgetsTheOnceSeen() {
    TermStats stats = new TermStats(1_024, 10);
    stats.observe(text("common once"));
    for (int i = 1; i < 9; i++) {
      stats.observe(text("common"));
    }
    assertEquals(9, stats.documentFrequency(COMMON));
    assertEquals(1, stats.documentFrequency(EventDigest.word("once")));
    stats.observe(text("common"));
    assertEquals(5, stats.documents());
    assertEquals(5, stats.documentFrequency(COMMON));
    assertEquals(0, stats.documentFrequency(EventDigest.word("once")));
  }

  @Test
  public void compactFormRoundTripsInAboutFourBytesAHash() throws Exception {
    TermStats stats = new TermStats();
    for (int i = 0; i < 5; i++) {
      stats.observe(StoryTierFixtures.seed(i));
    }
    byte[] bytes = compact(stats);
    TermStats back = TermStats.readFrom(new DataInputStream(new ByteArrayInputStream(bytes)));
    assertEquals(stats.documents(), back.documents());
    assertEquals(stats.size(), back.size());
    for (int i = 0; i < 5; i++) {
      for (long h : StoryTierFixtures.seed(i).allHashes()) {
        assertEquals(stats.documentFrequency(h), back.documentFrequency(h));
      }
    }
    System.out.printf("%d hashes in %d bytes%n", stats.size(), bytes.length);
    assertThat((double) bytes.length / stats.size(), lessThan(6.0));

    ByteArrayOutputStream java = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(java)) {
      out.writeObject(stats);
    }
    assertThat(java.size(), lessThan(bytes.length + 200)); // the compact form, wrapped
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(java.toByteArray()))) {
      TermStats restored = (TermStats) in.readObject();
      assertEquals(stats.documentFrequency(COMMON), restored.documentFrequency(COMMON));
      assertEquals(compact(stats).length, compact(restored).length);
    }
  }

  @Test
  public void corruptInputIsAnIOException() {
    assertThrows(IOException.class, () -> TermStats.readFrom(
        new DataInputStream(new ByteArrayInputStream(new byte[] {9, 0, 0}))));
    assertThrows(IOException.class, () -> TermStats.readFrom(
        new DataInputStream(new ByteArrayInputStream(new byte[] {1, 0, 0, 0, 1}))));
    assertThat(new TermStats().unseenIdf(), greaterThan(0.0));
  }
}
