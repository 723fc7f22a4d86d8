package org.copydesk.state;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;

/**
 * State keys for stages whose natural key (a story id, a band key, a pair) has millions of
 * values. Each such stage keys its state by a shard and keeps a map per shard instead: runners pay
 * per key (the Direct Runner runs each key in a bundle of its own, Flink keeps a timer per key),
 * and a few hundred shards keep all cores busy.
 */
public final class Shards {
  /** Default number of shards: enough to spread over many workers, few enough to be cheap. */
  public static final int DEFAULT = 2;

  private Shards() {}

  public static int of(String key, int shards) {
    return Math.floorMod(Hashing.murmur3_32_fixed().hashString(key, StandardCharsets.UTF_8).asInt(), shards);
  }

  public static int of(long key, int shards) {
    return Math.floorMod(Hashing.murmur3_32_fixed().hashLong(key).asInt(), shards);
  }
}
