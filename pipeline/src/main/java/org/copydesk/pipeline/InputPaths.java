package org.copydesk.pipeline;

import com.google.auto.value.AutoValue;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Turns {@code --input} into Beam file patterns, checking local paths before the job starts so
 * that a typo is a usage error, not an empty run. A directory stands for its story files. Local
 * files that are listed but cannot be read (a dangling link, no permission) are returned apart,
 * because file matching would pass over them without a word: they become dead letters.
 */
@AutoValue
abstract class InputPaths {
  abstract List<String> patterns();

  abstract List<String> unreadableFiles();

  /** The file names a directory is read for. */
  static final List<String> STORY_FILE_GLOBS = List.of("*.txt", "*.jsonl", "*.ndjson", "*.json");

  static InputPaths resolve(String input) throws UsageException {
    if (input == null || input.isBlank()) {
      throw new UsageException("--input is empty: give a file, a directory or a glob");
    }
    List<String> patterns = new ArrayList<>();
    List<String> unreadable = new ArrayList<>();
    for (String part : input.split(",")) {
      String entry = part.strip();
      if (entry.isEmpty()) {
        continue;
      }
      if (isRemote(entry)) {
        patterns.add(entry); // checked by the file system when the job matches it
      } else if (isGlob(entry)) {
        requireMatches(entry);
        patterns.add(Paths.get(entry).toAbsolutePath().toString());
      } else {
        Path path = Paths.get(entry);
        if (Files.isDirectory(path)) {
          for (String glob : STORY_FILE_GLOBS) {
            patterns.add(path.toAbsolutePath().resolve(glob).toString());
          }
          unreadable.addAll(unreadableStoryFiles(path));
        } else if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
          if (Files.isReadable(path)) {
            patterns.add(path.toAbsolutePath().toString());
          } else {
            unreadable.add(path.toAbsolutePath().toString());
          }
        } else {
          throw new UsageException("--input path does not exist: " + entry);
        }
      }
    }
    if (patterns.isEmpty() && unreadable.isEmpty()) {
      throw new UsageException("--input names no path: " + input);
    }
    return new AutoValue_InputPaths(List.copyOf(patterns), List.copyOf(unreadable));
  }

  private static List<String> unreadableStoryFiles(Path directory) throws UsageException {
    List<String> unreadable = new ArrayList<>();
    for (String glob : STORY_FILE_GLOBS) {
      try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, glob)) {
        for (Path file : files) {
          if (!Files.isDirectory(file) && !Files.isReadable(file)) {
            unreadable.add(file.toAbsolutePath().toString());
          }
        }
      } catch (IOException e) {
        throw new UsageException("--input directory cannot be listed: " + directory + " (" + e + ")");
      }
    }
    return unreadable;
  }

  private static boolean isRemote(String entry) {
    return entry.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*") && !entry.startsWith("file://");
  }

  private static boolean isGlob(String entry) {
    return entry.indexOf('*') >= 0 || entry.indexOf('?') >= 0 || entry.indexOf('[') >= 0
        || entry.indexOf('{') >= 0;
  }

  private static void requireMatches(String glob) throws UsageException {
    Path pattern = Paths.get(glob).toAbsolutePath();
    Path dir = pattern.getParent();
    while (dir != null && isGlob(dir.toString())) {
      dir = dir.getParent();
    }
    if (dir == null || !Files.isDirectory(dir)) {
      throw new UsageException("--input glob's directory does not exist: " + glob);
    }
    String relative = dir.relativize(pattern).toString();
    PathMatcher matcher = dir.getFileSystem().getPathMatcher("glob:" + relative);
    Path root = dir;
    try (Stream<Path> files = Files.walk(root)) {
      if (files.noneMatch(p -> matcher.matches(root.relativize(p)))) {
        throw new UsageException("--input glob matches no file: " + glob);
      }
    } catch (IOException e) {
      throw new UsageException("--input glob cannot be read: " + glob + " (" + e.getMessage() + ")");
    }
  }
}
