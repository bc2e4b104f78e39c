package org.kuzet.interdiction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kuzet.testing.BrowserSupport;
import org.kuzet.testing.OnH2;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The post in Russian and in Kazakh: the form's refusals name fields as the officer knows them, a
 * country is typed as a name, targeting reads Cyrillic cargo and places, and the watchlist hit is
 * explained in the officer's language. Screenshots are left under target/screenshots.
 */
@OnH2
class PostLanguagesBrowserIT extends BrowserSupport {

  @Autowired JdbcClient jdbc;

  @Test
  void inRussian() throws Exception {
    officerAtThePost(
        "ru",
        "Таджикистан",
        "дыни",
        "Душанбе",
        "Время досмотра: обязательно",
        "Лицо 1, гражданство",
        "Оценка");
  }

  @Test
  void inKazakh() throws Exception {
    officerAtThePost(
        "kk",
        "Тәжікстан",
        "қауын",
        "Душанбе",
        "Тексеру уақыты: міндетті",
        "1-адам, азаматтығы",
        "Баға");
  }

  private void officerAtThePost(
      String lang,
      String country,
      String cargo,
      String origin,
      String timeLabel,
      String fieldLabel,
      String scoreWord)
      throws Exception {
    // The officer's browser speaks the page's language: the time input reads dd.mm.yyyy.
    useBrowserLanguage(lang);
    assertThat(browserDateFormat()).isEqualTo("05.09.2008");
    long post = InterdictionFixtures.postId(jdbc, InterdictionFixtures.CDC_POST);
    signIn("officer.cdc");
    open("/interdiction/posts/" + post + "/log?lang=" + lang);

    // An empty time: refused as required, the field named as the form labels it.
    find(By.id("plate")).sendKeys(InterdictionFixtures.uniquePlate());
    find(By.id("name-0")).sendKeys("Бекмуханов Ерболат");
    ((JavascriptExecutor) browser)
        .executeScript(
            "document.getElementById('inspectedAt').value=''; document.getElementById('inspection-form').submit()");
    waitFor(ExpectedConditions.presenceOfElementLocated(By.id("problems")));
    assertThat(find(By.id("problems")).getText())
        .contains(timeLabel)
        .doesNotContain("inspectedAt")
        .doesNotContain("()");

    // A nationality that names no country: refused, with the person and the field named.
    open("/interdiction/posts/" + post + "/log?lang=" + lang);
    find(By.id("plate")).sendKeys(InterdictionFixtures.uniquePlate());
    find(By.id("name-0")).sendKeys("Бекмуханов Ерболат");
    find(By.id("nat-0")).sendKeys("Атлантида");
    ((JavascriptExecutor) browser)
        .executeScript("document.getElementById('inspection-form').submit()");
    waitFor(ExpectedConditions.presenceOfElementLocated(By.id("problems")));
    String problems = find(By.id("problems")).getText();
    assertThat(problems)
        .contains(fieldLabel)
        .contains("Атлантида")
        .doesNotContain("persons[")
        .doesNotContain("nationality")
        .doesNotContain("ICAO");
    screenshot("post-refused-" + lang);

    // The same form, put right: the country by its name, cargo and origin in Cyrillic.
    open("/interdiction/posts/" + post + "/log?lang=" + lang);
    find(By.id("plate")).sendKeys(InterdictionFixtures.uniquePlate());
    find(By.id("plateCountry")).clear();
    find(By.id("plateCountry")).sendKeys("Казахстан");
    find(By.id("cargo")).sendKeys(cargo);
    find(By.id("origin")).sendKeys(origin);
    find(By.id("name-0")).sendKeys("Бекмуханов Ерболат");
    find(By.id("docno-0")).sendKeys("N70011224");
    find(By.id("nat-0")).sendKeys(country);
    find(By.id("mrz-1"))
        .sendKeys(
            InspectionBrowserIT.passport(
                "ZHAKSYLYKOV", "YERLAN", "N12345678", "KAZ", "851103", "M"));
    find(By.cssSelector("#person-1 button.read-mrz")).click();
    waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#person-1 .mrz-ok")));
    find(By.id("destination")).click();
    waitFor(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("#risk-box [data-rule='ORIGIN']")));
    assertThat(browser.findElements(By.cssSelector("#risk-box [data-rule='CARGO']"))).isNotEmpty();
    screenshot("post-form-" + lang);

    ((JavascriptExecutor) browser)
        .executeScript("document.getElementById('inspection-form').submit()");
    waitFor(ExpectedConditions.presenceOfElementLocated(By.id("logged")));
    String explanation = find(By.cssSelector("#hits .explanation")).getText();
    assertThat(explanation)
        .contains(scoreWord)
        .contains("ZHAKSYLYKOV")
        .doesNotContain("similarity")
        .doesNotContain("transliteration")
        .doesNotContain("born");
    long inspection =
        Long.parseLong(browser.getCurrentUrl().replaceAll(".*/inspections/(\\d+).*", "$1"));
    assertThat(
            jdbc.sql(
                    "SELECT nationality FROM intd_person WHERE inspection_id = ? AND nationality IS NOT NULL"
                        + " ORDER BY id")
                .param(inspection)
                .query(String.class)
                .list())
        .containsExactly("TJK", "KAZ");
    assertThat(
            jdbc.sql("SELECT plate_country FROM intd_inspection WHERE id = ?")
                .param(inspection)
                .query(String.class)
                .single())
        .isEqualTo("KAZ");
    screenshot("post-hit-" + lang);

    open("/screening?lang=" + lang);
    find(By.id("name")).sendKeys("Serikbayev Nurlan");
    find(By.id("nationality")).sendKeys("Казахстан");
    find(By.id("screen")).click();
    waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results article.hit")));
    assertThat(find(By.id("results")).getText())
        .doesNotContain("similarity")
        .doesNotContain("among the");
    screenshot("screening-" + lang);
  }
}
