package org.copydesk.pipeline.monitor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Follows a job's Kafka output: the topic of cluster updates and, if given, the topic of dead
 * letters (the job's {@code --outputTopic} and {@code --deadLetterTopic}). It reads every partition
 * from the beginning, as it must to know each cluster's latest version, and joins no consumer
 * group: it commits no offsets, so it can neither take partitions from the job's readers nor move
 * anyone's offsets. It creates no topic either; one that is not there yet is looked for again at
 * every poll, as are partitions added to a topic.
 */
public final class KafkaTail implements OutputSource {
  /** How long a poll waits for the first records. */
  private static final Duration WAIT = Duration.ofMillis(200);
  /** How long a poll waits for a topic's partitions (the broker's answer, on its first call). */
  private static final Duration LOOKUP_WAIT = Duration.ofSeconds(5);
  /** How long one poll goes on reading while records keep coming: a backlog is read in turns. */
  private static final Duration READ_AT_MOST = Duration.ofSeconds(1);

  private final Map<String, Kind> kindOfTopic = new LinkedHashMap<>();
  private final KafkaConsumer<String, String> consumer;

  /** Follows {@code clusterTopic} and, unless it is null, {@code deadLetterTopic}. */
  public KafkaTail(String bootstrap, String clusterTopic, String deadLetterTopic) {
    kindOfTopic.put(clusterTopic, Kind.CLUSTER);
    if (deadLetterTopic != null) {
      kindOfTopic.put(deadLetterTopic, Kind.DEAD_LETTER);
    }
    // No group.id: without a group there are no offsets to commit and no partitions to share.
    Map<String, Object> config = Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
        ConsumerConfig.CLIENT_ID_CONFIG, "copydesk-monitor",
        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
        ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
    consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
  }

  /** The records that arrived since the last poll, each partition's in order. */
  @Override
  public List<Line> poll() {
    assignEveryPartition();
    List<Line> lines = new ArrayList<>();
    if (consumer.assignment().isEmpty()) {
      return lines;
    }
    long deadline = System.nanoTime() + READ_AT_MOST.toNanos();
    ConsumerRecords<String, String> records;
    do {
      records = consumer.poll(WAIT);
      for (ConsumerRecord<String, String> record : records) {
        // A null value is a compacted topic's deletion marker: no output line.
        if (record.value() != null) {
          lines.add(new Line(kindOfTopic.get(record.topic()), record.value()));
        }
      }
    } while (!records.isEmpty() && System.nanoTime() < deadline);
    return lines;
  }

  /**
   * Assigns the partitions the topics have now. Partitions already assigned keep their position;
   * new ones start at the beginning (the {@code earliest} reset, there being no committed offset).
   */
  private void assignEveryPartition() {
    Set<TopicPartition> partitions = new HashSet<>();
    for (String topic : kindOfTopic.keySet()) {
      for (PartitionInfo partition : consumer.partitionsFor(topic, LOOKUP_WAIT)) {
        partitions.add(new TopicPartition(topic, partition.partition()));
      }
    }
    if (!partitions.equals(consumer.assignment())) {
      consumer.assign(partitions);
    }
  }

  @Override
  public void close() {
    consumer.close();
  }
}
