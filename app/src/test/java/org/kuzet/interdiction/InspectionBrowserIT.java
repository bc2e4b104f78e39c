package org.kuzet.interdiction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kuzet.interdiction.mrz.MrzParser;
import org.kuzet.testing.BrowserSupport;
import org.kuzet.testing.OnH2;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A checkpoint officer logs a truck whose passenger is on the national watchlist: the passport zone
 * is read into the form, and the saved inspection shows the hit with its explanation.
 */
@OnH2
class InspectionBrowserIT extends BrowserSupport {

  @Autowired JdbcClient jdbc;

  @Test
  void officerLogsAListedPassengerAndSeesTheHit() throws Exception {
    long post = InterdictionFixtures.postId(jdbc, InterdictionFixtures.CDC_POST);
    String plate = InterdictionFixtures.uniquePlate();
    signIn("officer.cdc");
    open("/interdiction/posts/" + post + "/log");

    find(By.id("plate")).sendKeys(plate);
    find(By.id("vehicleMake")).sendKeys("MAN TGA");
    find(By.id("cargo")).sendKeys("onions");
    find(By.id("name-0")).sendKeys("Бекмуханов Ерболат");
    find(By.id("docno-0")).sendKeys("N70011223");
    find(By.id("nat-0")).sendKeys("KAZ");

    // The passenger's passport zone (demo national list entry KZN-002), typed and read.
    find(By.id("mrz-1"))
        .sendKeys(passport("ZHAKSYLYKOV", "YERLAN", "N12345678", "KAZ", "851103", "M"));
    find(By.cssSelector("#person-1 button.read-mrz")).click();
    waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#person-1 .mrz-ok")));
    assertThat(find(By.id("name-1")).getAttribute("value")).isEqualTo("YERLAN ZHAKSYLYKOV");
    assertThat(find(By.id("birth-1")).getAttribute("value")).isEqualTo("1985-11-03");

    ((JavascriptExecutor) browser)
        .executeScript("document.getElementById('inspection-form').submit()");
    waitFor(ExpectedConditions.presenceOfElementLocated(By.id("logged")));
    String hits = find(By.id("hits")).getText();
    assertThat(hits).contains("KZ-NATIONAL").contains("KZN-002");
    assertThat(find(By.cssSelector("#hits .explanation")).getText()).contains("ZHAKSYLYKOV");
    screenshot("inspection-with-hit");
  }

  /** A TD3 zone with correct check digits. */
  static String passport(
      String surname, String given, String number, String nation, String born, String sex) {
    return passport(surname, given, number, nation, born, sex, "300101");
  }

  /** The same, expiring on {@code expiry} (YYMMDD). */
  static String passport(
      String surname,
      String given,
      String number,
      String nation,
      String born,
      String sex,
      String expiry) {
    String l1 = pad("P<" + nation + surname + "<<" + given, 44);
    String doc = pad(number, 9);
    String optional = "<".repeat(14);
    String l2 =
        doc
            + MrzParser.checkDigit(doc)
            + nation
            + born
            + MrzParser.checkDigit(born)
            + sex
            + expiry
            + MrzParser.checkDigit(expiry)
            + optional
            + "<";
    String composite = l2.substring(0, 10) + l2.substring(13, 20) + l2.substring(21, 43);
    return l1 + "\n" + l2 + MrzParser.checkDigit(composite);
  }

  private static String pad(String s, int n) {
    return (s + "<".repeat(n)).substring(0, n);
  }
}
