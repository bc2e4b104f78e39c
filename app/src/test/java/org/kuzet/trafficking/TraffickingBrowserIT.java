package org.kuzet.trafficking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kuzet.testing.BrowserSupport;
import org.kuzet.testing.OnH2;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A caseworker interviews a person, sees the assessment before anything is stored, records the
 * identification with consent, refers the person to a shelter and finds the referral on the home
 * page.
 */
@OnH2
class TraffickingBrowserIT extends BrowserSupport {

  @Test
  void caseworkerRecordsAnIdentificationAndAReferral() throws Exception {
    signIn("caseworker.mp");
    find(By.linkText("Trafficking cases")).click();
    find(By.id("identify")).click();
    waitFor(ExpectedConditions.urlContains("/trafficking/identify"));

    // The interview is assessed on the spot, before consent, without storing anything.
    find(By.id("answer-DOCUMENTS_CONFISCATED-YES")).click();
    find(By.id("answer-FORCED_LABOUR-YES")).click();
    find(By.id("assess")).click();
    waitFor(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("assessment-level"), "Strong indication"));
    assertThat(find(By.cssSelector("#assessment .next-steps")).getText()).contains("shelter");

    find(By.id("consent")).click();
    find(By.id("givenName")).sendKeys("Зарина");
    find(By.id("familyName")).sendKeys("Браузерова");
    find(By.id("age")).sendKeys("24");
    new Select(find(By.id("gender"))).selectByValue("FEMALE");
    find(By.id("citizenship")).sendKeys("Tajikistan");
    find(By.id("exploitation-FORCED_LABOUR")).click();
    screenshot("tip-identify");
    find(By.id("save")).click();
    waitFor(ExpectedConditions.urlContains("created"));
    assertThat(find(By.id("person-name")).getText()).isEqualTo("Зарина Браузерова");
    String reference = find(By.cssSelector("h1 span")).getText().replace("Case ", "");
    assertThat(reference).startsWith("TIP-");

    new Select(find(By.id("referral-service"))).selectByValue("SHELTER");
    find(By.id("referral-provider")).sendKeys("Crisis centre, Karaganda");
    find(By.id("refer")).click();
    waitFor(ExpectedConditions.presenceOfElementLocated(By.id("flash-ok")));
    String referrals = find(By.id("referral-list")).getText();
    assertThat(referrals).contains("Shelter", "Crisis centre, Karaganda", "Requested");
    screenshot("tip-case");

    open("/home");
    assertThat(find(By.id("panel-tip-open-referrals")).getText()).contains(reference, "Shelter");
  }
}
