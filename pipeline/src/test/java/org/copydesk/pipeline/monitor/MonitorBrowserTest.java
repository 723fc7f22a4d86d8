package org.copydesk.pipeline.monitor;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.copydesk.consolidate.ClusterView;
import org.copydesk.facts.FactComparison;
import org.copydesk.testing.Seeds;
import org.copydesk.write.OutputJson;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The monitor's page in headless Chromium, over a temporary output directory that the test writes windowed cluster files into, as a
 * streaming job would.
 */
public class MonitorBrowserTest {
  private static final String IMG = "<img src=x onerror=\"window.__pwned=1\">";
  private static final String SCRIPT = "<script>window.__pwned=1</script>";

  @ClassRule public static TemporaryFolder folder = new TemporaryFolder();

  private static Path output;
  private static MonitorPage page;
  private static WebDriver browser;
  private static int pane;
  private static int seedsCopies;

  @BeforeClass
  public static void startTheMonitorAndABrowser() throws IOException {
    output = folder.newFolder("out").toPath();
    page = MonitorPage.open(output, null);
    browser = page.browser;
  }

  @AfterClass
  public static void stop() {
    if (page != null) {
      page.close();
    }
  }

  @Before
  public void openThePage() {
    browser.get(page.url("/"));
  }

  @Test
  public void aNewClusterAppearsWithoutReloading() throws IOException {
    assertThat(browser.findElement(By.tagName("h1")).getText(), equalTo("copydesk feed monitor"));
    assertThat(browser.findElement(By.cssSelector("label[for=q]")).getText(),
        containsString("Search"));
    waitFor(By.id("status"), "Live");
    ((JavascriptExecutor) browser).executeScript("window.__sameDocument = true");
    ClusterView seeds = nextSeeds();
    writePane(OutputJson.cluster(seeds));
    String headline = seeds.getCanonical().getHeadline();
    waitFor(By.id("clusters"), seeds.getStoryCluster());
    assertThat(browser.findElement(By.id("clusters")).getText(), containsString(headline));
    assertThat(((JavascriptExecutor) browser).executeScript("return window.__sameDocument"),
        equalTo(true));
    assertThat(browser.findElement(By.cssSelector("#clusters li.fresh")).getText(),
        containsString("5 stories"));
    assertThat(browser.findElement(By.id("announce")).getText(), containsString(headline));
  }

  @Test
  public void theDivergenceViewShowsTheDisputedTolls() throws IOException {
    ClusterView seeds = nextSeeds();
    writePane(OutputJson.cluster(seeds));
    waitFor(By.id("clusters"), seeds.getStoryCluster());
    browser.findElement(By.cssSelector("a[href='/clusters/" + seeds.getStoryCluster() + "']"))
        .click();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.urlContains("/clusters/"));
    String page = browser.findElement(By.tagName("main")).getText();
    assertThat(page, containsString("Disputed facts"));
    assertThat(page, containsString("134 children"));
    assertThat(page, containsString("150"));
  }

  @Test
  public void storyMarkupIsShownAsTextAndNeverRuns() throws IOException {
    String story = "hostile-1";
    ClusterView hostile = ClusterView.of("story-hostile", 1,
        ClusterView.Canonical.of(story, SCRIPT, IMG + " " + SCRIPT, IMG, "the only one"),
        List.of(ClusterView.CopyCluster.of("copy-" + story, story, "the only one", List.of(story))),
        List.of(ClusterView.Member.of(story, SCRIPT, IMG, null, "copy-" + story, null, "first",
            List.of(), 1, null, null, null)),
        FactComparison.asWritten(List.of()));
    writePane(OutputJson.cluster(hostile));
    waitFor(By.id("clusters"), IMG);
    assertThat(browser.findElement(By.id("clusters")).getText(), containsString(SCRIPT));
    assertThat(browser.findElement(By.id("sources")).getText(), containsString(SCRIPT));
    assertThat(pwned(), nullValue());
    browser.findElement(By.cssSelector("a[href='/clusters/story-hostile']")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.urlContains("/clusters/story-hostile"));
    assertThat(browser.findElement(By.tagName("h2")).getText(), containsString(IMG));
    assertThat(pwned(), nullValue());
  }

  /**
   * The seeds' cluster under an id the page has not had yet, whichever test ran first, so that
   * it arrives as a new cluster.
   */
  private static ClusterView nextSeeds() {
    ClusterView seeds = Seeds.storyCluster();
    return ClusterView.of(seeds.getStoryCluster() + "-" + ++seedsCopies, 1, seeds.getCanonical(),
        seeds.getCopyClusters(), seeds.getMembers(), seeds.getFacts());
  }

  private Object pwned() {
    return ((JavascriptExecutor) browser).executeScript("return window.__pwned");
  }

  private static void waitFor(By element, String text) {
    HeadlessChromium.waitFor(browser, element, text);
  }

  /** A window's file, as a streaming job writes it: complete, under a new pane number. */
  private static void writePane(String line) throws IOException {
    Path temp = output.resolve(".pane.tmp");
    Files.writeString(temp, line + "\n", StandardCharsets.UTF_8);
    Files.move(temp, output.resolve("clusters-pane-" + pane++ + "-00000-of-00001.jsonl"));
  }
}
