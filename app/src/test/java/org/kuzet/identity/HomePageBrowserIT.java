package org.kuzet.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kuzet.testing.BrowserSupport;
import org.kuzet.testing.OnH2;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A person signs in, rearranges the home page, and switches the interface to Russian. */
@OnH2
class HomePageBrowserIT extends BrowserSupport {

  @Test
  void signInArrangeTheHomePageAndSwitchToRussian() throws Exception {
    signIn("coordinator.li");

    assertThat(panelIds()).containsSubsequence("panel-recent-activity", "panel-my-account");

    // Move "my account" above "recent activity"; the order is saved and survives a reload.
    find(By.cssSelector("#arrange summary")).click();
    clickAndWaitForPage(By.cssSelector("#arrange-my-account button.move-up"));
    open("/home");
    assertThat(panelIds()).containsSubsequence("panel-my-account", "panel-recent-activity");

    // Hide a panel.
    find(By.cssSelector("#arrange summary")).click();
    clickAndWaitForPage(By.cssSelector("#arrange-recent-activity button.toggle"));
    assertThat(panelIds()).doesNotContain("panel-recent-activity");

    // Russian, remembered on the next page.
    clickAndWaitForPage(By.linkText("RU"));
    assertThat(find(By.tagName("h1")).getText()).startsWith("Добро пожаловать");
    open("/home");
    assertThat(find(By.cssSelector("#panel-my-account h2")).getText())
        .isEqualTo("Моя учётная запись");
    screenshot("home-ru");
  }

  private List<String> panelIds() {
    return browser.findElements(By.cssSelector(".panels > section")).stream()
        .map((WebElement e) -> e.getAttribute("id"))
        .toList();
  }
}
