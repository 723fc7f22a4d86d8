package org.copydesk.pipeline.monitor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Follows a job's file output in one directory: the batch's {@code clusters.jsonl} and {@code
 * deadletter.jsonl}, and a stream's windowed {@code clusters-pane-*.jsonl} and {@code
 * deadletter-pane-*.jsonl}. It remembers per file how many bytes it has read, so each poll hands
 * on only lines that are new, and only whole lines: a file still being written (a batch's, not
 * Beam's windowed files, which appear renamed and complete) is read again from its last newline.
 * A file that shrank was written anew and is read from its start.
 */
public final class OutputTail implements OutputSource {
  private final Path directory;
  private final Map<Path, Long> read = new HashMap<>();

  public OutputTail(Path directory) {
    this.directory = directory;
  }

  /** The lines written since the last poll, files in name order (windows in order). */
  @Override
  public List<Line> poll() {
    List<Line> lines = new ArrayList<>();
    if (!Files.isDirectory(directory)) {
      return lines;
    }
    TreeSet<Path> files = new TreeSet<>();
    try (DirectoryStream<Path> listing = Files.newDirectoryStream(directory, "*.jsonl")) {
      listing.forEach(files::add);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + directory, e);
    }
    for (Path file : files) {
      Kind kind = kindOf(file.getFileName().toString());
      if (kind != null && Files.isRegularFile(file)) {
        readNew(file, kind, lines);
      }
    }
    return lines;
  }

  static Kind kindOf(String name) {
    if (name.equals("clusters.jsonl") || name.startsWith("clusters-pane-")) {
      return Kind.CLUSTER;
    }
    if (name.equals("deadletter.jsonl") || name.startsWith("deadletter-pane-")) {
      return Kind.DEAD_LETTER;
    }
    return null;
  }

  private void readNew(Path file, Kind kind, List<Line> lines) {
    long from = read.getOrDefault(file, 0L);
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size < from) {
        from = 0;
      }
      if (size == from) {
        return;
      }
      try (InputStream in = Files.newInputStream(file)) {
        in.skipNBytes(from);
        bytes = in.readNBytes((int) Math.min(size - from, Integer.MAX_VALUE - 8));
      }
    } catch (IOException e) {
      // Gone or unreadable for now (a window file being replaced): try again at the next poll.
      return;
    }
    int end = lastNewline(bytes);
    if (end < 0) {
      read.put(file, from);
      return;
    }
    String text = new String(bytes, 0, end, StandardCharsets.UTF_8);
    for (String line : text.split("\n")) {
      if (!line.isBlank()) {
        lines.add(new Line(kind, line));
      }
    }
    read.put(file, from + end + 1);
  }

  private static int lastNewline(byte[] bytes) {
    for (int i = bytes.length - 1; i >= 0; i--) {
      if (bytes[i] == '\n') {
        return i;
      }
    }
    return -1;
  }
}
