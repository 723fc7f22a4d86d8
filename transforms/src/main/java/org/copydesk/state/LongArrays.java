package org.copydesk.state;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.ByteBuffer;

/** Length-prefixed {@code long[]} in the compact forms of the digests kept in state. */
public final class LongArrays {
  private LongArrays() {}

  public static void write(DataOutput out, long[] values) throws IOException {
    out.writeInt(values.length);
    writeValues(out, values);
  }

  /**
   * The values alone, big-endian as {@link DataOutput#writeLong} writes them, in one write: a
   * {@code writeLong} each was 7% of the fingerprint stage.
   */
  public static void writeValues(DataOutput out, long[] values) throws IOException {
    ByteBuffer bytes = ByteBuffer.allocate(Long.BYTES * values.length);
    bytes.asLongBuffer().put(values);
    out.write(bytes.array());
  }

  /** Reads what {@link #write} wrote, refusing a length beyond {@code max} as corrupt. */
  public static long[] read(DataInput in, int max, String what) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > max) {
      throw new IOException("corrupt " + what + ": array length " + n);
    }
    return readValues(in, n);
  }

  /** {@code n} values as {@link #writeValues} wrote them, in one read, for the same reason. */
  public static long[] readValues(DataInput in, int n) throws IOException {
    byte[] bytes = new byte[Long.BYTES * n];
    in.readFully(bytes);
    long[] values = new long[n];
    ByteBuffer.wrap(bytes).asLongBuffer().get(values);
    return values;
  }
}
