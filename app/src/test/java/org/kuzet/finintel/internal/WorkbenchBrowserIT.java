package org.kuzet.finintel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.kuzet.testing.BrowserSupport;
import org.kuzet.testing.OnH2;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An investigator imports a bank extract, watches the import finish, escalates one of the
 * alerts it raised into a new case and opens the case's link chart.
 */
@OnH2
class WorkbenchBrowserIT extends BrowserSupport {

  @Test
  void importEscalateAndOpenTheLinkChart() throws Exception {
    Path file = Files.createTempFile("extract-", ".csv");
    Files.write(file, FinintelFixtures.fanOut(FinintelFixtures.unique()));
    try {
      signIn(FinintelChecks.FP);
      open("/finintel/imports");
      find(By.id("file")).sendKeys(file.toAbsolutePath().toString());
      find(By.id("import-submit")).click();

      // The progress card polls until the import, detection and screening are done.
      waitFor(ExpectedConditions.attributeToBe(By.id("progress"), "data-status", "DONE"));
      find(By.id("import-alerts")).click();

      waitFor(ExpectedConditions.presenceOfElementLocated(By.id("alert-queue")));
      find(By.cssSelector("#alert-queue .alert-link")).click();
      waitFor(ExpectedConditions.presenceOfElementLocated(By.id("escalate")));
      find(By.id("case-title")).sendKeys("Mule network around the hub");
      find(By.id("escalate")).click();

      waitFor(ExpectedConditions.textToBe(By.id("case-title"), "Mule network around the hub"));
      // The chart has loaded the case's accounts (Cytoscape draws on canvases).
      waitFor(d -> {
        String n = d.findElement(By.id("chart")).getAttribute("data-loaded");
        return n != null && Integer.parseInt(n) > 1;
      });
      assertThat(browser.findElements(By.cssSelector("#chart canvas"))).isNotEmpty();
      assertThat(find(By.id("case-tx-count")).getText()).isNotEqualTo("0");
      screenshot("finintel-case-chart");
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
