package org.copydesk.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import org.apache.beam.sdk.metrics.DistributionResult;

/**
 * The feed's status while the job runs: a line on standard error and, with {@code --statusFile},
 * the same figures as JSON for machines (fields in the README's "Feed monitoring"). The file is
 * replaced by an atomic move of a file written beside it, so a reader never sees half of one.
 */
final class FeedStatus {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final PrintStream err;
  private final Path file;
  private final long started = System.nanoTime();
  private long lastNanos = started;
  private long lastRead;

  /** Reports to {@code err} and, unless it is null, to {@code file}. */
  FeedStatus(PrintStream err, Path file) {
    this.err = err;
    this.file = file;
  }

  /** A report while the job runs: the line, and the file. */
  void progress(RunSummary sofar) {
    ObjectNode status = next(sofar);
    err.printf("copydesk: %,.0f s: %,d stories read (%,.1f/s), %,d accepted, duplicate rate "
            + "%.1f%%, %,d story clusters open, %,d dead letters%n",
        status.get("elapsed_s").asDouble(), sofar.read, status.get("stories_per_s").asDouble(),
        sofar.accepted, 100 * sofar.duplicateRate(), sofar.storyClusters, sofar.deadLettered);
    write(status);
  }

  /** The last report, once the run has completed: the file only (the summary has the rest). */
  void finished(RunSummary figures) {
    write(next(figures));
  }

  /** The status as JSON; stories per second over the time since the previous report. */
  private ObjectNode next(RunSummary figures) {
    long now = System.nanoTime();
    double interval = (now - lastNanos) / 1e9;
    ObjectNode status = JSON.createObjectNode()
        .put("time", Instant.now().toString())
        .put("elapsed_s", Math.round((now - started) / 1e8) / 10.0)
        .put("stories_read", figures.read)
        .put("stories_accepted", figures.accepted)
        .put("stories_per_s",
            interval <= 0 ? 0 : Math.round((figures.read - lastRead) / interval * 10) / 10.0)
        .put("copies", figures.copiesFound)
        .put("stories_copied", figures.storiesCopied)
        .put("duplicate_rate", Math.round(figures.duplicateRate() * 10000) / 10000.0)
        .put("story_clusters_open", figures.storyClusters)
        .put("copy_clusters", figures.copyClusters)
        .put("merges", figures.merges)
        .put("story_merges", figures.storyMerges)
        .put("dead_letters", figures.deadLettered);
    ObjectNode reasons = status.putObject("dead_letters_by_reason");
    figures.deadLettersByReason.forEach(reasons::put);
    DistributionResult latency = figures.latency;
    if (latency == null || latency.getCount() == 0) {
      status.putNull("latency_ms");
    } else {
      status.putObject("latency_ms")
          .put("count", latency.getCount())
          .put("mean", Math.round(latency.getMean()))
          .put("min", latency.getMin())
          .put("max", latency.getMax());
    }
    ObjectNode state = status.putObject("state");
    figures.stateSizes.forEach(state::put);
    lastNanos = now;
    lastRead = figures.read;
    return status;
  }

  /** A status file that cannot be written is reported, and the job goes on. */
  private void write(ObjectNode status) {
    if (file == null) {
      return;
    }
    try {
      Path temp = Files.createTempFile(file.toAbsolutePath().getParent(),
          "." + file.getFileName(), ".tmp");
      Files.writeString(temp, status.toString() + "\n", StandardCharsets.UTF_8);
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      err.println("copydesk: cannot write the status file " + file + ": " + e);
    }
  }
}
