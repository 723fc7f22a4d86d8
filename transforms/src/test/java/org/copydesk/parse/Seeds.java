package org.copydesk.parse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;

/** The seed captures in testdata/seeds, read relative to the module directory. */
public final class Seeds {
  public static final String AFP = "000_ad83b415aefcc01f.txt";
  public static final String CHINA_DAILY = "001_9c86b550bdb889fc.txt";
  public static final String REUTERS = "002_d7f1406457321b44.txt";
  public static final String RFERL = "003_589da157afa17353.txt";
  public static final String PTI = "004_b4143deb9c83a06b.txt";

  private Seeds() {}

  public static String read(String name) {
    try {
      return new String(Files.readAllBytes(Paths.get("..", "testdata", "seeds", name)), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
