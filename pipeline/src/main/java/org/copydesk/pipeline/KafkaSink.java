package org.copydesk.pipeline;

import java.util.Map;
import org.apache.beam.sdk.io.kafka.KafkaIO;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PDone;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.copydesk.consolidate.ClusterView;
import org.copydesk.story.DeadLetter;
import org.copydesk.write.OutputJson;

/**
 * Cluster updates and dead letters to Kafka. An update is keyed by its story cluster's id, so that
 * all versions of a cluster land in one partition and a compacted topic keeps the latest; a cluster
 * that a merge emptied is announced under its own key with {@code merged_into}. Updates can reach
 * the topic out of order across bundles: a reader keeps the highest {@code version} per key. Dead
 * letters are keyed by where the input came from. Every write waits for all in-sync replicas.
 */
final class KafkaSink extends PTransform<PCollectionTuple, PDone> {
  private final String bootstrap;
  private final String clusterTopic;
  private final String deadLetterTopic;

  KafkaSink(String bootstrap, String clusterTopic, String deadLetterTopic) {
    this.bootstrap = bootstrap;
    this.clusterTopic = clusterTopic;
    this.deadLetterTopic = deadLetterTopic;
  }

  @Override
  public PDone expand(PCollectionTuple outputs) {
    outputs.get(CopydeskFlow.CLUSTERS)
        .apply("KeyedClusters", MapElements
            .into(TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.strings()))
            .via((ClusterView view) -> KV.of(view.getStoryCluster(), OutputJson.cluster(view))))
        .apply("WriteClusters", write(clusterTopic));
    outputs.get(CopydeskFlow.DEAD_LETTERS)
        .apply("KeyedDeadLetters", MapElements
            .into(TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.strings()))
            .via((DeadLetter d) -> KV.of(d.getOrigin().toString(), OutputJson.deadLetter(d))))
        .apply("WriteDeadLetters", write(deadLetterTopic));
    return PDone.in(outputs.getPipeline());
  }

  private KafkaIO.Write<String, String> write(String topic) {
    return KafkaIO.<String, String>write()
        .withBootstrapServers(bootstrap)
        .withTopic(topic)
        .withKeySerializer(StringSerializer.class)
        .withValueSerializer(StringSerializer.class)
        .withProducerConfigUpdates(Map.of(ProducerConfig.ACKS_CONFIG, "all"));
  }
}
