package org.kuzet.training.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kuzet.identity.internal.Accounts;
import org.kuzet.testing.BrowserSupport;
import org.kuzet.testing.OnH2;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/** A coordinator runs a session in a real browser: schedule, nominate, attendance, certificates. */
@OnH2
class TrainingSessionBrowserIT extends BrowserSupport {

  @Autowired CenterManagement centers;
  @Autowired SessionManagement sessions;
  @Autowired Accounts accounts;

  @Test
  void aCoordinatorRunsASessionFromEnrolmentToCertificates() throws Exception {
    var fx = new TrainingFixtures(centers, sessions, accounts);
    CenterId center = fx.centerFor30();
    CourseId course = fx.approvedCourse(center);

    signIn("coordinator.li");
    assertThat(find(By.cssSelector(".mainnav")).getText()).contains("Training");
    open("/training/courses/" + course);

    // Schedule a past week, so that it can be completed today.
    setValue(find(By.id("startsOn")), "2008-11-17");
    setValue(find(By.id("endsOn")), "2008-11-21");
    clickAndWaitForPage(By.cssSelector("#schedule button[type=submit]"));
    waitFor(ExpectedConditions.urlContains("/training/sessions/"));
    assertThat(find(By.id("flash-ok")).getText()).isEqualTo("Session scheduled.");
    assertThat(find(By.id("curriculum-version")).getText())
        .startsWith("Version 1, approved by Academic council");

    nominate("Сауле Жумабаева", "MP-BR-1", "MIGRATION_POLICE", "F");
    assertThat(find(By.id("flash-ok")).getText()).isEqualTo("Сауле Жумабаева is enrolled.");
    nominate("Тимур Есенов", "MVD-BR-2", "MOI_POLICE", "M");
    nominate("Тимур Есенов", "MVD-BR-2", "MOI_POLICE", "M");
    assertThat(find(By.id("flash-error")).getText())
        .isEqualTo("Тимур Есенов (service number MVD-BR-2) is already enrolled in this session.");

    // Attendance: Saule every day, Timur only on Monday; both pass the post-test.
    var rows = browser.findElements(By.cssSelector("#progress tr"));
    for (WebElement row : rows.subList(1, rows.size())) {
      boolean saule = row.getText().startsWith("Сауле");
      var boxes = row.findElements(By.cssSelector("input[type=checkbox]"));
      for (int i = 0; i < boxes.size(); i++) {
        if (saule || i == 0) {
          boxes.get(i).click();
        }
      }
      row.findElement(By.cssSelector("input[name^=pre-]")).sendKeys("45");
      row.findElement(By.cssSelector("input[name^=post-]")).sendKeys("88");
    }
    clickAndWaitForPage(By.cssSelector("#progress button[type=submit]"));
    assertThat(find(By.id("flash-ok")).getText()).isEqualTo("Attendance and scores saved.");

    clickAndWaitForPage(By.id("complete"));
    assertThat(find(By.id("flash-ok")).getText())
        .isEqualTo(
            "Session completed: 1 officers met the completion rule and received certificates (FY2009).");
    var codes = browser.findElements(By.cssSelector("#enrolled .certificate-code"));
    assertThat(codes).hasSize(1);
    String code = codes.get(0).getText();
    assertThat(find(By.cssSelector("#enrolled")).getText()).contains("Not completed");
    screenshot("training-session-completed");

    // Anyone can check the code on the public page, which says nothing about the person.
    browser.manage().deleteAllCookies();
    open("/certificates/verify");
    find(By.id("code")).sendKeys(code);
    clickAndWaitForPage(By.cssSelector("main form button[type=submit]"));
    WebElement verdict = waitFor(ExpectedConditions.presenceOfElementLocated(By.id("verdict")));
    assertThat(verdict.getAttribute("data-verdict")).isEqualTo("VALID");
    assertThat(verdict.getText()).contains("is valid").doesNotContain("Сауле");
    screenshot("certificate-verified");
  }

  private void nominate(String name, String serviceNumber, String agency, String gender) {
    find(By.id("fullName")).sendKeys(name);
    find(By.id("serviceNumber")).sendKeys(serviceNumber);
    new Select(find(By.id("agency"))).selectByValue(agency);
    new Select(find(By.id("gender"))).selectByValue(gender);
    clickAndWaitForPage(By.cssSelector("#nominate button[type=submit]"));
    waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#flash-ok, #flash-error")));
  }

  private void setValue(WebElement input, String value) {
    ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", input, value);
  }
}
