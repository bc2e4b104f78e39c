package org.kuzet.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.regex.Pattern;
import org.hamcrest.Matchers;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.kuzet.testing.As;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The platform on a real database: sign-in, refusals, languages and the audit chain. */
abstract class PlatformChecks {

  @Autowired MockMvc mvc;
  @Autowired As as;
  @Autowired AuditLog audit;
  @Autowired JdbcClient jdbc;

  @Test
  void demoAccountSignsInWithItsPassword() throws Exception {
    mvc.perform(formLogin("/login").user("officer.cdc").password(DemoAccounts.PASSWORD))
        .andExpect(redirectedUrl("/home"));
    mvc.perform(formLogin("/login").user("officer.cdc").password("wrong"))
        .andExpect(redirectedUrl("/login?error"));
  }

  @Test
  void anonymousGets401WithTheSignInForm() throws Exception {
    mvc.perform(get("/home"))
        .andExpect(status().isUnauthorized())
        .andExpect(forwardedUrl("/login"));
    mvc.perform(get("/api/screening/check")).andExpect(status().isUnauthorized());
  }

  @Test
  void wrongRoleGets403() throws Exception {
    mvc.perform(get("/admin/accounts").with(as.user("officer.cdc")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/trafficking/cases").with(as.user("admin"))).andExpect(status().isForbidden());
  }

  @Test
  void homePageSpeaksTheChosenLanguage() throws Exception {
    mvc.perform(get("/home").with(as.user("analyst.cdc")))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("My recent activity")));
    mvc.perform(get("/home").param("lang", "ru").with(as.user("analyst.cdc")))
        .andExpect(content().string(Matchers.containsString("Мои последние действия")));
    mvc.perform(get("/home").param("lang", "kk").with(as.user("analyst.cdc")))
        .andExpect(content().string(Matchers.containsString("Менің соңғы әрекеттерім")));
  }

  @Test
  void auditChainDetectsATamperedRow() {
    audit.recordAs("tester", null, "TEST_ENTRY", "test", "1", "first");
    audit.recordAs("tester", null, "TEST_ENTRY", "test", "2", "second");
    assertThat(audit.verify().intact()).isTrue();
    long seq =
        jdbc.sql("SELECT MAX(seq) FROM idn_audit WHERE action = 'TEST_ENTRY'")
            .query(Long.class)
            .single();
    jdbc.sql("UPDATE idn_audit SET detail = 'forged' WHERE seq = ?").param(seq).update();
    try {
      var result = audit.verify();
      assertThat(result.intact()).isFalse();
      assertThat(result.firstBrokenSeq()).isEqualTo(seq);
    } finally {
      jdbc.sql("UPDATE idn_audit SET detail = 'second' WHERE seq = ?").param(seq).update();
    }
    assertThat(audit.verify().intact()).isTrue();
  }

  @Test
  void aSignInWithAnOverlongUsernameKeepsTheChainIntact() throws Exception {
    // Anyone can type any username: the entry stores it clipped, and must be sealed as stored.
    mvc.perform(formLogin("/login").user("x".repeat(150)).password("whatever"))
        .andExpect(redirectedUrl("/login?error"));
    var result = audit.verify();
    assertThat(result.intact()).as(result.problems().toString()).isTrue();
  }

  @Test
  void verificationListsEveryTamperedEntryAndChecksTheAnchors() {
    audit.recordAs("tester", null, "TEST_ANCHOR", "test", "1", "first");
    audit.recordAs("tester", null, "TEST_ANCHOR", "test", "2", "second");
    audit.recordAs("tester", null, "TEST_ANCHOR", "test", "3", "third");
    long last = audit.anchor();
    assertThat(last).isPositive();
    assertThat(audit.anchorFile()).content().contains(" " + last + " ");
    assertThat(audit.verify().anchorsChecked()).isPositive();

    jdbc.sql("UPDATE idn_audit SET detail = 'forged' WHERE seq = ?").param(last - 2).update();
    jdbc.sql("UPDATE idn_audit SET actor = 'nobody' WHERE seq = ?").param(last - 1).update();
    var saved = jdbc.sql("SELECT * FROM idn_audit WHERE seq = ?").param(last).query().singleRow();
    // The newest entry cut off and the head set back: without the anchor this would look whole.
    jdbc.sql("DELETE FROM idn_audit WHERE seq = ?").param(last).update();
    jdbc.sql("UPDATE idn_audit_head SET last_seq = ?, last_hash = ? WHERE id = 1")
        .params(
            last - 1,
            jdbc.sql("SELECT hash FROM idn_audit WHERE seq = ?")
                .param(last - 1)
                .query(String.class)
                .single())
        .update();
    try {
      var result = audit.verify();
      assertThat(result.problems())
          .extracting(AuditVerification.Problem::reason)
          .contains(
              "entry " + (last - 2) + " was changed after it was written",
              "entry " + (last - 1) + " was changed after it was written")
          .anyMatch(r -> r.startsWith("entry " + last + ", anchored outside the database at"));
    } finally {
      jdbc.sql("UPDATE idn_audit SET detail = 'first' WHERE seq = ?").param(last - 2).update();
      jdbc.sql("UPDATE idn_audit SET actor = 'tester' WHERE seq = ?").param(last - 1).update();
      jdbc.sql(
              "INSERT INTO idn_audit (seq, at, actor, agency_code, action, target_type, target_id, detail, prev_hash, hash, scheme)"
                  + " VALUES (:seq, :at, :actor, :agency_code, :action, :target_type, :target_id, :detail, :prev_hash, :hash, :scheme)")
          .params(saved)
          .update();
      jdbc.sql("UPDATE idn_audit_head SET last_seq = ?, last_hash = ? WHERE id = 1")
          .params(last, saved.get("hash"))
          .update();
    }
    assertThat(audit.verify().intact()).isTrue();
  }

  @Test
  void everyResponseCarriesAContentSecurityPolicyAndAReferrerPolicy() throws Exception {
    for (var request :
        List.of(
            get("/login"),
            get("/home").with(as.user("analyst.cdc")),
            get("/js/kuzet.js"),
            get("/api/me"),
            get("/no/such/page").with(as.user("analyst.cdc")))) {
      var response = mvc.perform(request).andReturn().getResponse();
      assertThat(response.getHeader("Content-Security-Policy"))
          .contains("default-src 'self'")
          .contains("script-src 'self' 'nonce-")
          .contains("object-src 'none'")
          .doesNotContain("unsafe-eval");
      assertThat(response.getHeader("Referrer-Policy")).isEqualTo("same-origin");
    }
    // The page's one inline script carries this response's nonce, and only that one.
    var page =
        mvc.perform(get("/interdiction/statistics").with(as.user("analyst.cdc")))
            .andReturn()
            .getResponse();
    var nonce =
        Pattern.compile("'nonce-([^']+)'").matcher(page.getHeader("Content-Security-Policy"));
    assertThat(nonce.find()).isTrue();
    var scripts = Jsoup.parse(page.getContentAsString()).select("script:not([src])");
    assertThat(scripts)
        .isNotEmpty()
        .allSatisfy(s -> assertThat(s.attr("nonce")).isEqualTo(nonce.group(1)));
  }
}
