package io.moltr.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.moltr.server.auth.PasswordHashes;
import io.moltr.server.cluster.RedisProcess;
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
  Path downloads;
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
    browser = chromium(work.resolve("downloads"));
    downloads = work.resolve("downloads");
    wait = new WebDriverWait(browser, Duration.ofSeconds(15));
  }

  /** Headless Chromium, saving downloads to {@code downloads} without asking. */
  static WebDriver chromium(Path downloads) throws Exception {
    Files.createDirectories(downloads);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-quic", "--window-size=1280,1000");
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
    options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toAbsolutePath().toString(),
        "download.prompt_for_download", false));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    return new ChromeDriver(service, options);
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

  void textContains(String id, String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
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

    // Registered secret: added through the form, its value gone from the page, blocked from then on
    String bearer = shield.login();
    String value = "Vx7-browser-drill-Q2m9-teal";
    shield.admin("POST", "/secrets", "{\"name\":\"gone_secret\",\"value\":\"another-value-Lp4Rt8\"}", bearer);
    open("secrets");
    textContains("secret-rows", "gone_secret");
    browser.findElement(By.id("secret-name")).sendKeys("drill_secret");
    WebElement valueInput = browser.findElement(By.id("secret-value"));
    assertThat(valueInput.getAttribute("type")).isEqualTo("password");
    valueInput.sendKeys(value);
    browser.findElement(By.id("secret-add-submit")).click();
    textContains("secret-message", "Secret drill_secret registered");
    textContains("secret-rows", "drill_secret");
    assertThat(valueInput.getAttribute("value")).isEmpty();
    assertThat(browser.getPageSource()).doesNotContain(value);
    assertThat(names(bearer)).contains("drill_secret");
    assertThat(outputAllowed("build log: " + value + " done")).as("the scanner blocks the registered value").isFalse();
    screenshot("secrets.png");

    // An error from the API is shown: the other secret was deleted behind the page's back
    shield.admin("DELETE", "/secrets/gone_secret", null, bearer);
    browser.findElement(By.cssSelector("button[aria-label='Delete secret gone_secret']")).click();
    visible("confirm");
    browser.findElement(By.id("confirm-ok")).click();
    textContains("secret-message", "Not deleted: no registered secret named 'gone_secret'");
    assertThat(browser.findElement(By.id("secret-message")).getAttribute("class")).isEqualTo("error");

    // Deleted through the page, after a confirmation that Cancel leaves alone
    By deleteDrill = By.cssSelector("button[aria-label='Delete secret drill_secret']");
    browser.findElement(deleteDrill).click();
    visible("confirm");
    assertThat(browser.switchTo().activeElement().getAttribute("id")).as("the safe choice has the focus").isEqualTo("confirm-cancel");
    browser.findElement(By.id("confirm-cancel")).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("confirm")));
    assertThat(names(bearer)).contains("drill_secret");
    browser.findElement(deleteDrill).click();
    visible("confirm");
    browser.findElement(By.id("confirm-ok")).click();
    textContains("secret-message", "Secret drill_secret deleted");
    visible("secret-empty");
    assertThat(names(bearer)).doesNotContain("drill_secret");
    assertThat(outputAllowed("build log: " + value + " done")).isTrue();

    // Configuration reload: the success message, then a broken file's error, then success again
    open("config");
    browser.findElement(By.id("config-reload")).click();
    textContains("config-message", "Configuration reloaded.");
    assertThat(visible("config-details").getText()).contains("enforce");
    Path commands = work.resolve("config/allowlists/commands.yaml");
    String original = Files.readString(commands);
    Files.writeString(commands, original.replace("max_commands_per_minute: 300", "max_commands_per_minute: lots"));
    browser.findElement(By.id("config-reload")).click();
    textContains("config-message", "commands.yaml");
    assertThat(browser.findElement(By.id("config-message")).getText()).contains("lots", "last valid one stays in force");
    assertThat(browser.findElement(By.id("config-details")).isDisplayed()).isFalse();
    Files.writeString(commands, original);
    browser.findElement(By.id("config-reload")).click();
    textContains("config-message", "Configuration reloaded.");

    // Audit export: fetched with the Bearer token, checked against its SHA-256, saved through a Blob link
    browser.findElement(By.id("audit-export")).click();
    textContains("audit-message", "Checksum verified");
    String linkText = visible("audit-download").getText();
    assertThat(linkText).startsWith("Save ").endsWith(" bytes)");
    assertThat(browser.findElement(By.id("audit-download")).getAttribute("href")).startsWith("blob:");
    Path saved = wait.until(d -> {
      try (var files = Files.list(downloads)) {
        return files.filter(f -> f.toString().endsWith(".jsonl")).findFirst().orElse(null);
      } catch (java.io.IOException e) {
        return null;
      }
    });
    assertThat(linkText).contains(saved.getFileName().toString());
    String exported = Files.readString(saved);
    assertThat(exported).contains("secret.registered", "secret.deleted", "config.reloaded", "config.reload_refused")
        .doesNotContain(value);
    screenshot("config.png");
    browser.manage().window().setSize(new Dimension(390, 844));
    screenshot("config-phone.png");
    open("secrets");
    screenshot("secrets-phone.png");
    browser.manage().window().setSize(new Dimension(1280, 1000));

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

  List<String> names(String bearer) throws Exception {
    List<String> out = new java.util.ArrayList<>();
    shield.admin("GET", "/secrets", null, bearer).get("names").forEach(n -> out.add(n.asText()));
    return out;
  }

  boolean outputAllowed(String text) throws Exception {
    var r = shield.call("POST", "/scan/output", RunningShield.JSON.writeValueAsString(Map.of("text", text)),
        "X-API-Key", shield.agentKey);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return RunningShield.JSON.readTree(r.body()).get("allowed").asBoolean();
  }

  /**
   * Cluster mode, two nodes on a Redis of the test's own (it is killed): the fleet view lists both,
   * an incident names its node, and when Redis goes the page says so in a banner.
   */
  @Test
  void theFleetViewShowsEveryNodeAndADegradedBannerWhenRedisGoes() throws Exception {
    List<RunningShield> fleet = new java.util.ArrayList<>();
    try (RedisProcess redis = RedisProcess.start(work.resolve("redis"))) {
      String prefix = "dash" + java.util.UUID.randomUUID().toString().substring(0, 8) + ":";
      String hash = PasswordHashes.hash(ClusterFleetTest.ADMIN_PASSWORD.toCharArray());
      for (String n : List.of("a", "b")) {
        Map<String, String> env = new java.util.HashMap<>();
        env.put("MOLTR_REDIS_URL", redis.url());
        env.put("MOLTR_REDIS_PREFIX", prefix);
        env.put("MOLTR_NODE_ID", "node-" + n);
        env.put("MOLTR_JWT_SECRET", ClusterFleetTest.JWT_SECRET);
        env.put("MOLTR_API_KEYS", ClusterFleetTest.AGENT_KEY);
        env.put("MOLTR_FERNET_KEY", ClusterFleetTest.FERNET_KEY);
        env.put("MOLTR_DASHBOARD_USER", "admin");
        env.put("MOLTR_DASHBOARD_PASSWORD_HASH", hash);
        fleet.add(RunningShield.startNode(work.resolve("node-" + n), env, ClusterFleetTest.AGENT_KEY,
            ClusterFleetTest.ADMIN_PASSWORD));
      }
      RunningShield a = fleet.get(0);
      RunningShield b = fleet.get(1);

      browser.get(a.base() + "/");
      logIn(ClusterFleetTest.ADMIN_PASSWORD);
      textIs("ov-fleet", "node-a · connected");
      assertThat(browser.findElement(By.id("ov-degraded")).isDisplayed()).isFalse();

      // An incident on node b, listed on node a's dashboard with its node
      assertThat(b.call("POST", "/check/command", "{\"command\":\"rm -rf /\"}", "X-API-Key", ClusterFleetTest.AGENT_KEY)
          .statusCode()).isEqualTo(200);
      String bearer = a.login();
      wait.until(d -> fleetIncidentFrom(a, bearer, "node-b"));
      open("incidents");
      visible("incident-node-col");
      textContains("incident-rows", "node-b");
      browser.findElement(By.cssSelector("#incident-rows button")).click();
      assertThat(visible("incident-detail").getText()).contains("Node", "node-b");

      // Both nodes, as they last reported (the view refreshes itself)
      open("fleet");
      textContains("fleet-fields", "connected");
      assertThat(browser.findElement(By.id("fleet-fields")).getText()).contains("node-a", prefix);
      textContains("fleet-rows", "node-b");
      String rows = browser.findElement(By.id("fleet-rows")).getText();
      assertThat(rows).contains("node-a (this node)", "off", "running").contains("ago)");
      screenshot("fleet.png");
      browser.manage().window().setSize(new Dimension(390, 844));
      screenshot("fleet-phone.png");
      browser.manage().window().setSize(new Dimension(1280, 1000));

      // Redis goes: the fleet's sessions end (their revocation cannot be checked); a new login on
      // this node shows the degraded state and its reason.
      open("overview");
      redis.kill();
      wait.until(d -> degraded(a));
      browser.findElement(By.cssSelector("#nav a[data-view='fleet']")).click();
      textIs("login-error", "Your session ended. Log in again.");
      logIn(ClusterFleetTest.ADMIN_PASSWORD);
      textContains("fleet-degraded", "Degraded: ");
      assertThat(browser.findElement(By.id("fleet-degraded")).getText()).contains("cluster store unreachable");
      textContains("fleet-fields", "degraded");
      visible("fleet-empty");
      open("overview");
      textContains("ov-degraded", "cluster store unreachable");
      textIs("ov-fleet", "node-a · degraded");
      browser.manage().window().setSize(new Dimension(390, 844));
      screenshot("overview-degraded-phone.png");
    } finally {
      fleet.forEach(RunningShield::close);
    }
  }

  void logIn(String password) {
    visible("login-user").clear();
    browser.findElement(By.id("login-user")).sendKeys("admin");
    browser.findElement(By.id("login-password")).sendKeys(password);
    browser.findElement(By.id("login-submit")).click();
    visible("nav");
  }

  static boolean fleetIncidentFrom(RunningShield node, String bearer, String from) {
    try {
      for (var i : node.admin("GET", "/admin/incidents", null, bearer).get("incidents")) {
        if (from.equals(i.path("node").asText())) {
          return true;
        }
      }
      return false;
    } catch (Exception e) {
      return false;
    }
  }

  static boolean degraded(RunningShield node) {
    try {
      return RunningShield.JSON.readTree(node.call("GET", "/health", null).body()).path("status").asText().equals("degraded");
    } catch (Exception e) {
      return false;
    }
  }

  /** The served page and script: every element the script looks up exists; nothing the CSP would block. */
  @Test
  void theScriptFindsEveryElementItUsesAndNothingIsInline() throws Exception {
    String page = shield.call("GET", "/", null).body();
    String script = shield.call("GET", "/app.js", null).body();
    java.util.regex.Matcher ids = java.util.regex.Pattern.compile("\\$\\('([A-Za-z0-9-]+)'\\)").matcher(script);
    List<String> used = new java.util.ArrayList<>();
    while (ids.find()) {
      used.add(ids.group(1));
    }
    assertThat(used).contains("secret-add", "config-reload", "audit-export", "fleet-rows", "ov-fleet");
    assertThat(used).allSatisfy(id -> assertThat(page).as("id " + id).contains("id=\"" + id + "\""));
    assertThat(page).doesNotContainPattern("(?i)\\son[a-z]+=|style=|<script>|<script(?![^>]*\\ssrc=)[^>]*>|https?://");
    assertThat(script).as("text only, never markup from data")
        .doesNotContainPattern("\\.(inner|outer)HTML\\b|insertAdjacentHTML|document\\.write|\\beval\\(|new Function");
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
