package org.kuzet.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kuzet.testing.BrowserSupport;
import org.kuzet.testing.OnH2;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Error pages as a person meets them in Chromium, in Russian and Kazakh: the heading and
 * explanation in the chosen language, the fields at fault, and the two ways out (back to the page
 * the person came from, and home) that work. Screenshots go to {@code target/screenshots}.
 */
@OnH2
class ErrorPagesBrowserIT extends BrowserSupport {

  @Test
  void aRecordThatDoesNotExistInRussianWithAWayBack() throws Exception {
    signIn("pm.inl");
    open("/program?lang=ru");
    // Followed from a page of Kuzet, as a link would be: the page offers the way back to it.
    ((JavascriptExecutor) browser).executeScript("window.location.href = '/program/programs/0'");
    waitFor(ExpectedConditions.urlContains("/program/programs/0"));
    assertThat(find(By.id("error-heading")).getText()).isEqualTo("Не найдено");
    assertThat(find(By.id("error-explanation")).getText())
        .contains("Такой страницы или записи нет");
    assertThat(browser.getTitle()).isEqualTo("Не найдено");
    screenshot("error-not-found-ru");
    clickAndWaitForPage(By.id("error-back"));
    assertThat(browser.getCurrentUrl()).endsWith("/program?lang=ru");
    open("/program/programs/0");
    clickAndWaitForPage(By.id("error-home"));
    assertThat(browser.getCurrentUrl()).endsWith("/home");
  }

  @Test
  void aBadParameterInKazakhNamesTheParameter() throws Exception {
    signIn("analyst.cdc");
    open("/interdiction/statistics/annual?year=-5&lang=kk");
    assertThat(find(By.id("error-heading")).getText()).isEqualTo("Сұрауды қабылдау мүмкін емес");
    // The parameter is named in the reader's language ("year" in Kazakh) with the value refused.
    assertThat(find(By.tagName("main")).getText()).contains("Жыл", "(-5)");
    screenshot("error-bad-request-kk");
    open("/no/such/page");
    assertThat(find(By.id("error-heading")).getText()).isEqualTo("Табылмады");
    screenshot("error-not-found-kk");
    open("/finintel/alerts?lang=ru");
    assertThat(find(By.id("error-heading")).getText()).isEqualTo("Доступ запрещён");
    screenshot("error-forbidden-ru");
    open("/finintel/alerts?lang=en");
  }
}
