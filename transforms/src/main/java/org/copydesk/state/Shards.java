package org.copydesk.state;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;

/**
 * State keys for stages whose natural key (a story id) has millions of values. Each such
 * stage keys its state by a shard and keeps a map per shard instead: runners pay per key (the
 * Direct Runner runs each key in a bundle of its own and copies its state per bundle; Flink keeps
 * timers per key).
 */
public final class Shards {
  /**
   * Shards per stage. Two is what the Direct Runner on two cores does best with (500 stories:
   * 21 s with 2 shards, 45 s with 8, 90 s with 64); a real runner on many workers wants more.
   */
  public static final int DEFAULT = 2;

  private Shards() {}

  public static int of(String key, int shards) {
    return Math.floorMod(
        Hashing.murmur3_32_fixed().hashString(key, StandardCharsets.UTF_8).asInt(), shards);
  }
}
