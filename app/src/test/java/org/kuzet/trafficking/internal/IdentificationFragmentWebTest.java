package org.kuzet.trafficking.internal;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.kuzet.identity.internal.WebSliceSecurity.signedIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kuzet.identity.AgencyCode;
import org.kuzet.identity.Role;
import org.kuzet.identity.internal.WebSliceSecurity;
import org.kuzet.web.internal.WebSliceSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.MultiValueMap;

/**
 * The identification interview's htmx fragment on its own: the web layer with the application's
 * security rules and no database. The caseworker's answers are scored as they are typed (nothing is
 * stored) and the assessment comes back alone, in the reader's language; anyone but a caseworker is
 * refused, whatever the agency.
 */
@WebMvcTest(CasePages.class)
@Import({WebSliceSecurity.class, WebSliceSupport.class})
@ActiveProfiles("test")
class IdentificationFragmentWebTest {

  @Autowired MockMvc mvc;
  // The pages' other handlers store cases; scoring the interview never reaches it.
  @MockitoBean CaseManagement management;

  @Test
  void aDebtBondedLabourerIsAStrongIndicationWithItsReasons() throws Exception {
    mvc.perform(
            assess(InterviewFixtures.debtBondedLabourer(), Locale.ENGLISH)
                .with(
                    signedIn("caseworker.slice", AgencyCode.MIGRATION_POLICE, Role.TIP_CASEWORKER)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"assessment\"")))
        .andExpect(content().string(containsString("Strong indication of trafficking")))
        .andExpect(content().string(containsString("Debt bondage")))
        .andExpect(content().string(not(containsString("<html"))));
  }

  @Test
  void theAssessmentIsWordedInTheReadersLanguage() throws Exception {
    mvc.perform(
            assess(InterviewFixtures.migrantWithoutSigns(), Locale.forLanguageTag("ru"))
                .with(
                    signedIn("caseworker.slice", AgencyCode.MIGRATION_POLICE, Role.TIP_CASEWORKER)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Признаков торговли людьми нет")))
        .andExpect(content().string(containsString("id=\"assessment-level\"")));
  }

  @Test
  void anOfficerWhoIsNoCaseworkerIsRefused() throws Exception {
    mvc.perform(
            assess(InterviewFixtures.debtBondedLabourer(), Locale.ENGLISH)
                .with(
                    signedIn(
                        "officer.slice", AgencyCode.MIGRATION_POLICE, Role.CHECKPOINT_OFFICER)))
        .andExpect(status().isForbidden());
    mvc.perform(
            assess(InterviewFixtures.debtBondedLabourer(), Locale.ENGLISH)
                .with(signedIn("pm.slice", AgencyCode.INL, Role.PROGRAM_MANAGER)))
        .andExpect(status().isForbidden());
  }

  private static MockHttpServletRequestBuilder assess(
      MultiValueMap<String, String> answers, Locale locale) {
    return post("/trafficking/identify/assess")
        .header("HX-Request", "true")
        .with(csrf())
        .param("lang", locale.getLanguage())
        .params(answers);
  }
}
