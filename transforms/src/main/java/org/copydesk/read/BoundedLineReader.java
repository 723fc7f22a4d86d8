package org.copydesk.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads lines of bytes, keeping at most {@code maxKeptBytes} of each while counting its full
 * length, so that a 50 MB line costs no more memory than the limit. Hand-written because the JDK
 * readers buffer a whole line before the caller can see its size.
 */
final class BoundedLineReader {
  private final InputStream in;
  private final int maxKeptBytes;
  private final byte[] buffer = new byte[64 * 1024];
  private int position;
  private int limit;
  private boolean endOfStream;

  private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
  private long lineLength;
  private long lineNumber;

  BoundedLineReader(InputStream in, int maxKeptBytes) {
    this.in = in;
    this.maxKeptBytes = maxKeptBytes;
  }

  /** Advances to the next line; false at the end of the input. */
  boolean next() throws IOException {
    kept.reset();
    lineLength = 0;
    boolean sawAnything = false;
    while (true) {
      if (position == limit) {
        if (endOfStream || !fill()) {
          if (sawAnything) {
            lineNumber++;
            dropCarriageReturn();
            return true;
          }
          return false;
        }
      }
      sawAnything = true;
      int start = position;
      while (position < limit && buffer[position] != '\n') {
        position++;
      }
      keep(start, position - start);
      if (position < limit) {
        position++; // the newline
        lineNumber++;
        dropCarriageReturn();
        return true;
      }
    }
  }

  /** The kept bytes of the current line, without its line terminator. */
  byte[] keptBytes() {
    return kept.toByteArray();
  }

  /** The current line's full length in bytes, kept or not. */
  long lineLength() {
    return lineLength;
  }

  boolean truncated() {
    return lineLength > kept.size();
  }

  /** 1-based number of the current line. */
  long lineNumber() {
    return lineNumber;
  }

  private void keep(int start, int length) {
    lineLength += length;
    int room = maxKeptBytes - kept.size();
    if (room > 0) {
      kept.write(buffer, start, Math.min(room, length));
    }
  }

  private void dropCarriageReturn() {
    if (!truncated() && kept.size() > 0) {
      byte[] bytes = kept.toByteArray();
      if (bytes[bytes.length - 1] == '\r') {
        kept.reset();
        kept.write(bytes, 0, bytes.length - 1);
        lineLength--;
      }
    }
  }

  private boolean fill() throws IOException {
    int read = in.read(buffer);
    if (read <= 0) {
      endOfStream = true;
      position = limit = 0;
      return false;
    }
    position = 0;
    limit = read;
    return true;
  }
}
