package org.copydesk.pipeline.monitor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The job's own figures, from the status file it writes with {@code --statusFile}: throughput,
 * dead letters and ingest-to-emit latency come from its metrics, since the output says nothing of
 * when it was processed. The file is read whole at every poll; the job replaces it by an atomic
 * move, so a poll never sees half of one. A status that stops changing tells that the job stopped
 * (or hangs), which is why the page is told its age.
 */
public final class StatusFile {
  /** How old a status may be before the page warns: the job writes one every few seconds. */
  static final Duration STALE_AFTER = Duration.ofMinutes(1);

  /** The monitor was given no {@code --statusFile}. */
  static final String NOT_GIVEN = "not_given";
  /** There is no such file (yet): the job has not started, or writes elsewhere. */
  static final String MISSING = "missing";
  /** The file is not a status the job wrote. */
  static final String UNREADABLE = "unreadable";
  static final String READ = "read";

  private static final ObjectMapper JSON = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
      .configure(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES, true);

  /** Ingest-to-emit latency in milliseconds: Beam's distributions have no quantiles. */
  public record Latency(long count, long mean, long min, long max) {}

  /** The figures of the status the page shows, under the names the job writes them with. */
  public record JobFigures(String time, double storiesPerS, long storiesRead, long deadLetters,
      Latency latencyMs) {}

  /**
   * The status as served: the file, its state, why it is unreadable, the figures once read, and
   * how many seconds old they are.
   */
  public record View(String file, String state, String problem, JobFigures job, Long ageS,
      long staleAfterS) {}

  /** What a read of the file found; {@code time} is the figures' time, parsed. */
  private record Reading(String state, String problem, JobFigures job, Instant time) {}

  private final Path file;
  private final Clock clock;
  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
  private volatile Reading last;

  /** The status in {@code file}, or none if it is null. */
  public StatusFile(Path file, Clock clock) {
    this.file = file == null ? null : file.toAbsolutePath();
    this.clock = clock;
    this.last = file == null ? new Reading(NOT_GIVEN, null, null, null) : read();
  }

  /** {@code listener} hears of a new status, or of the file gone; it must not block. */
  public void onChange(Runnable listener) {
    listeners.add(listener);
  }

  /** Reads the file again, and tells the listeners if it says something new. */
  public void poll() {
    if (file == null) {
      return;
    }
    Reading now = read();
    if (!now.equals(last)) {
      last = now;
      listeners.forEach(Runnable::run);
    }
  }

  public View view() {
    Reading reading = last;
    Long age = reading.time() == null ? null
        : Math.max(0, Duration.between(reading.time(), clock.instant()).toSeconds());
    return new View(file == null ? null : file.toString(), reading.state(), reading.problem(),
        reading.job(), age, STALE_AFTER.toSeconds());
  }

  private Reading read() {
    JobFigures job;
    try {
      job = JSON.readValue(Files.readAllBytes(file), JobFigures.class);
    } catch (NoSuchFileException e) {
      return new Reading(MISSING, null, null, null);
    } catch (JsonProcessingException e) {
      return unreadable(e.getOriginalMessage());
    } catch (IOException e) {
      return unreadable(e.toString());
    }
    if (job.time() == null) {
      return unreadable("it has no time");
    }
    try {
      return new Reading(READ, null, job, Instant.parse(job.time()));
    } catch (DateTimeParseException e) {
      return unreadable("its time is not an instant: " + job.time());
    }
  }

  private static Reading unreadable(String problem) {
    return new Reading(UNREADABLE, problem, null, null);
  }
}
