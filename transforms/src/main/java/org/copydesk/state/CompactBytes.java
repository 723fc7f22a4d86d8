package org.copydesk.state;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The byte arrays of the compact forms ({@code writeTo(DataOutput)} / {@code readFrom(DataInput)})
 * that digests and statistics take in state and between stages.
 */
public final class CompactBytes {
  /** Something with a compact form: {@code digest::writeTo}. */
  public interface Writer {
    void writeTo(DataOutput out) throws IOException;
  }

  /** How to read one back: {@code StoryDigest::readFrom}. */
  public interface Reader<T> {
    T readFrom(DataInput in) throws IOException;
  }

  private CompactBytes() {}

  public static byte[] of(Writer value) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      value.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory cannot fail", e);
    }
    return bytes.toByteArray();
  }

  /** Reads {@code bytes} this job wrote; {@code what} names them in the error when they are bad. */
  public static <T> T read(byte[] bytes, Reader<T> reader, String what) {
    try {
      return reader.readFrom(new DataInputStream(new ByteArrayInputStream(bytes)));
    } catch (IOException e) {
      throw new UncheckedIOException(what + " written by this job cannot be read", e);
    }
  }
}
