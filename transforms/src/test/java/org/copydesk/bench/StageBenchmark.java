package org.copydesk.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.copydesk.assign.Assignment;
import org.copydesk.assign.Membership;
import org.copydesk.clean.BoilerplateConfig;
import org.copydesk.clean.BoilerplateModel;
import org.copydesk.clean.PageChrome;
import org.copydesk.consolidate.CanonicalPolicy;
import org.copydesk.consolidate.ClusterView;
import org.copydesk.consolidate.ClusterViews;
import org.copydesk.fingerprint.Fingerprint;
import org.copydesk.fingerprint.FingerprintStories;
import org.copydesk.fingerprint.Fingerprinter;
import org.copydesk.fingerprint.StoryPrint;
import org.copydesk.parse.ParseStories;
import org.copydesk.parse.RejectedInputException;
import org.copydesk.read.InputFormat;
import org.copydesk.read.RawRecord;
import org.copydesk.read.ReadLimits;
import org.copydesk.story.Origin;
import org.copydesk.story.Story;
import org.copydesk.verify.CopyVerdict;
import org.copydesk.verify.CopyVerifier;
import org.copydesk.verify.StoryDigest;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Throughput of each stage's per-story work, single thread, beside the floor ({@link Floor}) in
 * the same run: {@code src/bin/bench-stages} runs it and prints the table ({@link StageTable}).
 *
 * <p>Input is the generated corpus ({@code testdata/corpus}, 2,000 stories), each stage fed what
 * the one before it emits. An op is one story (one pair for verify, one story cluster for align),
 * taken in corpus order, round and round. The {@code bytes} secondary metric is UTF-8 bytes of the
 * stage's input per second, {@code cpuNanos} the thread's CPU time per second (see {@link
 * Counters}):
 *
 * <ul>
 *   <li>{@code floor}: tokenise a cleaned body, hash every token and 3-shingle once;
 *   <li>{@code parse}: {@code ParseStories.parse} of a JSON line (bytes: the line);
 *   <li>{@code clean}: page chrome, then the learned boilerplate of the story's source, the models
 *       learning from the corpus in order as {@code CleanStories} does (bytes: the parsed body);
 *   <li>{@code fingerprint}: {@code FingerprintStories.print}, i.e. MinHash band keys and the
 *       serialized {@code StoryDigest} (bytes: the cleaned body); {@code fingerprintSignature} and
 *       {@code fingerprintDigest} are its two halves;
 *   <li>{@code verify}: {@code CopyVerifier.verify} of a pair the candidate index would hand it
 *       (stories within 72 h sharing 2 of their 36 LSH buckets, the job's defaults: 8,961 pairs,
 *       2,833 of them true copies), digests decoded beforehand as {@code CopyJudge} caches them
 *       (bytes: both bodies);
 *   <li>{@code align}: {@code ClusterViews.build} of a true story cluster of two or more members
 *       (305 of them), what consolidate computes for a cluster: canonicals, each member's
 *       divergences (sentence alignment, word diffs) and aligned facts, its verifier score
 *       (bytes: all members' bodies).
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class StageBenchmark {

  private static final Path CORPUS = Path.of("..", "testdata", "corpus");
  private static final long HORIZON_MILLIS = TimeUnit.HOURS.toMillis(72);
  private static final int MIN_SHARED_BANDS = 2;
  private static final ReadLimits LIMITS = ReadLimits.defaults();
  private static final BoilerplateConfig BOILERPLATE = BoilerplateConfig.defaults();

  private final Fingerprinter fingerprinter = new Fingerprinter();
  private final CopyVerifier verifier = new CopyVerifier();
  private final Floor floor = new Floor();
  private final Map<String, BoilerplateModel> models = new HashMap<>();
  private int next;

  /**
   * Input bytes and the thread's CPU time, which JMH reports as rates: bytes per second, and CPU
   * nanoseconds per second. On a shared machine the thread gets only part of a core, so bytes per
   * CPU second (their ratio) says more of the code than bytes per second of wall time.
   */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Counters {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public long bytes;
    public long cpuNanos;
    private long cpuAtStart;

    @Setup(Level.Iteration)
    public void start() {
      cpuAtStart = THREADS.getCurrentThreadCpuTime();
    }

    @TearDown(Level.Iteration)
    public void stop() {
      cpuNanos = THREADS.getCurrentThreadCpuTime() - cpuAtStart;
    }
  }

  /** The corpus as the read stage emits it. Each input is set up only for the stages that use it. */
  @State(Scope.Thread)
  public static class Records {
    final List<RawRecord> records = new ArrayList<>();
    long[] bytes;

    @Setup(Level.Trial)
    public void setup() throws IOException {
      List<String> lines =
          Files.readAllLines(CORPUS.resolve("stories.jsonl"), StandardCharsets.UTF_8);
      bytes = new long[lines.size()];
      for (int i = 0; i < lines.size(); i++) {
        records.add(RawRecord.of(Origin.of("stories.jsonl", i + 1), InputFormat.JSON_LINES,
            lines.get(i), 0));
        bytes[i] = lines.get(i).getBytes(StandardCharsets.UTF_8).length;
      }
    }
  }

  /** As the parse stage emits it. */
  @State(Scope.Thread)
  public static class Parsed {
    final List<Story> stories = new ArrayList<>();
    long[] bytes;

    @Setup(Level.Trial)
    public void setup(Records in) throws RejectedInputException {
      for (RawRecord r : in.records) {
        stories.add(ParseStories.parse(r, LIMITS));
      }
      bytes = stories.stream().mapToLong(StageBenchmark::bytes).toArray();
    }
  }

  /** As the clean stage emits it. */
  @State(Scope.Thread)
  public static class Cleaned {
    final List<Story> stories = new ArrayList<>();
    long[] bytes;

    @Setup(Level.Trial)
    public void setup(Parsed in) {
      Map<String, BoilerplateModel> models = new HashMap<>();
      for (Story story : in.stories) {
        Story cleaned = clean(story, models);
        if (cleaned != null) {
          stories.add(cleaned);
        }
      }
      bytes = stories.stream().mapToLong(StageBenchmark::bytes).toArray();
    }
  }

  /** What the candidate index hands the verifier. */
  @State(Scope.Thread)
  public static class Pairs {
    StoryDigest[][] pairs;
    long[] bytes;

    /**
     * Pairs each story with the earlier ones within the horizon that share at least two of its LSH
     * buckets, as the index does.
     */
    @Setup(Level.Trial)
    public void setup(Cleaned in) {
      Fingerprinter fingerprinter = new Fingerprinter();
      List<Story> stories = in.stories;
      StoryDigest[] digests = new StoryDigest[stories.size()];
      Map<Long, List<Integer>> buckets = new HashMap<>();
      List<int[]> found = new ArrayList<>();
      for (int i = 0; i < stories.size(); i++) {
        digests[i] = StoryDigest.of(stories.get(i));
        long at = stories.get(i).getEventMillis();
        Map<Integer, Integer> meetings = new HashMap<>();
        for (long key : fingerprinter.fingerprint(stories.get(i).getParagraphs()).bandKeys()) {
          List<Integer> bucket = buckets.computeIfAbsent(key, k -> new ArrayList<>());
          for (int j : bucket) {
            if (at - stories.get(j).getEventMillis() <= HORIZON_MILLIS) {
              meetings.merge(j, 1, Integer::sum);
            }
          }
          bucket.add(i);
        }
        for (Map.Entry<Integer, Integer> m : meetings.entrySet()) {
          if (m.getValue() >= MIN_SHARED_BANDS) {
            found.add(new int[] {i, m.getKey()});
          }
        }
      }
      pairs = new StoryDigest[found.size()][];
      bytes = new long[found.size()];
      for (int k = 0; k < found.size(); k++) {
        int[] p = found.get(k);
        pairs[k] = new StoryDigest[] {digests[p[0]], digests[p[1]]};
        bytes[k] = in.bytes[p[0]] + in.bytes[p[1]];
      }
    }
  }

  /** The truth's story clusters of two or more members, as consolidate sees them. */
  @State(Scope.Thread)
  public static class Clusters {
    final List<List<Assignment>> clusters = new ArrayList<>();
    long[] bytes;

    @Setup(Level.Trial)
    public void setup(Cleaned in) throws IOException {
      Map<String, Story> byId = new HashMap<>();
      in.stories.forEach(s -> byId.put(s.getId(), s));
      Map<String, List<Assignment>> byCluster = new LinkedHashMap<>();
      Map<String, String> firstOfCopy = new HashMap<>();
      List<String> truth = Files.readAllLines(CORPUS.resolve("truth.tsv"), StandardCharsets.UTF_8);
      for (String row : truth.subList(1, truth.size())) {
        String[] f = row.split("\t");
        Story story = byId.get(f[0]);
        if (story == null) {
          continue;
        }
        String first = firstOfCopy.putIfAbsent(f[1], f[0]);
        Membership m = first == null
            ? Membership.of(f[0], f[1], f[2], null, 1, "first of its cluster", List.of(), 0)
            : Membership.of(f[0], f[1], f[2], first, 1, "a copy", List.of(), 0);
        byCluster.computeIfAbsent(f[2], k -> new ArrayList<>()).add(Assignment.of(story, m));
      }
      byCluster.values().stream().filter(m -> m.size() > 1).forEach(clusters::add);
      bytes = new long[clusters.size()];
      for (int i = 0; i < clusters.size(); i++) {
        for (Assignment a : clusters.get(i)) {
          bytes[i] += bytes(a.getStory());
        }
      }
    }
  }

  @Benchmark
  public long floor(Cleaned in, Counters c) {
    int i = next(in.stories.size());
    c.bytes += in.bytes[i];
    return floor.hash(in.stories.get(i).getParagraphs());
  }

  @Benchmark
  public Story parse(Records in, Counters c) throws RejectedInputException {
    int i = next(in.records.size());
    c.bytes += in.bytes[i];
    return ParseStories.parse(in.records.get(i), LIMITS);
  }

  @Benchmark
  public Story clean(Parsed in, Counters c) {
    int i = next(in.stories.size());
    if (i == 0) {
      models.clear(); // the corpus again: learn it again from the start
    }
    c.bytes += in.bytes[i];
    return clean(in.stories.get(i), models);
  }

  @Benchmark
  public StoryPrint fingerprint(Cleaned in, Counters c) {
    int i = next(in.stories.size());
    c.bytes += in.bytes[i];
    return FingerprintStories.print(in.stories.get(i), fingerprinter);
  }

  @Benchmark
  public Fingerprint fingerprintSignature(Cleaned in, Counters c) {
    int i = next(in.stories.size());
    c.bytes += in.bytes[i];
    return fingerprinter.fingerprint(in.stories.get(i).getParagraphs());
  }

  @Benchmark
  public StoryDigest fingerprintDigest(Cleaned in, Counters c) {
    int i = next(in.stories.size());
    c.bytes += in.bytes[i];
    return StoryDigest.of(in.stories.get(i));
  }

  @Benchmark
  public CopyVerdict verify(Pairs in, Counters c) {
    int i = next(in.pairs.length);
    c.bytes += in.bytes[i];
    return verifier.verify(in.pairs[i][0], in.pairs[i][1]);
  }

  @Benchmark
  public ClusterView align(Clusters in, Counters c) {
    int i = next(in.clusters.size());
    c.bytes += in.bytes[i];
    List<Assignment> members = in.clusters.get(i);
    return ClusterViews.build(members.get(0).getStoryCluster(), 1, members,
        CanonicalPolicy.defaults());
  }

  /** The next item of n, round and round. */
  private int next(int n) {
    int i = next;
    next = i + 1 == n ? 0 : i + 1;
    return i;
  }

  /** As {@code CleanStories} does it: chrome, then the source's boilerplate; null if nothing is left. */
  private static Story clean(Story story, Map<String, BoilerplateModel> models) {
    List<String> kept = PageChrome.strip(story.getParagraphs()).kept();
    String source = story.getSource();
    if (source != null) {
      BoilerplateModel model = models.computeIfAbsent(source.strip().toLowerCase(Locale.ROOT),
          s -> new BoilerplateModel(BOILERPLATE));
      model.observe(kept);
      kept = model.strip(kept);
    }
    return kept.isEmpty() ? null : story.toBuilder().setParagraphs(kept).build();
  }

  /** UTF-8 bytes of a story's body. */
  private static long bytes(Story story) {
    long n = 0;
    for (String p : story.getParagraphs()) {
      n += p.getBytes(StandardCharsets.UTF_8).length;
    }
    return n;
  }
}
