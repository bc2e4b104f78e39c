package org.kuzet.interdiction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.kuzet.testing.BrowserSupport;
import org.kuzet.testing.OnH2;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The officer sees the risk score appear while typing; the analyst opens the seizure dashboard and
 * sees the oblasts, the posts sized by seizures and the charts drawn.
 */
@OnH2
class AnalysisBrowserIT extends BrowserSupport {

  @Autowired JdbcClient jdbc;

  @Test
  void officerSeesTheScoreWhileTypingAndAnalystSeesMapAndCharts() throws Exception {
    long post = InterdictionFixtures.postId(jdbc, InterdictionFixtures.CDC_POST);
    AnalysisFixtures.plantSeizure(
        jdbc,
        post,
        null,
        Instant.now().minus(Duration.ofDays(5)),
        "HEROIN",
        "4.200",
        "KG",
        "door panels",
        "CDC_MOI",
        "TJK");

    signIn("officer.cdc");
    open("/interdiction/posts/" + post + "/log");
    find(By.id("plate")).sendKeys(InterdictionFixtures.uniquePlate());
    find(By.id("plateCountry")).clear();
    find(By.id("plateCountry")).sendKeys("KG");
    find(By.id("origin")).sendKeys("Osh");
    find(By.id("cargo")).sendKeys("onions");
    find(By.id("vehicleMake")).click(); // leaving the field fires its change
    waitFor(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("#risk-score li[data-rule='ORIGIN']")));
    String score = find(By.id("risk-score")).getText();
    assertThat(score)
        .contains("Risk score")
        .contains("PLATE_COUNTRY")
        .contains("ORIGIN")
        .contains("CARGO");
    screenshot("risk-score-on-the-form");

    signIn("analyst.cdc");
    open("/interdiction/statistics");
    waitFor(ExpectedConditions.attributeToBe(By.id("seizure-map"), "data-ready", "true"));
    waitFor(ExpectedConditions.attributeToBe(By.id("chart-MONTH"), "data-ready", "true"));
    assertThat(
            browser.findElements(By.cssSelector("#seizure-map .leaflet-overlay-pane path")).size())
        .as("oblasts and posts drawn")
        .isGreaterThanOrEqualTo(16 + 20);
    assertThat(browser.findElements(By.cssSelector("#chart-DRUG canvas"))).isNotEmpty();
    assertThat(Long.parseLong(find(By.id("total-cases")).getText())).isPositive();
    screenshot("seizure-dashboard");
  }
}
