package org.kuzet.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.kuzet.testing.As;
import org.kuzet.testing.BrowserSupport;
import org.kuzet.testing.OnH2;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An officer has the home page open; a colleague logs an inspection with a listed passenger at
 * their post; the header's unread count rises without a reload. The officer opens the record from
 * the notification center and acknowledges the notice.
 */
@OnH2
class NotificationBrowserIT extends BrowserSupport {

  @Autowired MockMvc mvc;
  @Autowired As as;
  @Autowired JdbcClient jdbc;

  @Test
  void theHeaderCountRisesLiveAndTheNoticeLeadsToTheRecord() throws Exception {
    mvc.perform(post("/notifications/read-all").with(as.user("analyst.cdc")).with(csrf()))
        .andExpect(status().is3xxRedirection());
    signIn("analyst.cdc");
    open("/home");
    waitFor(ExpectedConditions.textToBe(By.id("notification-count"), "0"));

    // Logged by an officer of the same agency, through the real form handler.
    long post =
        jdbc.sql("SELECT id FROM intd_post WHERE code = 'CP-M39-MERKE'").query(Long.class).single();
    String at = LocalDateTime.now(ZoneId.of("Asia/Almaty")).withSecond(0).withNano(0).toString();
    String plate =
        String.format(
            "%03dNTF%02d", (int) (System.nanoTime() % 1000), 1 + (int) (System.nanoTime() % 17));
    String location =
        mvc.perform(
                post("/interdiction/posts/{id}/log", post)
                    .with(as.user("officer.cdc"))
                    .with(csrf())
                    .param("inspectedAt", at)
                    .param("plate", plate)
                    .param("plateCountry", "KZ")
                    .param("vehicleMake", "KAMAZ")
                    .param("vehicleType", "TRUCK")
                    .param("cargo", "cotton")
                    .param("origin", "Shymkent")
                    .param("destination", "Astana")
                    .param("direction", "NORTH")
                    .param("result", "CLEARED")
                    .param("persons[0].role", "DRIVER")
                    .param("persons[0].name", "Жаксылыков Ерлан")
                    .param("persons[0].documentType", "PASSPORT")
                    .param("persons[0].documentNumber", "N12345678")
                    .param("persons[0].nationality", "KAZ")
                    .param("persons[0].birthDate", "1985-11-03")
                    .param("persons[0].sex", "M"))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();

    waitFor(ExpectedConditions.textToBe(By.id("notification-count"), "1"));
    screenshot("notification-count-live");

    clickAndWaitForPage(By.id("notification-bell"));
    assertThat(find(By.id("notification-list")).getText()).contains("KZN-002");
    clickAndWaitForPage(By.cssSelector("#notification-list li.unread a.open"));
    assertThat(browser.getCurrentUrl()).endsWith(location.replaceAll("[?#].*", ""));
    waitFor(ExpectedConditions.textToBe(By.id("notification-count"), "0"));

    open("/notifications");
    find(By.cssSelector("#notification-list li button.ack")).click();
    waitFor(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("notification-list"), "Acknowledged"));
  }
}
