package org.copydesk.pipeline;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import org.copydesk.pipeline.monitor.Monitor;

/**
 * {@code copydesk monitor}: a live page over a running job's file output, for an editor to keep
 * open. {@code --output=DIR} is the job's {@code --output}, {@code --port=N} (8080) where the page
 * is served, on this machine only. It runs until stopped; exit status 2 for a usage error, 1 if
 * the port cannot be had.
 */
public final class MonitorMain {
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
    String output = "out";
    int port = 8080;
    for (String arg : args) {
      try {
        if (arg.startsWith("--output=")) {
          output = arg.substring("--output=".length());
        } else if (arg.startsWith("--port=")) {
          port = Integer.parseInt(arg.substring("--port=".length()));
          if (port < 0 || port > 65535) {
            throw new NumberFormatException();
          }
        } else {
          throw new UsageException("unknown flag " + arg + " (the flags are --output=DIR --port=N)");
        }
      } catch (NumberFormatException e) {
        err.println("copydesk monitor: --port must be a port number, was " + arg);
        return CopydeskMain.USAGE;
      } catch (UsageException e) {
        err.println("copydesk monitor: " + e.getMessage());
        return CopydeskMain.USAGE;
      }
    }
    try {
      Monitor monitor = Monitor.start(Path.of(output), port);
      out.println("copydesk monitor: http://localhost:" + monitor.port() + "/ follows "
          + Path.of(output).toAbsolutePath());
      return CopydeskMain.OK;
    } catch (IOException e) {
      err.println("copydesk monitor: cannot serve on port " + port + ": " + e.getMessage());
      return CopydeskMain.FAILED;
    }
  }
}
