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
  void managerAddsFy09FundingAndThePublicSeesItOnceASecondManagerApprovesASnapshot()
      throws Exception {
    try {
      browser.manage().deleteAllCookies();
      open("/factsheets/kazakhstan");
      assertThat(fundingRows())
          .containsExactly(
              "FY05: $2.4 million",
              "FY06: $2.1 million",
              "FY07: $1.9 million",
              "FY08: $1.01 million");

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

      // The public sheet is the approved snapshot: the new line is not public yet.
      open("/factsheets/kazakhstan");
      assertThat(fundingRows()).hasSize(4).last().isEqualTo("FY08: $1.01 million");

      // Published as of today by one program manager...
      open("/program");
      clickAndWaitForPage(By.linkText("Publish fact sheets"));
      clickAndWaitForPage(By.cssSelector("#publish button[type=submit]"));
      assertThat(find(By.id("flash-ok")).getText())
          .contains("a second program manager must approve it");
      assertThat(find(By.cssSelector("#snapshots tbody tr")).getText())
          .contains("Waiting for a second program manager");
      assertThat(browser.findElements(By.cssSelector("#snapshots tbody tr:first-child button")))
          .isEmpty();
      open("/factsheets/kazakhstan");
      assertThat(fundingRows()).hasSize(4);

      // ...approved by the other, after a look at the preview.
      signIn("pm.review");
      open("/program/factsheets");
      clickAndWaitForPage(By.cssSelector("#snapshots tbody tr:first-child td a"));
      // Other tests in the same context may add later years; FY09 follows FY08 whatever they add.
      assertThat(fundingRows()).containsSubsequence("FY08: $1.01 million", "FY09: $1.75 million");
      clickAndWaitForPage(By.xpath("//button[text()='Approve']"));
      assertThat(find(By.id("flash-ok")).getText()).contains("it is now the public fact sheet");

      open("/factsheets/kazakhstan");
      // FY2009 at least: other tests in the same database may add funding of later years.
      assertThat(find(By.cssSelector(".fs-funding h2")).getText())
          .matches("U\\.S\\. Government Funding FY2005-20(09|[1-9][0-9])");
      assertThat(fundingRows()).containsSubsequence("FY08: $1.01 million", "FY09: $1.75 million");
      screenshot("factsheet-with-fy09");

      signIn("pm.inl");
      browser.get(record);
      find(By.cssSelector("button.danger")).click();
      waitFor(ExpectedConditions.urlMatches(".*/program/funding$"));
    } finally {
      // Leave the shared demo data as it was, even when an assertion failed half-way: the line
      // gone, and the demo's snapshot of January 20, 2009 the public one again.
      jdbc.sql("DELETE FROM prog_funding WHERE note = ?").param(NOTE).update();
      long demo =
          jdbc.sql("SELECT MIN(id) FROM prog_factsheet_snapshot WHERE country_code = 'kazakhstan'")
              .query(Long.class)
              .single();
      jdbc.sql("DELETE FROM prog_factsheet_snapshot_text WHERE snapshot_id > ?")
          .param(demo)
          .update();
      jdbc.sql("DELETE FROM prog_factsheet_snapshot WHERE id > ?").param(demo).update();
      jdbc.sql("UPDATE prog_factsheet_snapshot SET status = 'APPROVED' WHERE id = ?")
          .param(demo)
          .update();
    }
    open("/factsheets/kazakhstan");
    assertThat(fundingRows()).hasSize(4).last().isEqualTo("FY08: $1.01 million");
  }

  private List<String> fundingRows() {
    return browser.findElements(By.cssSelector("#funding tr")).stream()
        .map(WebElement::getText)
        .toList();
  }

  private void choose(String selectId, String prefix) {
    var select = new Select(find(By.id(selectId)));
    String text =
        select.getOptions().stream()
            .map(WebElement::getText)
            .filter(t -> t.startsWith(prefix))
            .findFirst()
            .orElseThrow(
                () -> new AssertionError("no option starting with " + prefix + " in " + selectId));
    select.selectByVisibleText(text);
  }
}
