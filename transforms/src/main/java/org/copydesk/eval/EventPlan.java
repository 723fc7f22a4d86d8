package org.copydesk.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Everything about event {@code i} that is needed to write any of its stories: a pure function of
 * (seed, i), recomputed whenever needed, so the generator keeps no per-story state.
 */
final class EventPlan {
  enum Relation { NONE, TWIN, FOLLOW_UP, SERIES }

  static final double P_TWIN_TEMPLATE_KINDS = 0.25;
  static final double P_TWIN_OTHER = 0.04;
  static final double P_FOLLOW_UP = 0.05;

  final int index;
  Kind kind;
  long entitySeed;
  long numberSeed;
  long templateSeed;
  Relation relation = Relation.NONE;
  int related = -1;
  long eventTime;
  Sources.Agency[] agencies;
  long[] originalTimes;
  /** Per member: agency slot, copy type ordinal (-1 for an original), copy number. */
  int[] memberSlot;
  int[] memberType;
  long[] memberTime;
  private Map<String, Object> facts;

  private EventPlan(int index) {
    this.index = index;
  }

  static long mix(long... parts) {
    long h = 0x9E3779B97F4A7C15L;
    for (long p : parts) {
      h ^= p;
      h *= 0xBF58476D1CE4E5B9L;
      h ^= h >>> 31;
      h *= 0x94D049BB133111EBL;
      h ^= h >>> 29;
    }
    return h;
  }

  static Random rng(long... parts) {
    return new Random(mix(parts));
  }

  private static final long BASE = 1, TIME = 2, AGENCIES = 3, COPIES = 4, SERIES_T = 5;

  /** The base draw of event i (before relations). */
  private static EventPlan base(long seed, int i) {
    EventPlan p = new EventPlan(i);
    Random r = rng(seed, BASE, i);
    p.kind = Kind.draw(r);
    p.entitySeed = r.nextLong();
    p.numberSeed = r.nextLong();
    p.templateSeed = r.nextLong();
    p.roll = r.nextDouble();
    p.daysBack = 2 + r.nextDouble() * 2;
    return p;
  }

  double roll;
  double daysBack;

  private static boolean twinnable(Kind k) {
    return k == Kind.PRICE_CHANGE || k == Kind.ACQUISITION || k == Kind.BRIEF || k == Kind.RESULTS;
  }

  private static boolean derivedRoll(EventPlan b, EventPlan prev) {
    double pTwin =
        prev == null ? 0 : twinnable(prev.kind) ? P_TWIN_TEMPLATE_KINDS : P_TWIN_OTHER;
    return b.roll < pTwin + P_FOLLOW_UP;
  }

  static EventPlan plan(long seed, int i, double intervalSeconds, long startEpoch) {
    EventPlan p = base(seed, i);
    EventPlan prev = i > 0 ? base(seed, i - 1) : null;
    double pTwin = prev == null ? 0 : twinnable(prev.kind) ? P_TWIN_TEMPLATE_KINDS : P_TWIN_OTHER;
    if (prev != null && p.roll < pTwin && prev.kind != Kind.MARKET_REPORT
        && !derivedRoll(prev, i > 1 ? base(seed, i - 2) : null)) {
      p.relation = Relation.TWIN;
      p.related = i - 1;
      p.kind = prev.kind;
      p.templateSeed = prev.templateSeed;
    } else if (p.roll >= pTwin && p.roll < pTwin + P_FOLLOW_UP) {
      int j = i - (int) Math.round(p.daysBack * 86400 / intervalSeconds);
      if (j >= 0) {
        EventPlan bj = base(seed, j);
        if (!derivedRoll(bj, j > 0 ? base(seed, j - 1) : null)
            && !Templates.BY_KIND.get(bj.kind).followLeads.isEmpty()) {
          p.relation = Relation.FOLLOW_UP;
          p.related = j;
          p.kind = bj.kind;
          p.entitySeed = bj.entitySeed;
        }
      }
    }
    if (p.kind == Kind.MARKET_REPORT) {
      // A daily report: the same template for every report on the same index.
      p.relation = Relation.SERIES;
      p.templateSeed = mix(seed, SERIES_T, p.facts().get("index").hashCode());
    }
    Random t = rng(seed, TIME, i);
    p.eventTime = startEpoch + (long) ((i + t.nextDouble()) * intervalSeconds);
    p.planAgencies();
    p.planMembers(seed);
    return p;
  }

  private void planAgencies() {
    Random r = rng(templateSeed, AGENCIES);
    double x = r.nextDouble();
    int n = kind.isBrief() ? (x < 0.7 ? 1 : 2)
        : x < 0.35 ? 1 : x < 0.60 ? 2 : x < 0.80 ? 3 : x < 0.92 ? 4 : 5;
    List<Sources.Agency> all = new ArrayList<>(List.of(Sources.Agency.values()));
    Collections.shuffle(all, r);
    agencies = all.subList(0, n).toArray(new Sources.Agency[0]);
  }

  private void planMembers(long seed) {
    Random r = rng(seed, COPIES, index, numberSeed);
    int a = agencies.length;
    originalTimes = new long[a];
    List<int[]> copies = new ArrayList<>();
    List<Long> times = new ArrayList<>();
    for (int s = 0; s < a; s++) {
      long delay = s == 0 ? (long) (r.nextDouble() * 1200)
          : r.nextDouble() < 0.85 ? 600 + (long) (r.nextDouble() * 6 * 3600)
          : 6 * 3600 + (long) (r.nextDouble() * 14 * 3600);
      originalTimes[s] = eventTime + delay;
    }
    for (int s = 0; s < a; s++) {
      int k = CopyType.drawCount(r);
      for (int c = 0; c < k; c++) {
        CopyType type = CopyType.draw(r);
        copies.add(new int[] {s, type.ordinal()});
        times.add(originalTimes[s] + copyDelay(type, r));
      }
    }
    int m = a + copies.size();
    memberSlot = new int[m];
    memberType = new int[m];
    memberTime = new long[m];
    for (int s = 0; s < a; s++) {
      memberSlot[s] = s;
      memberType[s] = -1;
      memberTime[s] = originalTimes[s];
    }
    for (int c = 0; c < copies.size(); c++) {
      memberSlot[a + c] = copies.get(c)[0];
      memberType[a + c] = copies.get(c)[1];
      memberTime[a + c] = times.get(c);
    }
  }

  /** Seconds after the original: minutes to hours, capped at 30 h. */
  static long copyDelay(CopyType type, Random r) {
    double d;
    switch (type) {
      case UPDATE:
        d = 1200 + r.nextDouble() * 4 * 3600;
        break;
      case CORRECTION:
        d = 1800 + r.nextDouble() * 8 * 3600;
        break;
      case HARDWRAP:
        d = 60 + r.nextDouble() * 3 * 3600;
        break;
      default:
        d = 180 - Math.log(1 - r.nextDouble()) * 2 * 3600;
    }
    return (long) Math.min(d, 30 * 3600);
  }

  static final long MAX_DELAY_SECONDS = 20 * 3600 + 30 * 3600;

  int members() {
    return memberSlot.length;
  }

  /** Facts of the event (entities, numbers, quotes); computed once per plan. */
  Map<String, Object> facts() {
    if (facts == null) {
      Map<String, Object> f = new HashMap<>();
      kind.entities(new Random(entitySeed), f);
      kind.numbers(new Random(numberSeed), f);
      facts = f;
    }
    return facts;
  }

  int slotOf(Sources.Agency a) {
    for (int s = 0; s < agencies.length; s++) {
      if (agencies[s] == a) {
        return s;
      }
    }
    return -1;
  }
}
