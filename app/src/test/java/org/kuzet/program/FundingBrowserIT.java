package org.kuzet.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kuzet.testing.BrowserSupport;
import org.kuzet.testing.OnH2;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A program manager adds the FY09 funding line in a real browser, is told first what is missing,
 * and then sees the public fact sheet's funding table gain the line; deleting it takes it away.
 */
@OnH2
class FundingBrowserIT extends BrowserSupport {

  static final String NOTE = "FY09 line entered in the browser journey";

  @Autowired JdbcClient jdbc;

  @Test
  void managerAddsFy09FundingAndThePublicFactSheetShowsIt() throws Exception {
    try {
      browser.manage().deleteAllCookies();
      open("/factsheets/kazakhstan");
      assertThat(fundingRows()).containsExactly("FY05: $2.4 million", "FY06: $2.1 million", "FY07: $1.9 million", "FY08: $1.01 million");

      signIn("pm.inl");
      find(By.linkText("Program office")).click();
      find(By.linkText("Funding")).click();
      find(By.id("add")).click();

      // Forgetting the amount saves nothing and says so at the field.
      find(By.id("f-fiscalYear")).sendKeys("2009");
      choose("f-program", "KZ-CN — ");
      choose("f-project", "KZ-CN-CHECKPOINTS — ");
      find(By.id("f-note")).sendKeys(NOTE);
      find(By.cssSelector("#funding-form button[type=submit]")).click();
      assertThat(find(By.id("e-obligated")).getText()).isEqualTo("Required.");
      assertThat(find(By.id("f-fiscalYear")).getAttribute("value")).isEqualTo("2009");

      find(By.id("f-obligated")).sendKeys("1,750,000");
      find(By.cssSelector("#funding-form button[type=submit]")).click();
      waitFor(ExpectedConditions.urlMatches(".*/program/funding/\\d+$"));
      String record = browser.getCurrentUrl();

      open("/factsheets/kazakhstan");
      assertThat(find(By.cssSelector(".fs-funding h2")).getText()).isEqualTo("U.S. Government Funding FY2005-2009");
      assertThat(fundingRows()).endsWith("FY08: $1.01 million", "FY09: $1.75 million");
      screenshot("factsheet-with-fy09");

      browser.get(record);
      find(By.cssSelector("button.danger")).click();
      waitFor(ExpectedConditions.urlMatches(".*/program/funding$"));
      open("/factsheets/kazakhstan");
      assertThat(fundingRows()).hasSize(4).last().isEqualTo("FY08: $1.01 million");
    } finally {
      // Leave the shared demo data as it was, even when an assertion failed half-way.
      jdbc.sql("DELETE FROM prog_funding WHERE note = ?").param(NOTE).update();
    }
  }

  private List<String> fundingRows() {
    return browser.findElements(By.cssSelector("#funding tr")).stream().map(WebElement::getText).toList();
  }

  private void choose(String selectId, String prefix) {
    var select = new Select(find(By.id(selectId)));
    String text =
        select.getOptions().stream()
            .map(WebElement::getText)
            .filter(t -> t.startsWith(prefix))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no option starting with " + prefix + " in " + selectId));
    select.selectByVisibleText(text);
  }
}
