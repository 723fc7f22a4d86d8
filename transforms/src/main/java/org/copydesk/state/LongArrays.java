package org.copydesk.state;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/** Length-prefixed {@code long[]} in the compact forms of the digests kept in state. */
public final class LongArrays {
  private LongArrays() {}

  public static void write(DataOutput out, long[] values) throws IOException {
    out.writeInt(values.length);
    for (long value : values) {
      out.writeLong(value);
    }
  }

  /** Reads what {@link #write} wrote, refusing a length beyond {@code max} as corrupt. */
  public static long[] read(DataInput in, int max, String what) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > max) {
      throw new IOException("corrupt " + what + ": array length " + n);
    }
    long[] values = new long[n];
    for (int i = 0; i < n; i++) {
      values[i] = in.readLong();
    }
    return values;
  }
}
