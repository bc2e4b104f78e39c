package org.kuzet.interdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kuzet.testing.As;
import org.kuzet.testing.BrowserLanguage;
import org.kuzet.testing.BrowserSupport;
import org.kuzet.testing.OnH2;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Work at the post on a tablet, in Russian: at 500 px and 800 px wide no page of the journey
 * scrolls sideways. A passport read from its zone that has expired is flagged. An officer logs a
 * truck whose passenger is on the national list and leaves the result "cleared": the inspection
 * page asks for a decision on the hit, which is recorded. The seizure that follows takes the
 * arrested passenger from the inspection's people. An empty declared route is not shown.
 */
@BrowserLanguage("ru")
@OnH2
class PostTabletBrowserIT extends BrowserSupport {

  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;
  @Autowired As as;

  @AfterEach
  void wideAgain() {
    browser.manage().window().setSize(new Dimension(1400, 1000));
  }

  @Test
  void anOfficerWorksThePostOnATablet() throws Exception {
    long post = InterdictionFixtures.postId(jdbc, InterdictionFixtures.CDC_POST);
    String plate = InterdictionFixtures.uniquePlate();
    browser.manage().window().setSize(new Dimension(500, 900));
    // A Russian-speaking officer's tablet: its date inputs read dd.mm.yyyy, as the screenshots
    // show.
    assertThat(browserDateFormat()).isEqualTo("05.09.2008");
    signIn("officer.cdc");

    open("/interdiction/posts/" + post + "?lang=ru");
    assertFitsTheWidth("post");
    open("/interdiction/posts/" + post + "/log");
    assertFitsTheWidth("inspection form");
    find(By.id("plate")).sendKeys(plate);
    find(By.id("vehicleMake")).sendKeys("MAN TGA");
    // The driver's passport ran out in 2020: the form says so when the zone is read.
    find(By.id("mrz-0"))
        .sendKeys(
            InspectionBrowserIT.passport(
                "BEKMUKHANOV", "ERBOLAT", "N70011223", "KAZ", "800214", "M", "200101"));
    find(By.cssSelector("#person-0 button.read-mrz")).click();
    waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#person-0 .mrz-ok")));
    assertThat(find(By.cssSelector("#person-0 .mrz-expired")).getText())
        .contains("истёк 01.01.2020");
    find(By.id("mrz-1"))
        .sendKeys(
            InspectionBrowserIT.passport(
                "ZHAKSYLYKOV", "YERLAN", "N12345678", "KAZ", "851103", "M"));
    find(By.cssSelector("#person-1 button.read-mrz")).click();
    waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#person-1 .mrz-ok")));
    assertFitsTheWidth("inspection form with a passport read");
    ((JavascriptExecutor) browser)
        .executeScript("document.getElementById('inspection-form').submit()");
    waitFor(ExpectedConditions.presenceOfElementLocated(By.id("logged")));
    long inspection =
        Long.parseLong(browser.getCurrentUrl().replaceAll(".*/inspections/(\\d+).*", "$1"));

    // Logged "cleared" with a hit: the page asks, and nothing shows an empty route.
    assertFitsTheWidth("inspection with a hit");
    assertThat(find(By.id("decide")).getText()).contains("записан как «Пропущен»: примите решение");
    assertThat(browser.findElements(By.id("route"))).isEmpty();
    assertThat(find(By.tagName("main")).getText()).doesNotContain("? → ?");
    screenshot("tablet-inspection-decision-ru");

    // Keeping "cleared" without a reason is refused; detaining is recorded.
    find(By.id("decide-CLEARED")).click();
    ((JavascriptExecutor) browser).executeScript("document.querySelector('#decide form').submit()");
    waitFor(ExpectedConditions.presenceOfElementLocated(By.id("flash-error")));
    assertThat(find(By.id("flash-error")).getText()).contains("укажите причину");
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM intd_hit_decision WHERE inspection_id = ?")
                .param(inspection)
                .query(Long.class)
                .single())
        .isZero();
    // Another agency's officer may not decide on this post's hits.
    mvc.perform(
            post("/interdiction/inspections/" + inspection + "/decision")
                .param("result", "CLEARED")
                .param("note", "x")
                .with(as.user("guard.bg"))
                .with(csrf()))
        .andExpect(status().isForbidden());
    find(By.id("decide-DETAINED")).click();
    find(By.id("decision-note")).sendKeys("паспорт совпал со списком");
    clickAndWaitForPage(By.cssSelector("#decide button[type=submit]"));
    assertThat(find(By.id("decision")).getText())
        .contains("Задержан", "Серик Нурланов", "паспорт совпал со списком");
    assertThat(browser.findElements(By.id("decide"))).isEmpty();
    assertThat(
            jdbc.sql("SELECT result FROM intd_inspection WHERE id = ?")
                .param(inspection)
                .query(String.class)
                .single())
        .isEqualTo("DETAINED");
    assertThat(
            jdbc.sql(
                    "SELECT COUNT(*) FROM idn_audit WHERE action = 'INSPECTION_HITS_DECIDED' AND target_id = ?")
                .param(Long.toString(inspection))
                .query(Long.class)
                .single())
        .isEqualTo(1);

    // The seizure takes the arrested passenger from the inspection's people.
    browser.manage().window().setSize(new Dimension(800, 1000));
    open("/interdiction/seizures/new?inspection=" + inspection);
    assertFitsTheWidth("seizure form");
    List<String> people =
        browser.findElements(By.cssSelector("#arrest-people label")).stream()
            .map(e -> e.getText())
            .toList();
    assertThat(people).hasSize(2).anyMatch(p -> p.startsWith("YERLAN ZHAKSYLYKOV"));
    long passenger =
        jdbc.sql(
                "SELECT id FROM intd_person WHERE inspection_id = ? AND name = 'YERLAN ZHAKSYLYKOV'")
            .param(inspection)
            .query(Long.class)
            .single();
    find(By.id("arrest-person-" + passenger)).click();
    find(By.id("quantity")).sendKeys("12.5");
    clickAndWaitForPage(By.cssSelector("#seizure-form button[type=submit]"));
    waitFor(ExpectedConditions.urlMatches(".*/interdiction/seizures/\\d+$"));
    assertFitsTheWidth("seizure");
    long seizure = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/seizures/(\\d+)$", "$1"));
    assertThat(
            jdbc.sql("SELECT name FROM intd_seizure_arrest WHERE seizure_id = ?")
                .param(seizure)
                .query(String.class)
                .list())
        .containsExactly("YERLAN ZHAKSYLYKOV");
    // The chain of custody names agencies, never their codes.
    assertThat(find(By.id("custody-chain")).getText()).doesNotContain("CDC_MOI");
    screenshot("tablet-seizure-ru");

    open("/interdiction/posts/" + post);
    assertFitsTheWidth("post at 800 px");
    open("/home");
    assertFitsTheWidth("home at 800 px");
  }

  private void assertFitsTheWidth(String page) {
    Object overflow =
        ((JavascriptExecutor) browser)
            .executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
    assertThat(((Number) overflow).longValue())
        .as(page + " scrolls sideways by so many pixels")
        .isLessThanOrEqualTo(0);
  }
}
