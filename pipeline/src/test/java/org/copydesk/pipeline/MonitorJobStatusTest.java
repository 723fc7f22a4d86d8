package org.copydesk.pipeline;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.copydesk.pipeline.monitor.HeadlessChromium;
import org.copydesk.pipeline.monitor.MonitorPage;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The job's own figures on the monitor's page, in headless Chromium: the job runs on the seeds with
 * {@code --statusFile}, and the status it wrote is put where the monitor looks, as it is and as
 * its next reports would be. The page shows its throughput, dead letters and latency, takes a
 * newer status without a reload, and says so when there is none or it is old.
 */
public class MonitorJobStatusTest {
  private static final Path SEEDS = Paths.get("..", "testdata", "seeds");

  @ClassRule public static TemporaryFolder folder = new TemporaryFolder();

  private static ObjectNode jobStatus;
  private static Path status;
  private static MonitorPage page;
  private static WebDriver browser;

  @BeforeClass
  public static void runTheJobAndStartTheMonitor() throws IOException {
    // The seeds were received (their files last modified) two hours ago: the latency says so.
    Path in = folder.newFolder("in").toPath();
    long received = System.currentTimeMillis() - Duration.ofHours(2).toMillis();
    try (var seeds = Files.list(SEEDS)) {
      for (Path seed : seeds.filter(p -> p.toString().endsWith(".txt")).toList()) {
        Path copy = Files.copy(seed, in.resolve(seed.getFileName()));
        Files.setLastModifiedTime(copy, FileTime.fromMillis(received));
      }
    }
    Files.writeString(in.resolve("bad.jsonl"), "{\"id\": \"broken\", \"body\": \n");
    Path out = folder.newFolder("out").toPath();
    Path written = folder.getRoot().toPath().resolve("job-status.json");
    JobCommand job = new JobCommand();
    int exit = job.run("--input=" + in, "--output=" + out, "--progressSeconds=0",
        "--statusFile=" + written);
    assertThat(job.stderr.toString(), exit, equalTo(CopydeskMain.OK));
    jobStatus = (ObjectNode) TestTopics.json(Files.readString(written));

    status = folder.getRoot().toPath().resolve("status.json");
    page = MonitorPage.open(out, status);
    browser = page.browser;
  }

  @AfterClass
  public static void stop() {
    if (page != null) {
      page.close();
    }
  }

  @Before
  public void noStatusAndThePage() throws IOException {
    Files.deleteIfExists(status);
    browser.get(page.url("/"));
  }

  @Test
  public void withoutAStatusFileThePageSaysHowToHaveOne() {
    waitFor(By.id("job-status"), "No job status yet");
    assertThat(text("job-status"), containsString("--statusFile=" + status.toAbsolutePath()));
    assertThat(browser.findElement(By.id("job-figures")).isDisplayed(), equalTo(false));
  }

  @Test
  public void theJobsFiguresShowAndChangeWithoutAReload() throws IOException {
    waitFor(By.id("status"), "Live");
    waitFor(By.id("job-status"), "No job status yet");
    ((JavascriptExecutor) browser).executeScript("window.__sameDocument = true");

    put(jobStatus.deepCopy().put("time", Instant.now().toString()));
    waitFor(By.id("job-status"), "Status of");
    assertThat(text("job-read"), equalTo(jobStatus.get("stories_read").asText()));
    assertThat(text("job-deadletters"), equalTo("1"));
    assertThat(Double.parseDouble(text("job-rate")),
        equalTo(jobStatus.get("stories_per_s").asDouble()));
    // Files dated two hours back, plus however long the job took on a busy machine.
    assertThat(text("job-latency-mean"), matchesPattern("2 h \\d+ min"));
    assertThat(text("job-latency-max"), matchesPattern("2 h \\d+ min"));

    // The next report, as a stream's would be: faster, and seconds from receipt to output.
    ObjectNode next = jobStatus.deepCopy()
        .put("time", Instant.now().toString())
        .put("stories_read", jobStatus.get("stories_read").asLong() + 1200)
        .put("stories_per_s", 98.5);
    next.putObject("latency_ms").put("count", 1100).put("mean", 850).put("min", 120)
        .put("max", 2300);
    put(next);
    waitFor(By.id("job-latency-mean"), "850 ms");
    assertThat(text("job-latency-max"), equalTo("2.3 s"));
    assertThat(text("job-rate"), equalTo("98.5"));
    assertThat(text("job-read"), equalTo(String.format("%,d", next.get("stories_read").asLong())));
    assertThat(((JavascriptExecutor) browser).executeScript("return window.__sameDocument"),
        equalTo(true));
  }

  @Test
  public void aStatusOverAMinuteOldSaysHowOld() throws IOException {
    put(jobStatus.deepCopy().put("time", Instant.now().minus(Duration.ofMinutes(5)).toString()));
    waitFor(By.id("job-status"), "old");
    assertThat(text("job-status"), containsString("status is 5 min"));
    assertThat(browser.findElement(By.id("job-status")).getAttribute("class"),
        equalTo("warning"));
    assertThat(text("job-read"), equalTo(jobStatus.get("stories_read").asText()));
  }

  /** Puts {@code next} where the monitor looks, as the job does: whole, by an atomic move. */
  private static void put(JsonNode next) throws IOException {
    Path temp = Files.createTempFile(status.getParent(), ".status", ".tmp");
    Files.writeString(temp, next + "\n", StandardCharsets.UTF_8);
    Files.move(temp, status, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  private static String text(String id) {
    return browser.findElement(By.id(id)).getText();
  }

  private static void waitFor(By element, String text) {
    HeadlessChromium.waitFor(browser, element, text);
  }
}
