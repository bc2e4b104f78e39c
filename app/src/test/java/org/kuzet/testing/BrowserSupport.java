package org.kuzet.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Level;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInfo;
import org.kuzet.identity.DemoAccounts;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the browser tests: Debian's headless Chromium driven by Selenium against the app on a
 * random port (annotate the subclass with {@link OnH2}). One browser per test class.
 */
public abstract class BrowserSupport {

  protected static WebDriver browser;

  @LocalServerPort protected int port;

  /** The language the running browser speaks: its interface, date inputs and Accept-Language. */
  private static String language = "en";

  @BeforeAll
  static void startBrowser(TestInfo test) throws Exception {
    BrowserLanguage declared =
        test.getTestClass().map(c -> c.getAnnotation(BrowserLanguage.class)).orElse(null);
    start(declared == null ? "en" : declared.value());
  }

  /**
   * Runs the browser in {@code lang} (en, ru or kk) from here on, as an officer's browser set to
   * that language: date inputs show that language's format and requests ask for it. A browser in
   * another language is closed and a new one started, so sign in again afterwards.
   */
  protected static void useBrowserLanguage(String lang) throws Exception {
    if (browser != null && lang.equals(language)) {
      return;
    }
    stopBrowser();
    start(lang);
  }

  private static void start(String lang) throws Exception {
    var options = new ChromeOptions();
    options.setBinary(executable("KUZET_CHROMIUM", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1400,1000",
        "--lang=" + lang,
        "--user-data-dir=" + Files.createTempDirectory("kuzet-chromium"));
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguages(lang)));
    var service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                new File(executable("KUZET_CHROMEDRIVER", "/usr/bin/chromedriver")))
            // Chromium on Linux takes its interface language, which date inputs follow, from
            // LANGUAGE and ignores --lang; the driver passes its environment on to the browser.
            .withEnvironment(Map.of("LANGUAGE", interfaceLanguages(lang)))
            .build();
    // The browser's console, to catch what the Content-Security-Policy refuses.
    var logging = new LoggingPreferences();
    logging.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logging);
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
    language = lang;
  }

  /**
   * The interface languages in order of preference. Chromium has no Kazakh interface (Debian's
   * chromium-l10n holds Russian, not Kazakh): a Kazakh browser falls back to Russian, which writes
   * dates as Kazakh does (dd.mm.yyyy), not to American English.
   */
  static String interfaceLanguages(String lang) {
    return switch (lang) {
      case "kk" -> "kk:ru";
      case "ru" -> "ru";
      default -> "en_US";
    };
  }

  static String acceptLanguages(String lang) {
    return switch (lang) {
      case "kk" -> "kk,ru";
      case "ru" -> "ru";
      default -> "en-US,en";
    };
  }

  /**
   * How the browser writes 5 September 2008 by default, which is how its date inputs show a date:
   * "05.09.2008" in Russian and Kazakh, "9/5/2008" in English.
   */
  protected static String browserDateFormat() {
    return (String)
        ((JavascriptExecutor) browser)
            .executeScript(
                "return new Intl.DateTimeFormat(undefined, {day: '2-digit', month: '2-digit', year: 'numeric'})"
                    + ".format(new Date(2008, 8, 5))");
  }

  /**
   * After each test: nothing the pages needed was refused by their Content-Security-Policy (an
   * inline script without the nonce, a script, style or image from elsewhere).
   */
  @AfterEach
  void noContentSecurityPolicyViolations() {
    if (browser == null) {
      return;
    }
    var refused =
        browser.manage().logs().get(LogType.BROWSER).getAll().stream()
            .map(LogEntry::getMessage)
            .filter(m -> m.contains("Content Security Policy"))
            .toList();
    Assertions.assertThat(refused).as("refused by the Content-Security-Policy").isEmpty();
  }

  @AfterAll
  protected static void stopBrowser() {
    if (browser != null) {
      browser.quit();
      browser = null;
    }
  }

  private static String executable(String env, String fallback) {
    String path = System.getenv().getOrDefault(env, fallback);
    if (!new File(path).canExecute()) {
      throw new IllegalStateException(
          path + " is missing: install Debian's chromium and chromium-driver (.ci/run does)");
    }
    return path;
  }

  protected String url(String path) {
    return "http://localhost:" + port + path;
  }

  protected void open(String path) {
    browser.get(url(path));
  }

  /** Signs in through the real form as a demo account and lands on the home page. */
  protected void signIn(String username) {
    browser.manage().deleteAllCookies();
    open("/login");
    browser.findElement(By.id("username")).sendKeys(username);
    browser.findElement(By.id("password")).sendKeys(DemoAccounts.PASSWORD);
    browser.findElement(By.cssSelector("form button[type=submit]")).click();
    waitFor(ExpectedConditions.urlContains("/home"));
  }

  /**
   * Clicks something that loads a new page (a form's submit button, a link) and waits until the old
   * page is gone, so that the next lookup cannot find an element of the page just left.
   */
  protected void clickAndWaitForPage(By by) {
    WebElement old = browser.findElement(By.tagName("html"));
    browser.findElement(by).click();
    waitFor(pageLeft(old));
  }

  /**
   * True once {@code old} no longer belongs to the page shown. Chromium reports a node of a page
   * just unloaded either as stale or, while the new document is being attached, as an "unhandled
   * inspector error" naming a node that "does not belong to the document"; both mean the page
   * changed, and {@link ExpectedConditions#stalenessOf} only knows the first.
   */
  protected static ExpectedCondition<Boolean> pageLeft(WebElement old) {
    return driver -> {
      try {
        old.isEnabled();
        return false;
      } catch (StaleElementReferenceException gone) {
        return true;
      } catch (WebDriverException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("does not belong to the document")
            || message.contains("No node with given id")) {
          return true;
        }
        throw e;
      }
    };
  }

  protected WebElement find(By by) {
    return browser.findElement(by);
  }

  /**
   * Waits up to ten seconds. An element replaced while it is read (htmx swaps a polled card every
   * second) is looked up again on the next try instead of failing the test.
   */
  protected <T> T waitFor(ExpectedCondition<T> condition) {
    return new WebDriverWait(browser, Duration.ofSeconds(10))
        .ignoring(StaleElementReferenceException.class)
        .until(condition);
  }

  /** Saves a screenshot under target/screenshots, for a person to look at. */
  protected Path screenshot(String name) throws Exception {
    Path dir = Path.of("target/screenshots");
    Files.createDirectories(dir);
    Path file = dir.resolve(name + ".png");
    Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    return file;
  }
}
