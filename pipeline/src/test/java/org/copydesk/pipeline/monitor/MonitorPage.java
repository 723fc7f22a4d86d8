package org.copydesk.pipeline.monitor;

import java.io.IOException;
import java.nio.file.Path;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.openqa.selenium.WebDriver;

/**
 * A monitor following a job's output folder (and status file, if given) on a free port, and
 * headless Chromium to look at its page: what the page's tests start once per class and close.
 */
public final class MonitorPage implements AutoCloseable {
  public final Monitor monitor;
  public final WebDriver browser;

  private MonitorPage(Monitor monitor, WebDriver browser) {
    this.monitor = monitor;
    this.browser = browser;
  }

  public static MonitorPage open(Path output, @Nullable Path statusFile) throws IOException {
    Monitor monitor = Monitor.start(new OutputTail(output), statusFile, 0);
    try {
      return new MonitorPage(monitor, HeadlessChromium.start());
    } catch (RuntimeException e) {
      monitor.close();
      throw e;
    }
  }

  /** The page's address for {@code path}, e.g. {@code "/"}. */
  public String url(String path) {
    return "http://localhost:" + monitor.port() + path;
  }

  @Override
  public void close() {
    browser.quit();
    monitor.close();
  }
}
