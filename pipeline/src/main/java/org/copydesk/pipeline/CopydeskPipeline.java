package org.copydesk.pipeline;

import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.WithFailures;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PDone;
import org.copydesk.read.RawRecord;
import org.copydesk.read.ReadLimits;
import org.copydesk.story.DeadLetter;
import org.joda.time.Duration;

/**
 * Wires the copydesk job: a source, the flow ({@link CopydeskFlow}), a sink. The options choose
 * them: stories from a Kafka topic ({@code --inputTopic}), from a watched directory ({@code
 * --watch}) or from files read once (the default); output to Kafka topics ({@code --outputTopic})
 * or to files in {@code --output}, one per output in a batch, windowed in a stream. An unbounded
 * source makes the job a stream.
 */
final class CopydeskPipeline {
  static final int DEFAULT_WATCH_SECONDS = 10;

  private CopydeskPipeline() {}

  /** The source the options name; checks local input paths, so that a typo is a usage error. */
  static PTransform<PBegin, WithFailures.Result<PCollection<RawRecord>, DeadLetter>> source(
      CopydeskOptions options) throws UsageException {
    ReadLimits limits = ReadLimits.of(options.getMaxBodyBytes());
    if (options.getInputTopic() != null) {
      options.setStreaming(true);
      return new KafkaSource(options.getKafkaBootstrap(), options.getInputTopic(),
          options.getConsumerGroup(), Duration.standardMinutes(options.getMaxOutOfOrderMinutes()),
          limits);
    }
    InputPaths inputs = InputPaths.resolve(options.getInput());
    if (options.getWatch() || options.getWatchIntervalSeconds() != null) {
      options.setStreaming(true);
      int seconds = options.getWatchIntervalSeconds() == null
          ? DEFAULT_WATCH_SECONDS
          : options.getWatchIntervalSeconds();
      return FileSource.watching(inputs, limits, Duration.standardSeconds(seconds));
    }
    return FileSource.once(inputs, limits);
  }

  /** Builds the job from {@code source} into {@code pipeline}. */
  static void build(Pipeline pipeline, CopydeskOptions options,
      PTransform<PBegin, WithFailures.Result<PCollection<RawRecord>, DeadLetter>> source) {
    WithFailures.Result<PCollection<RawRecord>, DeadLetter> read = pipeline.apply("Read", source);
    PCollectionTuple outputs = Pipeline.applyTransform("Flow", read, new CopydeskFlow(options));
    outputs.apply("Write", sink(options, read.output().isBounded() == PCollection.IsBounded.BOUNDED));
  }

  private static PTransform<PCollectionTuple, PDone> sink(CopydeskOptions options, boolean bounded) {
    if (options.getOutputTopic() != null) {
      return new KafkaSink(options.getKafkaBootstrap(), options.getOutputTopic(),
          options.getDeadLetterTopic());
    }
    return bounded
        ? FileSink.batch(options.getOutput())
        : FileSink.windowed(options.getOutput(), Duration.standardSeconds(options.getWindowSeconds()),
            options.getFileShards());
  }
}
