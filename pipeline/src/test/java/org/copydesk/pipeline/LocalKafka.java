package org.copydesk.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * A Kafka broker on this machine for trying the job by hand (src/bin/local-kafka starts it): the
 * same broker the tests use, with the topics of the README's example. It takes a free port (the
 * embedded KRaft broker does not take a fixed one) and writes {@code host:port} to the file named
 * by its argument. Its data lives in a temporary directory and goes when it stops (Ctrl-C).
 */
public final class LocalKafka {
  private LocalKafka() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    EmbeddedKafkaKraftBroker broker =
        new EmbeddedKafkaKraftBroker(1, 1, "stories", "clusters", "deadletters");
    broker.afterPropertiesSet();
    Files.writeString(Paths.get(args[0]), broker.getBrokersAsString() + "\n");
    Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy));
    System.out.println("Kafka broker at " + broker.getBrokersAsString()
        + ", topics stories, clusters, deadletters; Ctrl-C stops it");
    Thread.currentThread().join();
  }
}
