package org.copydesk.pipeline;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.apache.beam.sdk.io.kafka.KafkaIO;
import org.apache.beam.sdk.io.kafka.KafkaRecord;
import org.apache.beam.sdk.io.kafka.TimestampPolicy;
import org.apache.beam.sdk.io.kafka.TimestampPolicyFactory;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithFailures;
import org.apache.beam.sdk.transforms.windowing.BoundedWindow;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.copydesk.monitor.FeedMetrics;
import org.copydesk.parse.JsonStoryReader;
import org.copydesk.read.RawRecord;
import org.copydesk.read.ReadLimits;
import org.copydesk.read.RecordReader;
import org.copydesk.story.DeadLetter;
import org.copydesk.story.Origin;
import org.joda.time.Duration;
import org.joda.time.Instant;

/**
 * Stories from a Kafka topic, one JSON story per message (the contract of one JSON Lines line),
 * checked like a line of a file. A message's origin is {@code topic/partition/offset}; it was
 * received at its Kafka timestamp.
 *
 * <p>The consumer group's offsets are committed only when the runner finalizes a checkpoint
 * ({@code commitOffsetsInFinalize}), never by the consumer on its own clock, so that a restarted
 * job goes on from what the runner has made durable.
 *
 * <p>Event time is the story's {@code published} time, else the message's timestamp, the same
 * time the parse stage places the story at; see {@link StoryTime} for the watermark.
 */
final class KafkaSource extends PTransform<PBegin, WithFailures.Result<PCollection<RawRecord>, DeadLetter>> {
  private static final TupleTag<RawRecord> RECORDS = new TupleTag<RawRecord>() {};
  private static final TupleTag<DeadLetter> DEAD_LETTERS = new TupleTag<DeadLetter>() {};

  private final String bootstrap;
  private final String topic;
  private final String consumerGroup;
  private final Duration maxOutOfOrder;
  private final ReadLimits limits;

  KafkaSource(String bootstrap, String topic, String consumerGroup, Duration maxOutOfOrder,
      ReadLimits limits) {
    this.bootstrap = bootstrap;
    this.topic = topic;
    this.consumerGroup = consumerGroup;
    this.maxOutOfOrder = maxOutOfOrder;
    this.limits = limits;
  }

  @Override
  public WithFailures.Result<PCollection<RawRecord>, DeadLetter> expand(PBegin begin) {
    PCollectionTuple out = begin
        .apply("ReadTopic", KafkaIO.<byte[], byte[]>read()
            .withBootstrapServers(bootstrap)
            .withTopic(topic)
            .withKeyDeserializer(ByteArrayDeserializer.class)
            .withValueDeserializer(ByteArrayDeserializer.class)
            .withConsumerConfigUpdates(Map.of(
                ConsumerConfig.GROUP_ID_CONFIG, consumerGroup,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                // A new group starts at the beginning of the topic: no story is skipped.
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"))
            .commitOffsetsInFinalize()
            .withTimestampPolicyFactory(new StoryTime(maxOutOfOrder)))
        .apply("Records", ParDo.of(new ToRecordFn(limits))
            .withOutputTags(RECORDS, TupleTagList.of(DEAD_LETTERS)));
    return WithFailures.Result.of(out.get(RECORDS), out.get(DEAD_LETTERS));
  }

  private static final class ToRecordFn extends DoFn<KafkaRecord<byte[], byte[]>, RawRecord> {
    private final Counter recordsRead = FeedMetrics.counter(FeedMetrics.RECORDS_READ);
    private final ReadLimits limits;
    private transient RecordReader reader;

    ToRecordFn(ReadLimits limits) {
      this.limits = limits;
    }

    @Setup
    public void setup() {
      reader = new RecordReader(limits);
    }

    @ProcessElement
    public void process(@Element KafkaRecord<byte[], byte[]> message, MultiOutputReceiver out) {
      recordsRead.inc();
      Origin origin = Origin.wholeFile(
          message.getTopic() + "/" + message.getPartition() + "/" + message.getOffset());
      byte[] value = message.getKV().getValue();
      reader.readMessage(origin, message.getTimestamp(), value == null ? new byte[0] : value,
          new RecordReader.Sink() {
            @Override
            public void record(RawRecord record) {
              out.get(RECORDS).output(record);
            }

            @Override
            public void deadLetter(DeadLetter deadLetter) {
              out.get(DEAD_LETTERS).output(deadLetter);
            }
          });
    }
  }

  /**
   * Places each message at its story's time and keeps the watermark {@code maxOutOfOrder} behind
   * the newest story time seen in the partition, so that stories published that much out of order
   * are on time. Once a partition is caught up the watermark moves on with the clock (to now less
   * the same delay): a quiet partition, or one never written to, must not hold the job back.
   * Stories behind the watermark still flow: every stateful stage keeps its state in the global
   * window, which never closes.
   */
  static final class StoryTime implements TimestampPolicyFactory<byte[], byte[]> {
    private final Duration maxOutOfOrder;

    StoryTime(Duration maxOutOfOrder) {
      this.maxOutOfOrder = maxOutOfOrder;
    }

    @Override
    public TimestampPolicy<byte[], byte[]> createTimestampPolicy(TopicPartition partition,
        Optional<Instant> previousWatermark) {
      return new Policy(maxOutOfOrder, previousWatermark.orElse(BoundedWindow.TIMESTAMP_MIN_VALUE));
    }

    /** The time the parse stage will place the story of {@code message} at. */
    static Instant of(KafkaRecord<byte[], byte[]> message) {
      byte[] value = message.getKV().getValue();
      java.time.Instant published = JsonStoryReader.publishedOf(
          value == null ? "" : new String(value, StandardCharsets.UTF_8));
      return new Instant(published != null ? published.toEpochMilli() : message.getTimestamp());
    }

    private static final class Policy extends TimestampPolicy<byte[], byte[]> {
      private final Duration maxOutOfOrder;
      private Instant newest = BoundedWindow.TIMESTAMP_MIN_VALUE;
      private Instant watermark;

      Policy(Duration maxOutOfOrder, Instant previousWatermark) {
        this.maxOutOfOrder = maxOutOfOrder;
        this.watermark = previousWatermark;
      }

      @Override
      public Instant getTimestampForRecord(PartitionContext context,
          KafkaRecord<byte[], byte[]> message) {
        Instant time = of(message);
        if (time.isAfter(newest)) {
          newest = time;
        }
        return time;
      }

      @Override
      public Instant getWatermark(PartitionContext context) {
        Instant candidate = newest.equals(BoundedWindow.TIMESTAMP_MIN_VALUE)
            ? BoundedWindow.TIMESTAMP_MIN_VALUE
            : newest.minus(maxOutOfOrder);
        if (context.getMessageBacklog() == 0) {
          Instant idle = context.getBacklogCheckTime().minus(maxOutOfOrder);
          if (idle.isAfter(candidate)) {
            candidate = idle;
          }
        }
        if (candidate.isAfter(watermark)) {
          watermark = candidate;
        }
        return watermark;
      }
    }
  }
}
