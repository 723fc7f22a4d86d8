package org.copydesk.state;

import static org.junit.Assert.assertArrayEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.junit.Test;

public class LongArraysTest {

  @Test
  public void writeValuesWritesAndReadValuesReadsWhatWriteLongWrites() throws IOException {
    long[] values = {0, 1, -1, Long.MIN_VALUE, Long.MAX_VALUE, 0x0102030405060708L};
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    DataOutputStream one = new DataOutputStream(expected);
    for (long v : values) {
      one.writeLong(v);
    }
    ByteArrayOutputStream actual = new ByteArrayOutputStream();
    LongArrays.writeValues(new DataOutputStream(actual), values);
    assertArrayEquals(expected.toByteArray(), actual.toByteArray());
    assertArrayEquals(values, LongArrays.readValues(
        new DataInputStream(new ByteArrayInputStream(expected.toByteArray())), values.length));
  }
}
