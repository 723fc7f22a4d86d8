package org.copydesk.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** The job's command line run in the test's JVM, with what it writes to stdout and stderr kept. */
final class JobCommand {
  final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
  final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

  /** Runs {@code CopydeskMain} with {@code args} to its end and returns its exit status. */
  int run(String... args) {
    return CopydeskMain.run(args, new PrintStream(stdout, true, StandardCharsets.UTF_8),
        new PrintStream(stderr, true, StandardCharsets.UTF_8));
  }
}
