package org.copydesk.read;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.startsWith;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.story.DeadLetter;
import org.junit.Test;

public class RecordReaderTest {
  private final List<RawRecord> records = new ArrayList<>();
  private final List<DeadLetter> deadLetters = new ArrayList<>();
  private final RecordReader.Sink sink = new RecordReader.Sink() {
    @Override
    public void record(RawRecord record) {
      records.add(record);
    }

    @Override
    public void deadLetter(DeadLetter deadLetter) {
      deadLetters.add(deadLetter);
    }
  };

  private void read(String file, byte[] bytes, ReadLimits limits) throws IOException {
    new RecordReader(limits).read(file, 1000L, new ByteArrayInputStream(bytes), sink);
  }

  private void read(String file, String text) throws IOException {
    read(file, text.getBytes(StandardCharsets.UTF_8), ReadLimits.defaults());
  }

  @Test
  public void jsonLinesAreOneRecordPerLineWithTheirLineNumbers() throws IOException {
    read("feed.jsonl", "{\"id\":\"a\"}\r\n\n   \n{\"id\":\"b\"}\n{\"id\":\"c\"}");
    assertThat(records.stream().map(RawRecord::getText).toList(),
        contains("{\"id\":\"a\"}", "{\"id\":\"b\"}", "{\"id\":\"c\"}"));
    assertThat(records.stream().map(r -> r.getOrigin().getLine()).toList(), contains(1L, 4L, 5L));
    assertThat(records.get(0).getFormat(), equalTo(InputFormat.JSON_LINES));
    assertThat(records.get(0).getReceivedMillis(), equalTo(1000L));
    assertThat(deadLetters, empty());
  }

  @Test
  public void aCaptureIsTheWholeFileWithoutItsByteOrderMark() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] text = "Headline\n\nFirst paragraph.\n".getBytes(StandardCharsets.UTF_8);
    byte[] both = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, both, 0, bom.length);
    System.arraycopy(text, 0, both, bom.length, text.length);
    read("dir/story.txt", both, ReadLimits.defaults());
    assertThat(records.size(), equalTo(1));
    assertThat(records.get(0).getText(), equalTo("Headline\n\nFirst paragraph.\n"));
    assertThat(records.get(0).getFormat(), equalTo(InputFormat.CAPTURE));
    assertThat(records.get(0).getOrigin().getLine(), equalTo(0L));
  }

  @Test
  public void anEnormousLineIsRejectedWithoutHoldingItAndTheNextLineStillReads() throws IOException {
    long fifty = 50L << 20;
    InputStream big = new SequenceInputStream(
        new ByteArrayInputStream("{\"id\":\"big\",\"body\":\"".getBytes(StandardCharsets.UTF_8)),
        new RepeatingStream((byte) 'a', fifty));
    InputStream rest = new ByteArrayInputStream(
        "\"}\n{\"id\":\"small\",\"body\":\"ok\"}\n".getBytes(StandardCharsets.UTF_8));
    new RecordReader(ReadLimits.defaults())
        .read("big.jsonl", 0, new SequenceInputStream(big, rest), sink);

    assertThat(deadLetters.size(), equalTo(1));
    DeadLetter tooLarge = deadLetters.get(0);
    assertThat(tooLarge.getReason(), equalTo("too_large"));
    assertThat(tooLarge.getOrigin().getLine(), equalTo(1L));
    assertThat(tooLarge.getRawBytes(), equalTo(fifty + 22));
    assertThat(tooLarge.getRaw().length(), lessThanOrEqualTo(DeadLetter.RAW_EXCERPT_CHARS));
    assertThat(tooLarge.getRaw(), startsWith("{\"id\":\"big\""));
    assertThat(records.stream().map(RawRecord::getText).toList(),
        contains("{\"id\":\"small\",\"body\":\"ok\"}"));
  }

  @Test
  public void invalidUtf8IsRejectedWithTheByteWhereItBreaks() throws IOException {
    byte[] line = "{\"id\":\"x\",\"body\":\"caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1);
    read("latin1.jsonl", line, ReadLimits.defaults());
    assertThat(records, empty());
    assertThat(deadLetters.get(0).getReason(), equalTo("invalid_utf8"));
    assertThat(deadLetters.get(0).getError(), containsString("at byte 21"));
  }

  @Test
  public void binaryJunkIsRejected() throws IOException {
    byte[] junk = new byte[512];
    for (int i = 0; i < junk.length; i++) {
      junk[i] = (byte) (i % 32);
    }
    read("image.txt", junk, ReadLimits.defaults());
    assertThat(records, empty());
    assertThat(deadLetters.get(0).getReason(), equalTo("binary_content"));
  }

  @Test
  public void aJsonArrayIsOneRecordPerElement() throws IOException {
    read("batch.json", "[\n {\"id\":\"a\",\"body\":\"x\"},\n {\"id\":\"b\",\"body\":\"y\"}\n]");
    assertThat(records.size(), equalTo(2));
    assertThat(records.get(1).getText(), equalTo("{\"id\":\"b\",\"body\":\"y\"}"));
    assertThat(records.get(1).getOrigin().getLine(), equalTo(3L));
  }

  @Test
  public void aPrettyPrintedJsonFileIsOneRecord() throws IOException {
    read("ninjs.json", "{\n  \"uri\": \"a\",\n  \"body_text\": \"x\"\n}\n");
    assertThat(records.size(), equalTo(1));
    assertThat(records.get(0).getFormat(), equalTo(InputFormat.JSON_DOCUMENT));
    assertThat(records.get(0).getOrigin().getLine(), equalTo(1L));
  }

  @Test
  public void aJsonFileOfLinesIsReadAsLines() throws IOException {
    read("lines.json", "{\"id\":\"a\"}\n{\"id\":\"b\"}\n");
    assertThat(records.size(), equalTo(2));
  }

  @Test
  public void aFileOfUnknownKindIsSniffed() throws IOException {
    read("feed.log", "{\"id\":\"a\"}\n{\"id\":\"b\"}\n");
    read("page.html.dump", "Some page text\n");
    assertThat(records.stream().map(RawRecord::getFormat).toList(),
        contains(InputFormat.JSON_LINES, InputFormat.JSON_LINES, InputFormat.CAPTURE));
  }

  /** {@code length} copies of one byte, produced as they are read, never held. */
  private static final class RepeatingStream extends InputStream {
    private final byte value;
    private long remaining;

    RepeatingStream(byte value, long length) {
      this.value = value;
      this.remaining = length;
    }

    @Override
    public int read() {
      if (remaining == 0) {
        return -1;
      }
      remaining--;
      return value;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (remaining == 0) {
        return -1;
      }
      int n = (int) Math.min(length, remaining);
      java.util.Arrays.fill(buffer, offset, offset + n, value);
      remaining -= n;
      return n;
    }
  }
}
