package org.copydesk.bench;

import com.dynatrace.hash4j.similarity.ElementHashProvider;
import com.dynatrace.hash4j.similarity.MinHashVersion;
import com.dynatrace.hash4j.similarity.SimilarityHasher;
import com.dynatrace.hash4j.similarity.SimilarityHashing;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.copydesk.fingerprint.Fingerprinter;
import org.copydesk.fingerprint.MinHasher;
import org.copydesk.testing.Seeds;
import org.copydesk.testing.Wire;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of the fingerprint stage, single thread, beside its floor.
 *
 * <p>Run (from the repository root; about 80 s):
 *
 * <pre>
 * mvn -B -q -o -Pbench -pl transforms test-compile dependency:build-classpath \
 *     -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.cp
 * cd transforms &amp;&amp; java -cp target/test-classes:target/classes:$(cat target/bench.cp) \
 *     org.openjdk.jmh.Main FingerprintBenchmark -wi 3 -w 3s -i 3 -r 3s -f 1
 * </pre>
 *
 * <p>The fingerprint stage as the job runs it (band keys and the verifier's digest), on the
 * generated corpus, beside the other stages: {@link StageBenchmark}, {@code src/bin/bench-stages}.
 *
 * <p>Every benchmark op processes the whole corpus (the five hand-cleaned seeds and the wire
 * fixtures); the {@code bytes} secondary metric is UTF-8 input bytes per second (÷ 10⁶ = MB/s).
 *
 * <p>Measured 2026-11-22 on the shared 2-core machine (load average 2–4 from other jobs, so the
 * error bars are wide): fingerprint 46.4 MB/s, floor 86.9 MB/s (fingerprint at 1.87× the floor's
 * cost); superMinHashOnly 19,500 ops/s vs classicMinHashOnly 2,400 ops/s.
 *
 * <ul>
 *   <li>{@code fingerprint}: {@code Fingerprinter.fingerprint} end to end (NFKC, tokenise, house
 *       style, 3-shingles, sort/unique, SuperMinHash 64 + lead 8 components, 36 band keys);
 *   <li>{@code floor}: tokenise the text, hash every token and every 3-shingle once (no
 *       normalisation rules, no sort, no MinHash);
 *   <li>{@code superMinHashOnly} / {@code classicMinHashOnly}: the signature step alone on
 *       precomputed shingles, 64 components, to justify the choice of SuperMinHash.
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class FingerprintBenchmark {

  private List<List<String>> corpus;
  private long corpusBytes;
  private Fingerprinter fingerprinter;
  private Floor floor;
  private long[][] shingles;
  private MinHasher superMinHash;
  private SimilarityHasher classicMinHash;

  @Setup(Level.Trial)
  public void setup() {
    corpus = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      corpus.add(Seeds.body(i));
    }
    corpus.add(Wire.TEXACO);
    corpus.add(Wire.TEXACO_UPDATE);
    corpus.add(Wire.TEXACO_UK_STYLE);
    corpus.add(Wire.SUN);
    corpus.add(Wire.API_WEEK_1);
    corpus.add(Wire.BRIEF_ACME);
    for (List<String> s : corpus) {
      for (String p : s) {
        corpusBytes += p.getBytes(StandardCharsets.UTF_8).length;
      }
    }
    fingerprinter = new Fingerprinter();
    floor = new Floor();
    shingles = new long[corpus.size()][];
    for (int i = 0; i < corpus.size(); i++) {
      shingles[i] = fingerprinter.fingerprint(corpus.get(i)).shingles();
    }
    superMinHash = new MinHasher(64);
    classicMinHash = SimilarityHashing.minHash(64, 32, MinHashVersion.V1).createHasher();
  }

  /** Counts input bytes; JMH reports it as a rate. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Bytes {
    public long bytes;
  }

  @Benchmark
  public void fingerprint(Bytes b, Blackhole bh) {
    for (List<String> story : corpus) {
      bh.consume(fingerprinter.fingerprint(story));
    }
    b.bytes += corpusBytes;
  }

  @Benchmark
  public void floor(Bytes b, Blackhole bh) {
    for (List<String> story : corpus) {
      bh.consume(floor.hash(story));
    }
    b.bytes += corpusBytes;
  }

  @Benchmark
  public void superMinHashOnly(Blackhole bh) {
    for (long[] s : shingles) {
      bh.consume(superMinHash.signature(s, s.length));
    }
  }

  @Benchmark
  public void classicMinHashOnly(Blackhole bh) {
    for (long[] s : shingles) {
      bh.consume(classicMinHash.compute(ElementHashProvider.ofValues(s)));
    }
  }
}
