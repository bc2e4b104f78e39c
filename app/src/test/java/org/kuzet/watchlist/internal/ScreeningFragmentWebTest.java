package org.kuzet.watchlist.internal;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.kuzet.identity.internal.WebSliceSecurity.signedIn;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.kuzet.engine.screening.ScreeningQuery;
import org.kuzet.identity.AgencyCode;
import org.kuzet.identity.AuditLog;
import org.kuzet.identity.Role;
import org.kuzet.identity.internal.WebSliceSecurity;
import org.kuzet.watchlist.ListVersionLabels;
import org.kuzet.watchlist.WatchlistScreening;
import org.kuzet.web.internal.WebSliceSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The screening page's htmx fragment on its own: the web layer with the application's security
 * rules, the real screening engine over a small list, and no database. The check area comes back
 * alone (no page around it) with the hit explained; a role that does not screen is refused before
 * anything is screened or audited.
 */
@WebMvcTest(ScreeningController.class)
@Import({
  WebSliceSecurity.class,
  WebSliceSupport.class,
  ExplanationText.class,
  ScreeningFragmentWebTest.Engine.class
})
@ActiveProfiles("test")
class ScreeningFragmentWebTest {

  @TestConfiguration
  static class Engine {
    @Bean
    WatchlistScreening screening() {
      return ScreeningFixtures.screeningOverTheNationalList();
    }
  }

  @Autowired MockMvc mvc;
  @MockitoBean AuditLog audit;

  /** No stored versions in the slice: the page names each list version by its hash. */
  @MockitoBean ListVersionLabels labels;

  @Test
  void anOfficerGetsTheCheckAreaAloneWithTheListedPassengersHit() throws Exception {
    mvc.perform(
            check(ScreeningFixtures.listedPassenger())
                .with(
                    signedIn(
                        "officer.slice",
                        AgencyCode.DRUG_CONTROL_COMMITTEE,
                        Role.CHECKPOINT_OFFICER)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"check-area\"")))
        .andExpect(content().string(containsString("Жаксылыков Ерлан")))
        .andExpect(content().string(containsString("KZN-T01")))
        .andExpect(content().string(not(containsString("<html"))));
    verify(audit)
        .recordFacts(
            eq("SCREENING_CHECK"),
            eq("screening"),
            eq("page"),
            argThat(detail -> detail.args().toString().contains("KZN-T01")));
  }

  @Test
  void aPassengerOnNoListComesBackClear() throws Exception {
    mvc.perform(
            check(ScreeningFixtures.unlistedPassenger())
                .with(signedIn("guard.slice", AgencyCode.BORDER_GUARDS, Role.BORDER_OFFICER)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"results\"")))
        .andExpect(content().string(not(containsString("KZN-T0"))));
  }

  @Test
  void aProgramManagerMayNotScreen() throws Exception {
    mvc.perform(
            check(ScreeningFixtures.listedPassenger())
                .with(signedIn("pm.slice", AgencyCode.INL, Role.PROGRAM_MANAGER)))
        .andExpect(status().isForbidden());
    verify(audit, never()).recordFacts(anyString(), any(), any(), any());
    verify(audit, never()).record(anyString(), any(), any(), any());
  }

  private static MockHttpServletRequestBuilder check(ScreeningQuery q) {
    var request =
        post("/screening").header("HX-Request", "true").with(csrf()).param("name", q.name());
    if (q.birthDate() != null) {
      request.param(
          "birthDate",
          "%04d-%02d-%02d"
              .formatted(q.birthDate().year(), q.birthDate().month(), q.birthDate().day()));
    }
    if (q.nationality() != null) {
      request.param("nationality", q.nationality());
    }
    return request;
  }
}
