package org.kuzet.finintel.internal.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.kuzet.finintel.internal.FinintelChecks;
import org.kuzet.finintel.internal.FinintelFixtures;
import org.kuzet.testing.BrowserSupport;
import org.kuzet.testing.OnH2;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An investigator imports a long extract whose last three rows are broken and watches the import
 * page: while it runs and when it is done, the count of rejected rows and the list of them agree,
 * without reloading the page.
 */
@OnH2
class ImportPageBrowserIT extends BrowserSupport {

  @Test
  void theRejectedRowsAndTheirCountAgreeWithoutAReload() throws Exception {
    Path file = Files.createTempFile("extract-", ".csv");
    Files.write(
        file, FinintelFixtures.longWithThreeBadRowsAtTheEnd(FinintelFixtures.unique(), 20_000));
    try {
      signIn(FinintelChecks.FP);
      open("/finintel/imports");
      var zone = new Select(find(By.id("zone"))).getFirstSelectedOption();
      assertThat(zone.getAttribute("value")).isEqualTo("Asia/Almaty");
      assertThat(zone.getText()).startsWith("Almaty (UTC");
      find(By.id("file")).sendKeys(file.toAbsolutePath().toString());
      clickAndWaitForPage(By.id("import-submit"));

      // The page opened while the import was still running: that is when it used to go stale.
      assertThat(status()).isNotEqualTo("DONE");
      String url = browser.getCurrentUrl();

      // Twenty thousand rows take a while on a busy machine: wait minutes, not the usual seconds.
      new WebDriverWait(browser, Duration.ofMinutes(5)).until(d -> "DONE".equals(status()));
      assertThat(browser.getCurrentUrl()).isEqualTo(url);
      assertThat(find(By.id("progress")).getText()).contains("added, 3 rejected");
      assertThat(browser.findElements(By.cssSelector("#import-errors tbody tr"))).hasSize(3);
      assertThat(browser.findElements(By.id("import-no-rejected"))).isEmpty();
      assertThat(find(By.id("import-errors")).getText()).contains("ten").contains("yesterday");
      assertThat(find(By.id("import-zone")).getAttribute("data-zone")).isEqualTo("Asia/Almaty");
      assertThat(find(By.id("import-zone")).getText()).contains("Almaty (UTC");
      screenshot("finintel-import-rejected-rows");
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** The card's status, read in one step: htmx replaces the card every second while it runs. */
  private Object status() {
    return ((JavascriptExecutor) browser)
        .executeScript(
            "var p = document.getElementById('progress'); return p ? p.dataset.status : null;");
  }
}
