package org.copydesk.fingerprint;

import java.util.Arrays;

/** A minimal growable {@code long[]} (no boxing), reused across calls on the hot path. */
public final class LongList {
  private long[] a;
  private int size;

  public LongList() {
    this(256);
  }

  public LongList(int capacity) {
    a = new long[Math.max(4, capacity)];
  }

  public void add(long v) {
    if (size == a.length) {
      a = Arrays.copyOf(a, a.length * 2);
    }
    a[size++] = v;
  }

  public long get(int i) {
    return a[i];
  }

  public void set(int i, long v) {
    a[i] = v;
  }

  public int size() {
    return size;
  }

  public void clear() {
    size = 0;
  }

  public void truncate(int newSize) {
    size = Math.min(size, newSize);
  }

  /** The backing array; only {@code [0, size())} is meaningful. */
  public long[] array() {
    return a;
  }

  public long[] toArray() {
    return Arrays.copyOf(a, size);
  }
}
