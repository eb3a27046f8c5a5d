package io.moltr.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard as an operator uses it, in Debian's headless Chromium: log in with the password
 * the first start printed, see the overview and an incident an agent caused, trigger and reset
 * the kill switch, create an API key and see it once. Runs in the default test run; without
 * chromium it fails (it never skips silently).
 */
class DashboardBrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target", "dashboard-screenshots");

  @TempDir Path work;
  RunningShield shield;
  WebDriver browser;
  WebDriverWait wait;

  @BeforeEach
  void start() throws Exception {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      fail("the dashboard browser test needs Debian's Chromium and chromedriver at " + CHROMIUM + " and " + CHROMEDRIVER
          + "; install them with: apt-get install -y chromium chromium-driver");
    }
    shield = RunningShield.start(work, UnaryOperator.identity());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-quic", "--window-size=1280,1000");
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(15));
  }

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (shield != null) {
      shield.close();
    }
  }

  WebElement visible(String id) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
  }

  void textIs(String id, String text) {
    wait.until(ExpectedConditions.textToBe(By.id(id), text));
  }

  void open(String view) {
    browser.findElement(By.cssSelector("#nav a[data-view='" + view + "']")).click();
    visible("view-" + view);
  }

  void screenshot(String name) throws Exception {
    Files.createDirectories(SCREENSHOTS);
    File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void anOperatorLogsInWatchesIncidentsUsesTheKillSwitchAndCreatesAKey() throws Exception {
    browser.get(shield.base() + "/");
    visible("login-user").sendKeys("admin");
    browser.findElement(By.id("login-password")).sendKeys("wrong password");
    browser.findElement(By.id("login-submit")).click();
    textIs("login-error", "invalid username or password");
    browser.findElement(By.id("login-password")).clear();
    browser.findElement(By.id("login-password")).sendKeys(shield.adminPassword);
    browser.findElement(By.id("login-submit")).click();

    // Overview
    textIs("ov-mode", "enforce");
    textIs("ov-killswitch", "off");
    assertThat(browser.findElement(By.id("ov-modules")).getText()).contains("output scanner", "enabled");

    // An incident an agent causes through the API, and one a scanner causes, pushed live
    assertThat(shield.call("POST", "/check/command", "{\"command\":\"rm -rf /\"}", "X-API-Key", shield.agentKey)
        .statusCode()).isEqualTo(200);
    open("incidents");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("incident-rows"), "command"));
    wait.until(ExpectedConditions.textToBe(By.id("live"), "Live"));
    shield.call("GET", "/.env", null, "User-Agent", "<img src=x onerror=alert(1)>");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("incident-rows"), "honeypot"));
    assertThat(browser.findElements(By.cssSelector("#timeline rect"))).isNotEmpty();
    new Select(browser.findElement(By.id("filter-type"))).selectByValue("honeypot");
    browser.findElement(By.cssSelector("#incident-filters button")).click();
    wait.until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(By.id("incident-rows"), "command")));
    browser.findElement(By.cssSelector("#incident-rows button")).click();
    WebElement detail = visible("incident-detail");
    assertThat(detail.getText()).contains("api.honeypot", "GET /.env", "127.0.0.0", "<img src=x onerror=alert(1)>");
    screenshot("incidents.png");

    // Kill switch: trigger PAUSE with a confirmation, reset with the codephrase
    open("killswitch");
    textIs("ks-level", "off");
    browser.findElement(By.id("ks-trigger-reason")).sendKeys("browser drill");
    browser.findElement(By.id("ks-trigger-submit")).click();
    visible("confirm");
    assertThat(browser.findElement(By.id("confirm-text")).getText()).contains("PAUSE");
    browser.findElement(By.id("confirm-ok")).click();
    textIs("ks-level", "PAUSE");
    assertThat(shield.server.safety().killSwitch().state().isActive()).isTrue();
    browser.findElement(By.id("ks-reset-codephrase")).sendKeys("not the codephrase");
    browser.findElement(By.id("ks-reset-submit")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("ks-message"), "codephrase"));
    assertThat(browser.findElement(By.id("ks-level")).getText()).isEqualTo("PAUSE");
    browser.findElement(By.id("ks-reset-codephrase")).sendKeys(RunningShield.CODEPHRASE);
    browser.findElement(By.id("ks-reset-submit")).click();
    textIs("ks-level", "off");
    assertThat(shield.server.safety().killSwitch().state().isActive()).isFalse();

    // API key: created, shown once, works
    open("apikeys");
    browser.findElement(By.id("key-name")).sendKeys("browser-key");
    browser.findElement(By.id("key-create-submit")).click();
    String key = visible("key-new-value").getText();
    assertThat(key).matches("moltr_[A-Za-z0-9]{40}");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("key-rows"), "browser-key"));
    assertThat(shield.call("POST", "/check/command", "{\"command\":\"ls\"}", "X-API-Key", key).statusCode()).isEqualTo(200);
    screenshot("apikeys.png");
    browser.findElement(By.id("key-new-done")).click();
    assertThat(browser.getPageSource()).doesNotContain(key);

    // A reload keeps the session through the refresh cookie (the access token was in memory only)
    browser.navigate().refresh();
    visible("view-apikeys");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("key-rows"), "browser-key"));
    assertThat(browser.getPageSource()).doesNotContain(key);

    // Readable on a phone
    open("overview");
    browser.manage().window().setSize(new Dimension(390, 844));
    textIs("ov-mode", "enforce");
    screenshot("overview-phone.png");
    browser.manage().window().setSize(new Dimension(1280, 1000));
    screenshot("overview.png");

    List<LogEntry> console = browser.manage().logs().get(LogType.BROWSER).getAll();
    assertThat(console).as("no CSP violation, no script error")
        .noneMatch(e -> e.getMessage().contains("Content Security Policy") || e.getMessage().contains("Uncaught"));
  }

  @Test
  void keyboardOnlyLogin() throws Exception {
    browser.get(shield.base() + "/");
    WebElement user = visible("login-user");
    user.click();
    user.sendKeys("admin" + org.openqa.selenium.Keys.TAB + shield.adminPassword + org.openqa.selenium.Keys.ENTER);
    textIs("ov-mode", "enforce");
    // Focus is visible: the stylesheet outlines :focus-visible
    browser.findElement(By.cssSelector("#nav a[data-view='incidents']")).sendKeys(org.openqa.selenium.Keys.ENTER);
    visible("view-incidents");
  }
}
