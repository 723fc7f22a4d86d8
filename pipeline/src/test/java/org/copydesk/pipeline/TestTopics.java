package org.copydesk.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.function.BooleanSupplier;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * A test's own Kafka broker and its side of it: produces stories, reads what the job wrote, starts
 * the job.
 */
final class TestTopics implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final EmbeddedKafkaKraftBroker broker;
  private final String bootstrap;
  private final KafkaProducer<String, String> producer;

  /**
   * A broker of the test's own, in this JVM (KRaft, one node), with {@code topics} of {@code
   * partitions} partitions each; {@link #close} stops it.
   */
  static TestTopics onNewBroker(int partitions, String... topics) {
    EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, partitions, topics);
    broker.afterPropertiesSet();
    return new TestTopics(broker);
  }

  private TestTopics(EmbeddedKafkaKraftBroker broker) {
    this.broker = broker;
    this.bootstrap = broker.getBrokersAsString();
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
  }

  /** Sends one message and waits until the broker has it; a null timestamp means now. */
  void send(String topic, String key, String value, Long timestamp) {
    sendAndWait(new ProducerRecord<>(topic, null, timestamp, key, value));
  }

  /** Sends one message to one partition of the topic, now, and waits until the broker has it. */
  void send(String topic, int partition, String key, String value) {
    sendAndWait(new ProducerRecord<>(topic, partition, key, value));
  }

  private void sendAndWait(ProducerRecord<String, String> record) {
    try {
      producer.send(record).get();
    } catch (InterruptedException | ExecutionException e) {
      throw new IllegalStateException("cannot send to " + record.topic(), e);
    }
  }

  /** Every message on the (one-partition) topic from {@code offset} on, as it is now. */
  List<ConsumerRecord<String, String>> read(String topic, long offset) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
      TopicPartition partition = new TopicPartition(topic, 0);
      consumer.assign(List.of(partition));
      consumer.seek(partition, offset);
      long end = consumer.endOffsets(List.of(partition)).get(partition);
      List<ConsumerRecord<String, String>> records = new ArrayList<>();
      while (consumer.position(partition) < end) {
        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
      }
      return records;
    }
  }

  long endOffset(String topic) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
      TopicPartition partition = new TopicPartition(topic, 0);
      return consumer.endOffsets(List.of(partition)).get(partition);
    }
  }

  /** The offset the consumer group has committed on the (one-partition) topic; -1 for none. */
  long committed(String group, String topic) {
    try (AdminClient admin = AdminClient.create(
        Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
      OffsetAndMetadata offset = admin.listConsumerGroupOffsets(group)
          .partitionsToOffsetAndMetadata().get().get(new TopicPartition(topic, 0));
      return offset == null ? -1 : offset.offset();
    } catch (InterruptedException | ExecutionException e) {
      throw new IllegalStateException("cannot read the offsets of " + group, e);
    }
  }

  /** The topics the broker has. */
  Set<String> topicNames() {
    try (AdminClient admin = AdminClient.create(
        Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
      return admin.listTopics().names().get();
    } catch (InterruptedException | ExecutionException e) {
      throw new IllegalStateException("cannot list the topics", e);
    }
  }

  /** The consumer groups the broker knows of. */
  List<String> groups() {
    try (AdminClient admin = AdminClient.create(
        Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
      return admin.listConsumerGroups().all().get().stream()
          .map(ConsumerGroupListing::groupId).toList();
    } catch (InterruptedException | ExecutionException e) {
      throw new IllegalStateException("cannot list the consumer groups", e);
    }
  }

  /** Starts the job with {@code args} (it does not block) and returns its result. */
  static PipelineResult start(String... args) throws UsageException {
    CopydeskOptions options = CopydeskMain.parse(args);
    Pipeline pipeline = Pipeline.create(options);
    CopydeskPipeline.build(pipeline, options, CopydeskPipeline.source(options));
    return pipeline.run();
  }

  /** Waits up to {@code seconds} for {@code condition}; false if it never held. */
  static boolean await(int seconds, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    while (System.nanoTime() < deadline) {
      if (condition.getAsBoolean()) {
        return true;
      }
      Thread.sleep(250);
    }
    return condition.getAsBoolean();
  }

  static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String json(Map<String, Object> object) {
    try {
      return JSON.writeValueAsString(object);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String bootstrap() {
    return bootstrap;
  }

  void addTopic(String name, int partitions) {
    broker.addTopics(new NewTopic(name, partitions, (short) 1));
  }

  @Override
  public void close() {
    producer.close();
    broker.destroy();
  }

  /**
   * The clusters as a reader of the update topic sees them: per key the highest version, a cluster
   * merged into another holding no members.
   */
  static final class ClusterTable {
    final Map<String, JsonNode> latest = new HashMap<>();

    ClusterTable(List<ConsumerRecord<String, String>> updates) {
      for (ConsumerRecord<String, String> update : updates) {
        JsonNode cluster = json(update.value());
        if (!update.key().equals(cluster.get("story_cluster").asText())) {
          throw new AssertionError("update keyed " + update.key() + " is of " + cluster.get("story_cluster"));
        }
        JsonNode known = latest.get(update.key());
        if (known == null || known.get("version").asLong() < cluster.get("version").asLong()) {
          latest.put(update.key(), cluster);
        }
      }
    }

    /** Story id → how many current clusters hold it as a member. */
    Map<String, Integer> memberCounts() {
      Map<String, Integer> counts = new HashMap<>();
      for (JsonNode cluster : latest.values()) {
        if (cluster.hasNonNull("merged_into")) {
          continue;
        }
        cluster.get("members").forEach(m -> counts.merge(m.get("id").asText(), 1, Integer::sum));
      }
      return counts;
    }

    /** The current cluster holding {@code id}, or null. */
    String clusterOf(String id) {
      for (Map.Entry<String, JsonNode> entry : latest.entrySet()) {
        if (entry.getValue().hasNonNull("merged_into")) {
          continue;
        }
        for (JsonNode member : entry.getValue().get("members")) {
          if (member.get("id").asText().equals(id)) {
            return entry.getKey();
          }
        }
      }
      return null;
    }
  }
}
