package org.copydesk.pipeline;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.KafkaException;
import org.copydesk.pipeline.monitor.KafkaTail;
import org.copydesk.pipeline.monitor.Monitor;
import org.copydesk.pipeline.monitor.OutputSource;
import org.copydesk.pipeline.monitor.OutputTail;

/**
 * {@code copydesk monitor}: a live page over a running job's output, for an editor to keep open.
 * The output is the job's files ({@code --output=DIR}, the job's {@code --output}, the default) or
 * its Kafka topics ({@code --kafkaBootstrap=HOST:PORT --outputTopic=T [--deadLetterTopic=D]}, the
 * job's); {@code --statusFile=FILE}, the job's, adds its own figures; {@code --port=N} (8080) is
 * where the page is served, on this machine only. It runs until stopped; exit status 2 for a
 * usage error, 1 if the port cannot be had.
 */
public final class MonitorMain {
  private static final String OUTPUT = "--output";
  private static final String BOOTSTRAP = "--kafkaBootstrap";
  private static final String OUTPUT_TOPIC = "--outputTopic";
  private static final String DEAD_LETTER_TOPIC = "--deadLetterTopic";
  private static final String STATUS_FILE = "--statusFile";
  private static final String PORT = "--port";
  private static final List<String> FLAGS =
      List.of(OUTPUT, BOOTSTRAP, OUTPUT_TOPIC, DEAD_LETTER_TOPIC, STATUS_FILE, PORT);
  private static final String FLAGS_HELP = "the flags are --output=DIR or "
      + "--kafkaBootstrap=HOST:PORT --outputTopic=T [--deadLetterTopic=D], and --statusFile=FILE "
      + "--port=N";

  private MonitorMain() {}

  public static void main(String[] args) throws InterruptedException {
    int status = run(args, System.out, System.err);
    if (status != CopydeskMain.OK) {
      System.exit(status);
    }
    Thread.currentThread().join();
  }

  /** Starts the monitor and returns 0, or returns the exit status of why it could not start. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    Map<String, String> flags;
    int port;
    try {
      flags = flags(args);
      port = port(flags.getOrDefault(PORT, "8080"));
      checkOutputFlags(flags);
    } catch (UsageException e) {
      err.println("copydesk monitor: " + e.getMessage());
      return CopydeskMain.USAGE;
    }
    OutputSource output;
    String follows;
    if (flags.containsKey(OUTPUT_TOPIC)) {
      try {
        output = new KafkaTail(flags.get(BOOTSTRAP), flags.get(OUTPUT_TOPIC),
            flags.get(DEAD_LETTER_TOPIC));
      } catch (KafkaException e) {
        // The consumer checks the servers' addresses as it is made; nothing else can fail here.
        String why = e.getCause() == null ? e.getMessage() : e.getCause().getMessage();
        err.println("copydesk monitor: " + BOOTSTRAP + ": " + why);
        return CopydeskMain.USAGE;
      }
      follows = "Kafka topic " + flags.get(OUTPUT_TOPIC)
          + (flags.containsKey(DEAD_LETTER_TOPIC) ? " and " + flags.get(DEAD_LETTER_TOPIC) : "")
          + " at " + flags.get(BOOTSTRAP);
    } else {
      Path directory = Path.of(flags.getOrDefault(OUTPUT, "out"));
      output = new OutputTail(directory);
      follows = directory.toAbsolutePath().toString();
    }
    Path statusFile = flags.containsKey(STATUS_FILE) ? Path.of(flags.get(STATUS_FILE)) : null;
    try {
      Monitor monitor = Monitor.start(output, statusFile, port);
      out.println("copydesk monitor: http://localhost:" + monitor.port() + "/ follows " + follows
          + (statusFile == null ? "" : ", the job's status in " + statusFile.toAbsolutePath()));
      return CopydeskMain.OK;
    } catch (IOException e) {
      err.println("copydesk monitor: cannot serve on port " + port + ": " + e.getMessage());
      return CopydeskMain.FAILED;
    }
  }

  /** The flags by name; each is {@code --name=value}, with a value. */
  private static Map<String, String> flags(String[] args) throws UsageException {
    Map<String, String> flags = new HashMap<>();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      String name = eq < 0 ? arg : arg.substring(0, eq);
      if (!FLAGS.contains(name)) {
        throw new UsageException("unknown flag " + arg + " (" + FLAGS_HELP + ")");
      }
      if (eq < 0 || eq == arg.length() - 1) {
        throw new UsageException(name + " needs a value: " + name + "=…");
      }
      flags.put(name, arg.substring(eq + 1));
    }
    return flags;
  }

  private static int port(String value) throws UsageException {
    int port;
    try {
      port = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      port = -1;
    }
    if (port < 0 || port > 65535) {
      throw new UsageException(PORT + " must be a port number, was " + value);
    }
    return port;
  }

  /** Files or Kafka topics, not both; topics need the servers, and the servers a topic. */
  private static void checkOutputFlags(Map<String, String> flags) throws UsageException {
    for (String kafka : List.of(BOOTSTRAP, OUTPUT_TOPIC, DEAD_LETTER_TOPIC)) {
      if (flags.containsKey(OUTPUT) && flags.containsKey(kafka)) {
        throw new UsageException(OUTPUT + " and " + kafka + " exclude each other: follow the "
            + "job's files or its Kafka topics");
      }
    }
    if (flags.containsKey(OUTPUT_TOPIC) && !flags.containsKey(BOOTSTRAP)) {
      throw new UsageException(OUTPUT_TOPIC + " needs " + BOOTSTRAP + "=HOST:PORT");
    }
    if (flags.containsKey(BOOTSTRAP) && !flags.containsKey(OUTPUT_TOPIC)) {
      throw new UsageException(BOOTSTRAP + " needs " + OUTPUT_TOPIC + "=TOPIC, the job's");
    }
    if (flags.containsKey(DEAD_LETTER_TOPIC) && !flags.containsKey(OUTPUT_TOPIC)) {
      throw new UsageException(DEAD_LETTER_TOPIC + " needs " + OUTPUT_TOPIC + "=TOPIC, the job's");
    }
  }
}
