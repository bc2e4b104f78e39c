package org.kuzet.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kuzet.testing.BrowserSupport;
import org.kuzet.testing.OnH2;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * An administrator creates an account in a real browser (a weak password is refused at the field
 * first); the new person signs in, creates a personal API token, sees it once, revokes it.
 */
@OnH2
class AdministrationBrowserIT extends BrowserSupport {

  @Test
  void administratorCreatesAnAccountAndThePersonManagesTheirTokens() throws Exception {
    signIn("admin");
    find(By.linkText("Administration")).click();
    find(By.id("new-account")).click();

    String username = "b-" + UUID.randomUUID().toString().substring(0, 8);
    find(By.id("username")).sendKeys(username);
    find(By.id("displayName")).sendKeys("Bakhyt Serikbayev");
    new Select(find(By.id("agency"))).selectByVisibleText("Financial Police");
    find(By.cssSelector("#roles input[value=FINANCIAL_INVESTIGATOR]")).click();
    find(By.id("password")).sendKeys("qwerty123456");
    find(By.cssSelector("#account-form button[type=submit]")).click();
    assertThat(find(By.id("password-error")).getText()).contains("too common");
    // What was typed is kept, except the password.
    assertThat(find(By.id("username")).getAttribute("value")).isEqualTo(username);
    assertThat(find(By.cssSelector("#roles input[value=FINANCIAL_INVESTIGATOR]")).isSelected())
        .isTrue();

    find(By.id("password")).sendKeys("Syr-Darya-delta-2009");
    find(By.cssSelector("#account-form button[type=submit]")).click();
    waitFor(ExpectedConditions.urlMatches(".*/admin/accounts/\\d+$"));
    assertThat(find(By.id("status")).getText()).isEqualTo("active");
    screenshot("admin-account");

    // The new person signs in and creates a token.
    browser.manage().deleteAllCookies();
    open("/login");
    find(By.id("username")).sendKeys(username);
    find(By.id("password")).sendKeys("Syr-Darya-delta-2009");
    find(By.cssSelector("form button[type=submit]")).click();
    waitFor(ExpectedConditions.urlContains("/home"));
    open("/account");
    assertThat(find(By.id("agency-name")).getText()).isEqualTo("Financial Police");
    find(By.id("token-name")).sendKeys("evening import");
    // Minting a token asks for the password again.
    find(By.id("token-password")).sendKeys("Syr-Darya-delta-2009");
    find(By.cssSelector("#tokens form button[type=submit]")).click();
    String token = find(By.id("new-token")).getText();
    assertThat(token).startsWith("kzt_");
    screenshot("account-token");
    open("/account");
    assertThat(browser.getPageSource()).doesNotContain(token);
    find(By.cssSelector("#tokens button.danger")).click();
    assertThat(find(By.cssSelector("#tokens .badge")).getText()).isEqualTo("revoked");
  }
}
