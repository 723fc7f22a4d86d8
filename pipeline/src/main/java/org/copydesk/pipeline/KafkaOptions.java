package org.copydesk.pipeline;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;

/**
 * Where copydesk meets Kafka: stories in from one topic, cluster updates and dead letters out to
 * two others. Either side can be used alone: a Kafka input with file output, or files with Kafka
 * output.
 */
public interface KafkaOptions extends PipelineOptions {
  @Description("Kafka bootstrap servers, host:port[,host:port]; needed by --inputTopic and --outputTopic.")
  String getKafkaBootstrap();

  void setKafkaBootstrap(String value);

  @Description("Read stories from this Kafka topic (one JSON story per message) instead of --input; "
      + "the job then runs as a stream.")
  String getInputTopic();

  void setInputTopic(String value);

  @Description("Write cluster updates to this Kafka topic, keyed by story cluster id, instead of files "
      + "in --output; needs --deadLetterTopic.")
  String getOutputTopic();

  void setOutputTopic(String value);

  @Description("Kafka topic for dead letters, keyed by where the input came from.")
  String getDeadLetterTopic();

  void setDeadLetterTopic(String value);

  @Description("Kafka consumer group of --inputTopic: where a restarted job goes on reading.")
  @Default.String("copydesk")
  String getConsumerGroup();

  void setConsumerGroup(String value);

  @Description("How far, in minutes, a story's published time may run behind the newest one seen "
      + "and still be on time; the watermark trails by this much. Later stories are processed all "
      + "the same.")
  @Default.Integer(60)
  int getMaxOutOfOrderMinutes();

  void setMaxOutOfOrderMinutes(int value);
}
