package org.kuzet.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;

import org.junit.jupiter.api.Test;
import org.kuzet.testing.As;
import org.kuzet.testing.BrowserSupport;
import org.kuzet.testing.OnH2;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An analyst types a name in Latin letters into the header's search box, finds the driver a
 * checkpoint officer logged in Cyrillic, and opens the person page with the inspection on it.
 */
@OnH2
class SearchBrowserIT extends BrowserSupport {

  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;
  @Autowired As as;

  @Test
  void analystSearchesANameAndOpensThePersonPage() throws Exception {
    var s = SearchFixtures.uniqueSurname("Ахмето", "Akhmeto");
    String plate = SearchFixtures.uniquePlate();
    mvc.perform(
            SearchFixtures.inspection(
                SearchFixtures.postId(jdbc, "CP-M39-MERKE"),
                as.user("officer.cdc"),
                plate,
                s.cyrillic() + " Серик",
                "1983-07-21"))
        .andExpect(redirectedUrlPattern("/interdiction/inspections/*"));

    signIn("analyst.cdc");
    find(By.id("header-search")).sendKeys("Serik " + s.latin().replace("kh", "h"));
    var old = find(By.tagName("html"));
    find(By.id("header-search")).sendKeys(Keys.ENTER);
    waitFor(pageLeft(old));

    assertThat(find(By.id("kind-PERSON")).getText())
        .contains(s.cyrillic() + " Серик")
        .contains("21.07.1983");
    screenshot("search-results");
    clickAndWaitForPage(By.cssSelector("#kind-PERSON a.person-link"));

    assertThat(find(By.id("person-name")).getText()).isEqualTo(s.cyrillic() + " Серик");
    assertThat(find(By.id("section-search-section-inspections")).getText())
        .contains(plate)
        .contains("CP-M39-MERKE");
    screenshot("person-page");
  }
}
