package org.copydesk.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.copydesk.story.DeadLetter;
import org.copydesk.story.DeadLetter.Reason;
import org.copydesk.story.Origin;

/**
 * Splits one input file into records and checks each as text: size, UTF-8, binary junk. Every
 * record comes out either as a {@link RawRecord} or as a {@link DeadLetter}; nothing is dropped
 * except blank lines between JSON records.
 */
public final class RecordReader {
  /** Receives what the reader finds. */
  public interface Sink {
    void record(RawRecord record);

    void deadLetter(DeadLetter deadLetter);
  }

  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /** Share of control characters above which text is taken for binary junk. */
  private static final double MAX_CONTROL_SHARE = 0.01;

  private final ReadLimits limits;
  private final ObjectMapper json;

  public RecordReader(ReadLimits limits) {
    this.limits = limits;
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxStringLength((int) Math.min(Integer.MAX_VALUE, limits.maxRecordBytes()))
                    .build())
            .build();
    this.json = new ObjectMapper(factory);
  }

  /** Reads a whole file. {@code file} names it in origins; its suffix picks the format. */
  public void read(String file, long receivedMillis, InputStream stream, Sink sink)
      throws IOException {
    BufferedInputStream in = new BufferedInputStream(stream, 64 * 1024);
    skipByteOrderMark(in);
    InputFormat format = InputFormat.forFileName(file);
    if (format == null) {
      format = InputFormat.sniff(peekFirstNonBlank(in));
    }
    switch (format) {
      case CAPTURE:
        readWhole(Origin.wholeFile(file), InputFormat.CAPTURE, receivedMillis, in, sink);
        break;
      case JSON_LINES:
        readJsonLines(file, receivedMillis, in, sink);
        break;
      case JSON_DOCUMENT:
        readJsonDocument(file, receivedMillis, in, sink);
        break;
    }
  }

  /**
   * Reads one message of a stream (a Kafka record's value): one story object, the same contract as
   * one line of JSON Lines, checked the same way.
   */
  public void readMessage(Origin origin, long receivedMillis, byte[] message, Sink sink) {
    int start = startsWithByteOrderMark(message) ? UTF8_BOM.length : 0;
    byte[] kept = Arrays.copyOfRange(message, start, (int) Math.min(message.length,
        (long) start + recordLimit()));
    emit(origin, InputFormat.JSON_LINES, kept, message.length - start, receivedMillis, sink);
  }

  /** Reads the whole stream as one record, keeping at most the record limit of it. */
  private void readWhole(Origin origin, InputFormat format, long receivedMillis, InputStream in,
      Sink sink) throws IOException {
    byte[] kept = in.readNBytes(recordLimit());
    long size = kept.length + in.transferTo(OutputStream.nullOutputStream());
    emit(origin, format, kept, size, receivedMillis, sink);
  }

  private void readJsonLines(String file, long receivedMillis, InputStream in, Sink sink)
      throws IOException {
    BoundedLineReader lines = new BoundedLineReader(in, recordLimit());
    while (lines.next()) {
      byte[] line = lines.keptBytes();
      if (lines.lineLength() == 0 || isBlank(line)) {
        continue;
      }
      Origin origin = Origin.of(file, lines.lineNumber());
      emit(origin, InputFormat.JSON_LINES, line, lines.lineLength(), receivedMillis, sink);
    }
  }

  /**
   * A {@code .json} file holds an array of stories, a single (often pretty-printed) story, or is
   * JSON Lines after all. The first line tells: if it is a whole JSON value, the file is lines.
   */
  private void readJsonDocument(String file, long receivedMillis, BufferedInputStream in, Sink sink)
      throws IOException {
    int first = peekFirstNonBlank(in);
    if (first == '[') {
      readJsonArray(file, receivedMillis, in, sink);
      return;
    }
    in.mark(recordLimit() + 1);
    BoundedLineReader probe = new BoundedLineReader(in, recordLimit());
    boolean firstLineIsWhole = probe.next() && !probe.truncated() && isCompleteJson(probe.keptBytes());
    in.reset();
    if (firstLineIsWhole) {
      readJsonLines(file, receivedMillis, in, sink);
    } else {
      // One story object over several lines, as ninjs files often are.
      readWhole(Origin.of(file, 1), InputFormat.JSON_DOCUMENT, receivedMillis, in, sink);
    }
  }

  private void readJsonArray(String file, long receivedMillis, InputStream in, Sink sink)
      throws IOException {
    try (JsonParser parser = json.getFactory().createParser(in)) {
      parser.nextToken(); // START_ARRAY
      JsonToken token;
      while ((token = parser.nextToken()) != null && token != JsonToken.END_ARRAY) {
        long line = parser.currentTokenLocation().getLineNr();
        String element = json.writeValueAsString(parser.readValueAsTree());
        Origin origin = Origin.of(file, line);
        byte[] bytes = element.getBytes(StandardCharsets.UTF_8);
        emit(origin, InputFormat.JSON_DOCUMENT, bytes, bytes.length, receivedMillis, sink);
      }
    } catch (IOException e) {
      // The rest of a broken array cannot be split into records: it is one dead letter.
      sink.deadLetter(
          DeadLetter.of(Origin.wholeFile(file), Reason.MALFORMED_JSON,
              "malformed JSON array, the rest of the file was not read: " + firstLine(e.getMessage()),
              "", 0));
    }
  }

  private void emit(Origin origin, InputFormat format, byte[] kept, long size, long receivedMillis,
      Sink sink) {
    if (size > limits.maxRecordBytes()) {
      sink.deadLetter(DeadLetter.of(origin, Reason.TOO_LARGE,
          String.format("record of %,d bytes exceeds the limit of %,d bytes", size,
              limits.maxRecordBytes()),
          lossy(kept), size));
      return;
    }
    String text;
    try {
      text = strictUtf8(kept);
    } catch (MalformedInputException e) {
      sink.deadLetter(DeadLetter.of(origin, Reason.INVALID_UTF8,
          "invalid UTF-8 at byte " + firstInvalidByte(kept), lossy(kept), size));
      return;
    } catch (CharacterCodingException e) {
      sink.deadLetter(DeadLetter.of(origin, Reason.INVALID_UTF8, "invalid UTF-8: " + e,
          lossy(kept), size));
      return;
    }
    if (looksBinary(text)) {
      sink.deadLetter(DeadLetter.of(origin, Reason.BINARY_CONTENT,
          "binary content: NUL or control characters in text", printable(text), size));
      return;
    }
    sink.record(RawRecord.of(origin, format, text, receivedMillis));
  }

  private int recordLimit() {
    // One byte over the limit is enough to know a record is too large.
    return (int) Math.min(Integer.MAX_VALUE - 8, limits.maxRecordBytes() + 1);
  }

  private boolean isCompleteJson(byte[] line) {
    try (JsonParser parser = json.getFactory().createParser(line)) {
      parser.nextToken();
      parser.skipChildren();
      return parser.nextToken() == null;
    } catch (IOException e) {
      return false;
    }
  }

  private static String strictUtf8(byte[] bytes) throws CharacterCodingException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    return decoder.decode(ByteBuffer.wrap(bytes)).toString();
  }

  private static long firstInvalidByte(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    decoder.decode(in, out, true);
    return in.position();
  }

  private static boolean looksBinary(String text) {
    int control = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0) {
        return true;
      }
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
        control++;
      }
    }
    return control > text.length() * MAX_CONTROL_SHARE;
  }

  /** The raw text of a rejected record, safe to write into a JSON dead letter and to show. */
  private static String lossy(byte[] bytes) {
    int length = Math.min(bytes.length, DeadLetter.RAW_EXCERPT_CHARS * 4);
    return printable(new String(bytes, 0, length, StandardCharsets.UTF_8));
  }

  private static String printable(String text) {
    StringBuilder out = new StringBuilder(Math.min(text.length(), DeadLetter.RAW_EXCERPT_CHARS));
    for (int i = 0; i < text.length() && out.length() < DeadLetter.RAW_EXCERPT_CHARS; i++) {
      char c = text.charAt(i);
      out.append(c < 0x20 && c != '\t' && c != '\n' ? '\uFFFD' : c);
    }
    return out.toString();
  }

  private static boolean isBlank(byte[] line) {
    for (byte b : line) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  private static void skipByteOrderMark(BufferedInputStream in) throws IOException {
    in.mark(3);
    if (!startsWithByteOrderMark(in.readNBytes(3))) {
      in.reset();
    }
  }

  private static boolean startsWithByteOrderMark(byte[] bytes) {
    return Arrays.equals(bytes, 0, Math.min(bytes.length, UTF8_BOM.length), UTF8_BOM, 0,
        UTF8_BOM.length);
  }

  private static int peekFirstNonBlank(BufferedInputStream in) throws IOException {
    in.mark(64 * 1024);
    int b;
    int seen = 0;
    do {
      b = in.read();
      seen++;
    } while (b != -1 && seen < 64 * 1024 && (b == ' ' || b == '\t' || b == '\n' || b == '\r'));
    in.reset();
    return b;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unknown error";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
