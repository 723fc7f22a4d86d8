package org.copydesk.read;

import java.util.Locale;

/** How a file's bytes are split into records. */
public enum InputFormat {
  /** A raw page capture: the whole file is one story, its id the file name without {@code .txt}. */
  CAPTURE,
  /** JSON Lines: one story object per line (plain stories and IPTC ninjs alike). */
  JSON_LINES,
  /** A {@code .json} file: one story object, an array of them, or JSON Lines after all. */
  JSON_DOCUMENT;

  /** The format of a file, from its name; null when the name does not say. */
  public static InputFormat forFileName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".txt")) {
      return CAPTURE;
    }
    if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
      return JSON_LINES;
    }
    if (lower.endsWith(".json")) {
      return JSON_DOCUMENT;
    }
    return null;
  }

  /** The format of a file whose name does not say, from its first non-blank byte. */
  public static InputFormat sniff(int firstNonBlankByte) {
    return firstNonBlankByte == '{' || firstNonBlankByte == '[' ? JSON_DOCUMENT : CAPTURE;
  }
}
