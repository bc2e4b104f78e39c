package org.kuzet.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.kuzet.workspace.SearchFixtures.inspection;
import static org.kuzet.workspace.SearchFixtures.postId;
import static org.kuzet.workspace.SearchFixtures.uniquePlate;
import static org.kuzet.workspace.SearchFixtures.uniqueSurname;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kuzet.testing.As;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The one search box and the person page on a real database: script-tolerant names, each
 * module's records shown only to the users its rules allow, refusal, audit.
 */
abstract class SearchChecks {

  static final String CDC_POST = "CP-M39-MERKE";

  @Autowired MockMvc mvc;
  @Autowired As as;
  @Autowired JdbcClient jdbc;

  ResultActions search(String user, String q) throws Exception {
    return mvc.perform(get("/search").param("q", q).with(as.user(user))).andExpect(status().isOk());
  }

  void logAtCdc(String plate, String driver, String born) throws Exception {
    mvc.perform(inspection(postId(jdbc, CDC_POST), as.user("officer.cdc"), plate, driver, born))
        .andExpect(redirectedUrlPattern("/interdiction/inspections/*"));
  }

  // ---- script tolerance ----------------------------------------------------------------------

  @Test
  void aNameEnteredInCyrillicIsFoundByALatinQuery() throws Exception {
    var s = uniqueSurname("Серикбаев", "Serikbayev");
    logAtCdc(uniquePlate(), s.cyrillic() + " Нурлан", "1979-03-14");
    search("analyst.cdc", "Nurlan " + s.latin())
        .andExpect(content().string(containsString("id=\"kind-PERSON\"")))
        .andExpect(content().string(containsString(s.cyrillic() + " Нурлан")))
        .andExpect(content().string(containsString("1979-03-14")));
    // one part alone, in another transliteration (ye for е), is enough
    search("analyst.cdc", s.latin().replace("yev", "ev").toUpperCase())
        .andExpect(content().string(containsString(s.cyrillic() + " Нурлан")));
  }

  @Test
  void aNameEnteredInLatinIsFoundByACyrillicQuery() throws Exception {
    var s = uniqueSurname("Жумаба", "Zhumaba");
    logAtCdc(uniquePlate(), s.latin().toUpperCase() + " ASKAR", "1985-06-01");
    search("officer.cdc", "Аскар " + s.cyrillic())
        .andExpect(content().string(containsString(s.latin().toUpperCase() + " ASKAR")));
    // Kazakh 2021 Latin writes ж as j: the engine's keys join it to zh
    search("officer.cdc", s.latin().replace("Zh", "J").replace("zh", "j"))
        .andExpect(content().string(containsString(s.latin().toUpperCase() + " ASKAR")));
  }

  // ---- interdiction: the posts of the user's agency only ------------------------------------

  @Test
  void inspectionsAndVehiclesAreHiddenFromOtherAgenciesAndRoles() throws Exception {
    var s = uniqueSurname("Каира", "Kaira");
    String plate = uniquePlate();
    logAtCdc(plate, s.cyrillic() + " Ерлан", "1990-01-02");
    String spaced = plate.substring(0, 3) + " " + plate.substring(3, 6) + " " + plate.substring(6);
    search("analyst.cdc", spaced)
        .andExpect(content().string(containsString("id=\"kind-VEHICLE\"")))
        .andExpect(content().string(containsString(plate)));
    for (String other : new String[] {"guard.bg", "analyst.bg", "investigator.fp", "pm.inl", "caseworker.mp", "admin"}) {
      search(other, s.latin())
          .andExpect(content().string(not(containsString(s.cyrillic()))));
      search(other, plate).andExpect(content().string(not(containsString("kind-VEHICLE"))));
    }
  }

  @Test
  void lookoutsAreShownOnlyWhereTheyMayBeSeen() throws Exception {
    var s = uniqueSurname("Тулеге", "Tulege");
    String name = s.cyrillic() + " Марат";
    long bgPost = postId(jdbc, "BCP-KORDAY");
    mvc.perform(post("/interdiction/lookouts").with(as.user("analyst.bg")).with(csrf())
            .param("subject", "PERSON").param("personName", name).param("reason", "courier")
            .param("scope", "POSTS").param("postIds", Long.toString(bgPost))
            .param("expires", LocalDate.now().plusDays(5).toString()))
        .andExpect(redirectedUrlPattern("/interdiction/lookouts/*"));
    search("guard.bg", "marat " + s.latin())
        .andExpect(content().string(containsString("id=\"kind-LOOKOUT\"")))
        .andExpect(content().string(containsString(name)));
    search("analyst.cdc", s.latin()).andExpect(content().string(not(containsString(name))));
    search("investigator.fp", s.latin()).andExpect(content().string(not(containsString(name))));
  }

  // ---- the person page -------------------------------------------------------------------------

  @Test
  void thePersonPageShowsTheInspectionsOfOnePersonOnly() throws Exception {
    var s = uniqueSurname("Бекмуха", "Bekmukha");
    String plate = uniquePlate();
    String otherPlate = uniquePlate();
    logAtCdc(plate, s.cyrillic() + " Ерболат", "1979-03-14");
    logAtCdc(otherPlate, s.cyrillic() + " Ерболат", "2001-12-12"); // a namesake, born another day
    mvc.perform(get("/search/person").param("name", "YERBOLAT " + s.latin().toUpperCase()).param("born", "1979-03-14")
            .with(as.user("officer.cdc")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"section-search-section-inspections\"")))
        .andExpect(content().string(containsString(plate)))
        .andExpect(content().string(not(containsString(otherPlate))));
    mvc.perform(get("/search/person").param("name", s.cyrillic() + " Ерболат").param("born", "1979-03-14")
            .with(as.user("guard.bg")))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString(plate))))
        .andExpect(content().string(containsString("id=\"person-nothing\"")));
  }

  @Test
  void badPersonPageInputIsRefusedWithTheReason() throws Exception {
    mvc.perform(get("/search/person").param("name", "Someone").param("born", "14.03.1979").with(as.user("officer.cdc")))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/search/person").param("name", "!!!").with(as.user("officer.cdc")))
        .andExpect(status().isBadRequest());
    search("officer.cdc", "x".repeat(201))
        .andExpect(content().string(containsString("the search text has 201 characters; at most 200 are searched")));
  }

  // ---- refusal and audit -------------------------------------------------------------------------

  @Test
  void anonymousSearchesAndPersonPagesAreRefused() throws Exception {
    mvc.perform(get("/search").param("q", "Karimov")).andExpect(status().isUnauthorized()).andExpect(forwardedUrl("/login"));
    mvc.perform(get("/search/person").param("name", "Karimov Rustam")).andExpect(status().isUnauthorized());
  }

  @Test
  void everySearchAndPersonPageIsAudited() throws Exception {
    var s = uniqueSurname("Аудито", "Audito");
    search("analyst.cdc", s.latin());
    assertThat(jdbc.sql("SELECT COUNT(*) FROM idn_audit WHERE actor = 'analyst.cdc' AND action = 'SEARCH' AND detail LIKE ?")
        .param("%" + s.latin() + "%").query(Long.class).single()).isEqualTo(1);
    mvc.perform(get("/search/person").param("name", s.latin() + " Ivan").param("born", "1970-01-01").with(as.user("analyst.cdc")))
        .andExpect(status().isOk());
    assertThat(jdbc.sql("SELECT target_id FROM idn_audit WHERE actor = 'analyst.cdc' AND action = 'PERSON_VIEWED' AND detail LIKE ?")
        .param("%" + s.latin() + "%").query(String.class).single()).endsWith("/1970-01-01");
  }
}
