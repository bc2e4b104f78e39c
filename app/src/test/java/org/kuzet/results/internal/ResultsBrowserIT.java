package org.kuzet.results.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kuzet.testing.BrowserSupport;
import org.kuzet.testing.OnH2;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In a real browser: a program manager opens a program's results and sees the chart drawn, enters a
 * demand-reduction value, and cannot approve it; an administrator approves it and the year's actual
 * shows it.
 */
@OnH2
class ResultsBrowserIT extends BrowserSupport {

  @Autowired JdbcClient jdbc;

  @Test
  void managerEntersAValueAndAnotherUserApprovesIt() throws Exception {
    signIn("pm.inl");
    clickAndWaitForPage(By.linkText("Results"));
    clickAndWaitForPage(By.linkText("Trafficking in Persons (TIP)"));
    waitFor(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("#indicator-TIP-TRAINED .results-chart svg")));
    assertThat(find(By.cssSelector("#indicator-TIP-TRAINED .results-chart")).getText())
        .contains("FY2008");
    screenshot("results-tip");

    // The country page draws the same chart beside the other programs' charts.
    open("/results/countries/kazakhstan");
    waitFor(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("#chart-TIP-TRAINED .results-chart svg")));
    assertThat(find(By.cssSelector("#chart-TIP-TRAINED .results-chart")).getText())
        .contains("FY2008");

    open("/results/programs/KZ-DR");
    String form = "#indicator-DR-PREVENTION form.entry-form ";
    find(By.cssSelector(form + "input[name=fiscalYear]")).sendKeys("2032");
    find(By.cssSelector(form + "input[name=amount]")).sendKeys("21,500");
    find(By.cssSelector(form + "input[name=note]")).sendKeys("Oblast reports, browser journey");
    clickAndWaitForPage(By.cssSelector(form + "button[type=submit]"));
    assertThat(find(By.id("flash-ok")).getText())
        .isEqualTo("Value entered; it counts once another user approves it.");
    long value =
        jdbc.sql("SELECT MAX(id) FROM res_manual_value WHERE fiscal_year = 2032 AND amount = 21500")
            .query(Long.class)
            .single();
    assertThat(find(By.id("entry-" + value)).getText())
        .contains("waiting for review", "Another user reviews this value.");
    assertThat(browser.findElements(By.cssSelector("#entry-" + value + " button"))).isEmpty();

    signIn("admin");
    clickAndWaitForPage(By.linkText("Results"));
    assertThat(find(By.id("pending")).getText())
        .contains("People reached by prevention", "FY2032", "21,500", "pm.inl");
    open("/results/programs/KZ-DR");
    clickAndWaitForPage(By.cssSelector("#entry-" + value + " form[action$='/approve'] button"));
    assertThat(find(By.id("flash-ok")).getText()).isEqualTo("Value approved.");
    assertThat(find(By.cssSelector("#DR-PREVENTION-2032 td.actual")).getText()).isEqualTo("21,500");
    screenshot("results-dr-approved");
  }
}
