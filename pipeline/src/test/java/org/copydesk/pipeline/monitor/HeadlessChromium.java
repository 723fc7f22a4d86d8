package org.copydesk.pipeline.monitor;

import java.io.File;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Chromium (Debian's {@code chromium} and {@code chromedriver}) for the page's tests. */
public final class HeadlessChromium {
  private HeadlessChromium() {}

  /** A browser with a 1280 by 1000 window; the caller quits it. */
  public static WebDriver start() {
    ChromeOptions options = new ChromeOptions()
        .setBinary("/usr/bin/chromium")
        .addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
            "--disable-dev-shm-usage", "--window-size=1280,1000");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File("/usr/bin/chromedriver"))
        .usingAnyFreePort().build();
    WebDriver browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
    return browser;
  }

  /** Waits up to 15 seconds for {@code text} to be in {@code element}. */
  public static void waitFor(WebDriver browser, By element, String text) {
    new WebDriverWait(browser, Duration.ofSeconds(15))
        .until(ExpectedConditions.textToBePresentInElementLocated(element, text));
  }
}
