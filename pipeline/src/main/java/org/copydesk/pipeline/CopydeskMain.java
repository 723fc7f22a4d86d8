package org.copydesk.pipeline;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.runners.flink.FlinkPipelineOptions;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.WithFailures;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.copydesk.read.RawRecord;
import org.copydesk.story.DeadLetter;
import org.joda.time.Duration;

/**
 * The copydesk job's command line. Exit status: 0 when the run completed (dead letters included),
 * 2 for a usage error, 1 otherwise.
 */
public final class CopydeskMain {
  static final int OK = 0;
  static final int FAILED = 1;
  static final int USAGE = 2;

  private CopydeskMain() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the job; returns the exit status instead of exiting, so that tests can call it. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    CopydeskOptions options;
    PTransform<PBegin, WithFailures.Result<PCollection<RawRecord>, DeadLetter>> source;
    try {
      options = parse(args);
      source = CopydeskPipeline.source(options);
    } catch (UsageException e) {
      err.println("copydesk: " + e.getMessage());
      err.println("copydesk: see --help=" + CopydeskOptions.class.getName() + " for the options");
      return USAGE;
    }
    try {
      Pipeline pipeline = Pipeline.create(options);
      CopydeskPipeline.build(pipeline, options, source);
      PipelineResult result = pipeline.run();
      FeedStatus status = new FeedStatus(err,
          options.getStatusFile() == null ? null : Paths.get(options.getStatusFile()));
      try (MetricsPush push = MetricsPush.start(result, options, err)) {
        waitWithProgress(result, options.getProgressSeconds(), status);
      }
      if (result.getState() != PipelineResult.State.DONE) {
        err.println("copydesk: the job ended in state " + result.getState());
        return FAILED;
      }
      RunSummary summary = RunSummary.finished(result);
      status.finished(summary);
      out.print(summary.render(options.getOutput()));
      return OK;
    } catch (RuntimeException e) {
      err.println("copydesk: the job failed: " + e);
      e.printStackTrace(err);
      return FAILED;
    }
  }

  static CopydeskOptions parse(String[] args) throws UsageException {
    PipelineOptionsFactory.register(CopydeskOptions.class);
    CopydeskOptions options;
    try {
      options = PipelineOptionsFactory.fromArgs(args).withValidation().as(CopydeskOptions.class);
    } catch (IllegalArgumentException e) {
      throw new UsageException(badFlag(args) + e.getMessage().lines().findFirst().orElse(""));
    }
    if (options.getMaxBodyBytes() <= 0) {
      throw new UsageException("--maxBodyBytes must be positive, was " + options.getMaxBodyBytes());
    }
    if (options.getHorizonHours() <= 0) {
      throw new UsageException("--horizonHours must be positive, was " + options.getHorizonHours());
    }
    if (options.getBoilerplateMinStories() < 2) {
      throw new UsageException(
          "--boilerplateMinStories must be at least 2, was " + options.getBoilerplateMinStories());
    }
    if (options.getBoilerplateCapacity() <= 0) {
      throw new UsageException(
          "--boilerplateCapacity must be positive, was " + options.getBoilerplateCapacity());
    }
    if (options.getMinSharedBands() < 1) {
      throw new UsageException("--minSharedBands must be at least 1, was " + options.getMinSharedBands());
    }
    if (options.getMaxBucketSize() < 2) {
      throw new UsageException("--maxBucketSize must be at least 2, was " + options.getMaxBucketSize());
    }
    try {
      CopydeskFlow.fingerprintConfig(options);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new UsageException("--shingleSize, --bands and --rows do not fit together: " + e.getMessage());
    }
    if (options.getProgressSeconds() < 0) {
      throw new UsageException("--progressSeconds must not be negative");
    }
    if (options.getStatusFile() != null) {
      Path parent = Paths.get(options.getStatusFile()).toAbsolutePath().getParent();
      if (!Files.isDirectory(parent)) {
        throw new UsageException("--statusFile: no directory " + parent);
      }
    }
    if (options.getMetricsPushPeriod() == null || options.getMetricsPushPeriod() <= 0) {
      throw new UsageException("--metricsPushPeriod must be positive");
    }
    if (options.getMetricsSink() == HttpMetricsSink.class && options.getMetricsHttpSinkUrl() == null) {
      throw new UsageException("--metricsSink=" + HttpMetricsSink.class.getName()
          + " needs --metricsHttpSinkUrl=http://host:port/path");
    }
    checkStreamFlags(options);
    checkSavepointPath(options);
    DirectOptions direct = options.as(DirectOptions.class);
    // Return from run() at once, so that progress can be reported while the job runs.
    direct.setBlockOnRun(false);
    // The Direct Runner's checks that DoFns do not mutate their input cost more than the job
    // itself (they walk the pipeline for every bundle); tests keep them, a run turns them off
    // unless asked for.
    if (Arrays.stream(args).noneMatch(a -> a.startsWith("--enforceImmutability"))) {
      direct.setEnforceImmutability(false);
    }
    if (Arrays.stream(args).noneMatch(a -> a.startsWith("--enforceEncodability"))) {
      direct.setEnforceEncodability(false);
    }
    return options;
  }

  private static void checkStreamFlags(CopydeskOptions options) throws UsageException {
    boolean watch = options.getWatch() || options.getWatchIntervalSeconds() != null;
    if (options.getInputTopic() != null && watch) {
      throw new UsageException("--inputTopic and --watch exclude each other: read a topic or watch --input");
    }
    if ((options.getInputTopic() != null || options.getOutputTopic() != null)
        && options.getKafkaBootstrap() == null) {
      throw new UsageException("--inputTopic and --outputTopic need --kafkaBootstrap=host:port");
    }
    if ((options.getOutputTopic() == null) != (options.getDeadLetterTopic() == null)) {
      throw new UsageException("--outputTopic and --deadLetterTopic go together: give both or neither");
    }
    if (options.getWatchIntervalSeconds() != null && options.getWatchIntervalSeconds() <= 0) {
      throw new UsageException(
          "--watchIntervalSeconds must be positive, was " + options.getWatchIntervalSeconds());
    }
    if (options.getMaxOutOfOrderMinutes() < 0) {
      throw new UsageException(
          "--maxOutOfOrderMinutes must not be negative, was " + options.getMaxOutOfOrderMinutes());
    }
    if (options.getWindowSeconds() <= 0) {
      throw new UsageException("--windowSeconds must be positive, was " + options.getWindowSeconds());
    }
    if (options.getFileShards() <= 0) {
      throw new UsageException("--fileShards must be positive, was " + options.getFileShards());
    }
  }

  /**
   * Beam 2.70's Flink runner restores from {@code --savepointPath} only when it submits to a
   * cluster; its embedded cluster would ignore the flag and start with empty state, reading on from
   * the committed offsets: the clusters and remembered ids of the savepoint silently lost.
   */
  private static void checkSavepointPath(CopydeskOptions options) throws UsageException {
    FlinkPipelineOptions flink = options.as(FlinkPipelineOptions.class);
    if (flink.getSavepointPath() != null && flink.getFlinkMaster().startsWith("[")) {
      throw new UsageException("--savepointPath needs --flinkMaster=host:port; Flink's embedded "
          + "cluster restores from execution.savepoint.path in the config.yaml of --flinkConfDir");
    }
  }

  /** Names the first argument that fails alone, since Beam's messages do not always say which. */
  private static String badFlag(String[] args) {
    for (String arg : args) {
      try {
        PipelineOptionsFactory.fromArgs(arg).as(CopydeskOptions.class);
      } catch (IllegalArgumentException e) {
        return "bad flag " + arg + ": ";
      }
    }
    return "";
  }

  private static void waitWithProgress(PipelineResult result, int progressSeconds,
      FeedStatus status) {
    if (progressSeconds == 0) {
      result.waitUntilFinish();
      return;
    }
    while (true) {
      PipelineResult.State state = result.waitUntilFinish(Duration.standardSeconds(progressSeconds));
      if (state != null && state.isTerminal()) {
        return;
      }
      status.progress(RunSummary.sofar(result));
    }
  }
}
