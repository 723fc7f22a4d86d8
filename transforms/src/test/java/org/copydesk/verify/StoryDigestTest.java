package org.copydesk.verify;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.copydesk.fingerprint.Fingerprinter;
import org.copydesk.fingerprint.TextNormalizer;
import org.copydesk.testing.Seeds;
import org.junit.Test;

public class StoryDigestTest {

  private static byte[] bytes(StoryDigest d) throws IOException {
    ByteArrayOutputStream bos = new ByteArrayOutputStream();
    d.writeTo(new DataOutputStream(bos));
    return bos.toByteArray();
  }

  @Test
  public void roundTrip() throws IOException {
    for (int s = 0; s < 5; s++) {
      StoryDigest d = StoryDigest.of(Seeds.body(s));
      byte[] b = bytes(d);
      StoryDigest r = StoryDigest.readFrom(new DataInputStream(new ByteArrayInputStream(b)));
      assertEquals(d, r);
      System.out.printf(
          "seed %03d: %d sentences, %d shingles, %d facts, %d bytes%n",
          s, d.sentenceCount(), d.shingles().length, d.facts().length, b.length);
      assertThat(b.length, lessThan(30_000));
    }
  }

  @Test
  public void shinglesAreTheFingerprintShingles() {
    List<String> body = Seeds.body(0);
    assertArrayEquals(
        new Fingerprinter().fingerprint(body).shingles(), StoryDigest.of(body).shingles());
  }

  @Test
  public void factsHoldNumbersAndNames() {
    StoryDigest d = StoryDigest.of(Seeds.body(0));
    long[] facts = d.facts();
    assertTrue(contains(facts, TextNormalizer.hashToken("150"), StoryDigest.NUMBER));
    assertTrue(contains(facts, TextNormalizer.hashToken("kerry"), StoryDigest.NAME));
    assertTrue(contains(facts, TextNormalizer.hashToken("pakistan"), StoryDigest.NAME));
    assertTrue(contains(facts, TextNormalizer.hashToken("us"), StoryDigest.NAME));
    assertTrue(!contains(facts, TextNormalizer.hashToken("massacre"), StoryDigest.NAME));
  }

  private static boolean contains(long[] facts, long hash, long kind) {
    long t = (hash & ~3L) | kind;
    return Arrays.binarySearch(facts, t) >= 0;
  }

  @Test
  public void sentencesSplitOnWireText() {
    StoryDigest d = StoryDigest.of(Seeds.body(2)); // one long hard-wrapped paragraph
    assertEquals("Kerry met Prime Minister Nawaz Sharif", d.sentences().get(1).substring(0, 37));
    assertTrue(d.sentences().get(2).contains("the Dec. 16 attack on an army-run school took place."));
  }

  @Test
  public void boundedForVeryLongStories() throws IOException {
    List<String> huge = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      huge.add("Paragraph " + i + " of an endless report says that " + i * 7 + " people were "
          + "counted in district " + (i % 50) + " by officials on the " + i + "th day. "
          + "It is a long sentence " + "with many many words ".repeat(20) + i + ".");
    }
    StoryDigest d = StoryDigest.of(huge);
    assertTrue(d.shingles().length <= StoryDigest.MAX_TOKENS);
    assertTrue(d.sentenceCount() <= StoryDigest.MAX_SENTENCES);
    int size = bytes(d).length;
    System.out.println("capped digest: " + size + " bytes");
    assertThat(size, lessThan(117_000)); // the documented ASCII bound
  }

  @Test
  public void toBytesIsWhatDataOutputWritesForAnyText() throws IOException {
    String text = "Caf\u00e9 \u0000 \u6771\u4eac \ud83d\ude00 said. Next";
    StoryDigest d = StoryDigest.of(List.of(text, "Plain ASCII here, 12 words of it."));
    byte[] b = d.toBytes();
    assertEquals(d, StoryDigest.readFrom(new DataInputStream(new ByteArrayInputStream(b))));

    // the same fields through DataOutputStream, field by field
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(expected);
    out.writeByte(b[0]);
    writeLongs(out, d.shingles());
    out.writeInt(d.sentenceCount());
    for (int i = 0; i < d.sentenceCount(); i++) {
      out.writeUTF(d.sentences().get(i));
      out.writeInt(d.sentenceTo(i) - d.sentenceFrom(i));
    }
    for (long t : d.allSentenceTokens()) {
      out.writeLong(t);
    }
    writeLongs(out, d.facts());
    out.writeUTF("");
    assertArrayEquals(expected.toByteArray(), b);
  }

  private static void writeLongs(DataOutputStream out, long[] values) throws IOException {
    out.writeInt(values.length);
    for (long v : values) {
      out.writeLong(v);
    }
  }
}
