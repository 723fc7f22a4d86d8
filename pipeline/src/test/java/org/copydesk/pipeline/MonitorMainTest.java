package org.copydesk.pipeline;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.Test;

/** The monitor's command line refuses what it cannot follow: status 2, naming the flag. */
public class MonitorMainTest {
  private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

  private int run(String... args) {
    return MonitorMain.run(args, new PrintStream(OutputStream.nullOutputStream()),
        new PrintStream(stderr, true, StandardCharsets.UTF_8));
  }

  @Test
  public void filesAndKafkaTopicsExcludeEachOther() {
    assertThat(run("--output=out", "--kafkaBootstrap=localhost:9092", "--outputTopic=clusters"),
        equalTo(CopydeskMain.USAGE));
    assertThat(stderr.toString(),
        containsString("--output and --kafkaBootstrap exclude each other"));
  }

  @Test
  public void anOutputTopicNeedsTheBootstrapServers() {
    assertThat(run("--outputTopic=clusters", "--deadLetterTopic=dead"),
        equalTo(CopydeskMain.USAGE));
    assertThat(stderr.toString(), containsString("--outputTopic needs --kafkaBootstrap"));
  }

  @Test
  public void theBootstrapServersNeedAnOutputTopic() {
    assertThat(run("--kafkaBootstrap=localhost:9092"), equalTo(CopydeskMain.USAGE));
    assertThat(stderr.toString(), containsString("--kafkaBootstrap needs --outputTopic"));
  }

  @Test
  public void aDeadLetterTopicNeedsAnOutputTopic() {
    assertThat(run("--deadLetterTopic=dead"), equalTo(CopydeskMain.USAGE));
    assertThat(stderr.toString(), containsString("--deadLetterTopic needs --outputTopic"));
  }

  @Test
  public void bootstrapServersMustBeAddresses() {
    assertThat(run("--kafkaBootstrap=no-port-here", "--outputTopic=clusters"),
        equalTo(CopydeskMain.USAGE));
    assertThat(stderr.toString(), containsString("--kafkaBootstrap: "));
  }

  @Test
  public void unknownFlagsEmptyValuesAndBadPortsAreUsageErrors() {
    assertThat(run("--outputDir=out"), equalTo(CopydeskMain.USAGE));
    assertThat(stderr.toString(), containsString("unknown flag --outputDir=out"));
    assertThat(run("--statusFile="), equalTo(CopydeskMain.USAGE));
    assertThat(stderr.toString(), containsString("--statusFile needs a value"));
    assertThat(run("--port=http"), equalTo(CopydeskMain.USAGE));
    assertThat(stderr.toString(), containsString("--port must be a port number, was http"));
  }
}
