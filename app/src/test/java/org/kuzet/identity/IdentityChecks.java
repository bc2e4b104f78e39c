package org.kuzet.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kuzet.identity.internal.Accounts;
import org.kuzet.testing.As;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

/**
 * Identity on a real database: lockout, audited sign-ins, password rules, administration, the
 * own-account page, API tokens, the OpenAPI document and metrics.
 */
abstract class IdentityChecks {

  static final String PASSWORD = "correct-horse-battery-staple";

  @Autowired MockMvc mvc;
  @Autowired As as;
  @Autowired Accounts accounts;
  @Autowired PasswordEncoder encoder;
  @Autowired JdbcClient jdbc;
  @Autowired AuditLog audit;

  /** A fresh active account with one role; its name is unique to this run. */
  String newAccount(String prefix, Role role, AgencyCode agency) {
    String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    accounts.create(
        username, "Test " + username, agency, "ACTIVE", encoder.encode(PASSWORD), Set.of(role));
    return username;
  }

  long countAudit(String actor, String action) {
    return jdbc.sql("SELECT COUNT(*) FROM idn_audit WHERE actor = ? AND action = ?")
        .params(actor, action)
        .query(Long.class)
        .single();
  }

  // ---- sign-in and lockout ----------------------------------------------------------------

  @Test
  void signInsAreAuditedAndRepeatedFailuresLockTheAccount() throws Exception {
    String user = newAccount("lock", Role.ANALYST, AgencyCode.BORDER_GUARDS);

    mvc.perform(formLogin("/login").user(user).password(PASSWORD))
        .andExpect(redirectedUrl("/home"));
    assertThat(countAudit(user, "SIGN_IN")).isEqualTo(1);

    for (int i = 0; i < 5; i++) {
      mvc.perform(formLogin("/login").user(user).password("wrong-" + i))
          .andExpect(redirectedUrl("/login?error"));
    }
    assertThat(countAudit(user, "SIGN_IN_FAILED")).isEqualTo(5);
    assertThat(
            jdbc.sql(
                    "SELECT COUNT(*) FROM idn_audit WHERE action = 'ACCOUNT_LOCKED' AND target_id = ?")
                .param(user)
                .query(Long.class)
                .single())
        .isEqualTo(1);

    // Locked: even the right password is refused, and that refusal is audited too.
    mvc.perform(formLogin("/login").user(user).password(PASSWORD))
        .andExpect(redirectedUrl("/login?error"));
    assertThat(countAudit(user, "SIGN_IN_FAILED")).isEqualTo(6);
    assertThat(
            jdbc.sql(
                    "SELECT detail FROM idn_audit WHERE actor = ? ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY")
                .param(user)
                .query(String.class)
                .single())
        .contains("locked");

    // When the lock runs out, the right password works again.
    jdbc.sql(
            "UPDATE idn_sign_in_failure SET locked_until = ?"
                + " WHERE account_id = (SELECT id FROM idn_account WHERE username = ?)")
        .params(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1), user)
        .update();
    mvc.perform(formLogin("/login").user(user).password(PASSWORD))
        .andExpect(redirectedUrl("/home"));
    assertThat(countAudit(user, "SIGN_IN")).isEqualTo(2);
  }

  @Test
  void preferredLanguageIsAppliedAtSignIn() throws Exception {
    String user = newAccount("lang", Role.ANALYST, AgencyCode.BORDER_GUARDS);
    mvc.perform(post("/account/language").param("language", "kk").with(as.user(user)).with(csrf()))
        .andExpect(redirectedUrl("/account"))
        .andExpect(cookie().value("kuzet-lang", "kk"));
    assertThat(
            jdbc.sql("SELECT locale FROM idn_account WHERE username = ?")
                .param(user)
                .query(String.class)
                .single())
        .isEqualTo("kk");
    // A new browser (no cookie) signs in and gets Kazakh.
    mvc.perform(formLogin("/login").user(user).password(PASSWORD))
        .andExpect(redirectedUrl("/home"))
        .andExpect(cookie().value("kuzet-lang", "kk"));
  }

  // ---- administration ------------------------------------------------------------------------

  @Test
  void invalidNewAccountShowsErrorsAtTheFieldsAndSavesNothing() throws Exception {
    String username = "new-" + UUID.randomUUID().toString().substring(0, 8);
    var html =
        mvc.perform(
                post("/admin/accounts")
                    .with(as.user("admin"))
                    .with(csrf())
                    .param("username", username)
                    .param("displayName", "")
                    .param("agency", "FINANCIAL_POLICE")
                    .param("password", "password1234"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    var page = Jsoup.parse(html);
    assertThat(page.select("#password-error").text()).contains("too common");
    assertThat(page.select("#displayName-error").text()).contains("must not be blank");
    assertThat(page.select("#roles-error").text()).contains("at least one role");
    assertThat(page.select("#username").attr("value")).isEqualTo(username);
    assertThat(page.select("#password").attr("value")).isEmpty();
    assertThat(accounts.exists(username)).isFalse();
  }

  @Test
  void administratorCreatesEditsDisablesAndEnablesAnAccount() throws Exception {
    String username = "made-" + UUID.randomUUID().toString().substring(0, 8);
    String location =
        mvc.perform(
                post("/admin/accounts")
                    .with(as.user("admin"))
                    .with(csrf())
                    .param("username", username)
                    .param("displayName", "Madina Ospanova")
                    .param("agency", "FINANCIAL_POLICE")
                    .param("roles", "FINANCIAL_INVESTIGATOR")
                    .param("password", "Tien-Shan-spruce-77"))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    assertThat(location).startsWith("/admin/accounts/");
    long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    assertThat(countAudit("admin", "ACCOUNT_CREATED")).isPositive();

    // The new account signs in with its initial password.
    mvc.perform(formLogin("/login").user(username).password("Tien-Shan-spruce-77"))
        .andExpect(redirectedUrl("/home"));

    // The list shows agency names, not codes.
    mvc.perform(get("/admin/accounts").with(as.user("admin")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Financial Police")));

    // A session signed in before a change sees the change at its next request.
    var session =
        (MockHttpSession)
            mvc.perform(formLogin("/login").user(username).password("Tien-Shan-spruce-77"))
                .andExpect(redirectedUrl("/home"))
                .andReturn()
                .getRequest()
                .getSession(false);
    mvc.perform(get("/api/me").session(session))
        .andExpect(jsonPath("$.roles[0]").value("FINANCIAL_INVESTIGATOR"));

    mvc.perform(
            post("/admin/accounts/" + id)
                .with(as.user("admin"))
                .with(csrf())
                .param("displayName", "Madina Ospanova")
                .param("agency", "PGO")
                .param("roles", "ANALYST", "FINANCIAL_INVESTIGATOR"))
        .andExpect(redirectedUrl("/admin/accounts/" + id));
    assertThat(accounts.rolesOf(id))
        .containsExactlyInAnyOrder(Role.ANALYST, Role.FINANCIAL_INVESTIGATOR);
    mvc.perform(get("/api/me").session(session))
        .andExpect(jsonPath("$.agency").value("PGO"))
        .andExpect(jsonPath("$.agencyName").value("Office of the Procurator General"));

    mvc.perform(post("/admin/accounts/" + id + "/disable").with(as.user("admin")).with(csrf()))
        .andExpect(redirectedUrl("/admin/accounts/" + id));
    mvc.perform(get("/api/me").session(session)).andExpect(status().isUnauthorized());
    mvc.perform(formLogin("/login").user(username).password("Tien-Shan-spruce-77"))
        .andExpect(redirectedUrl("/login?error"));

    mvc.perform(post("/admin/accounts/" + id + "/enable").with(as.user("admin")).with(csrf()))
        .andExpect(redirectedUrl("/admin/accounts/" + id));
    mvc.perform(formLogin("/login").user(username).password("Tien-Shan-spruce-77"))
        .andExpect(redirectedUrl("/home"));

    var actions =
        jdbc.sql(
                "SELECT action FROM idn_audit WHERE target_type = 'account' AND target_id = ? ORDER BY seq")
            .param(Long.toString(id))
            .query(String.class)
            .list();
    assertThat(actions)
        .containsSubsequence(
            "ACCOUNT_CREATED", "ACCOUNT_UPDATED", "ACCOUNT_DISABLED", "ACCOUNT_ENABLED");
  }

  @Test
  void approvalNeedsARealAgencyAndARole() throws Exception {
    String username = "wait-" + UUID.randomUUID().toString().substring(0, 8);
    long id =
        accounts.create(
            username, "Waiting Person", AgencyCode.of("UNASSIGNED"), "PENDING", null, Set.of());
    String form = "/admin/accounts/" + id;

    var refused =
        mvc.perform(
                post(form)
                    .with(as.user("admin"))
                    .with(csrf())
                    .param("approve", "true")
                    .param("displayName", "Waiting Person")
                    .param("agency", "UNASSIGNED"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(Jsoup.parse(refused).select("#agency-error").text()).contains("choose the agency");
    assertThat(Jsoup.parse(refused).select("#roles-error").text()).contains("at least one role");
    assertThat(
            jdbc.sql("SELECT status FROM idn_account WHERE id = ?")
                .param(id)
                .query(String.class)
                .single())
        .isEqualTo("PENDING");

    mvc.perform(
            post(form)
                .with(as.user("admin"))
                .with(csrf())
                .param("approve", "true")
                .param("displayName", "Waiting Person")
                .param("agency", "MIGRATION_POLICE")
                .param("roles", "ANALYST"))
        .andExpect(redirectedUrl(form));
    assertThat(
            jdbc.sql("SELECT status FROM idn_account WHERE id = ?")
                .param(id)
                .query(String.class)
                .single())
        .isEqualTo("ACTIVE");
    assertThat(countAudit("admin", "ACCOUNT_APPROVED")).isPositive();
  }

  @Test
  void onlyAdministratorsAdminister() throws Exception {
    mvc.perform(get("/admin/accounts").with(as.user("pm.inl"))).andExpect(status().isForbidden());
    mvc.perform(get("/admin/audit").with(as.user("analyst.cdc"))).andExpect(status().isForbidden());
    mvc.perform(
            post("/admin/accounts")
                .with(as.user("analyst.cdc"))
                .with(csrf())
                .param("username", "sneaky-user"))
        .andExpect(status().isForbidden());
    assertThat(accounts.exists("sneaky-user")).isFalse();
  }

  @Test
  void auditPageSearchesNewestFirstAndVerifiesTheChain() throws Exception {
    String actor = "searcher-" + UUID.randomUUID().toString().substring(0, 8);
    audit.recordAs(actor, null, "TEST_SEARCH", "thing", "1", "older");
    audit.recordAs(actor, null, "TEST_SEARCH", "thing", "2", "newer");
    var html =
        mvc.perform(get("/admin/audit").param("actor", actor).with(as.user("admin")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    var rows = Jsoup.parse(html).select("#audit-entries tbody tr");
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).text()).contains("newer");
    assertThat(rows.get(1).text()).contains("older");

    mvc.perform(post("/admin/audit/verify").with(as.user("admin")).with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Audit chain intact")));
  }

  @Test
  void auditPageIsPagedAndShowsNamesNotCodes() throws Exception {
    String actor = "pager-" + UUID.randomUUID().toString().substring(0, 8);
    for (int i = 0; i < 55; i++) {
      audit.recordAs(actor, null, "SIGN_IN", "thing", Integer.toString(i), "entry " + i);
    }
    long adminId = accounts.findByUsername("admin").orElseThrow().accountId();
    audit.recordAs(
        "pm.inl", "INL", "ACCOUNT_UPDATED", "account", Long.toString(adminId), "checked");
    var first = Jsoup.parse(page("/admin/audit?actor=" + actor, "admin"));
    assertThat(first.select("#audit-entries tbody tr")).hasSize(50);
    assertThat(first.select("#audit-entries tbody tr").get(0).text())
        .contains("entry 54", "Signed in")
        .doesNotContain("SIGN_IN");
    var next = first.select(".pager a").attr("href");
    assertThat(next).contains("page=1");
    var second = Jsoup.parse(page(next, "admin"));
    assertThat(second.select("#audit-entries tbody tr")).hasSize(5);
    assertThat(second.select("#audit-entries tbody tr").last().text()).contains("entry 0");
    assertThat(second.select(".pager a")).hasSize(1);

    var ru = Jsoup.parse(page("/admin/audit?action=ACCOUNT_UPDATED&lang=ru", "admin"));
    var row = ru.select("#audit-entries tbody tr").get(0).text();
    assertThat(row)
        .contains("John Miller", "Учётная запись изменена", "Айгерим Садыкова")
        .doesNotContain("account " + adminId);
  }

  private String page(String path, String user) throws Exception {
    return mvc.perform(get(URI.create(path)).with(as.user(user)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  // ---- API tokens, API and metrics -------------------------------------------------------------

  /** Creates a token on the account page as the user would, and reads it from the page. */
  String createToken(String username, String name) throws Exception {
    return createToken(username, name, "read");
  }

  /**
   * A token with this access ({@code read} or {@code write}), limited to these modules (none: all).
   */
  String createToken(String username, String name, String access, String... modules)
      throws Exception {
    var created =
        mvc.perform(
                post("/account/tokens")
                    .param("name", name)
                    .param("password", PASSWORD)
                    .param("access", access)
                    .param("modules", modules)
                    .with(as.user(username))
                    .with(csrf()))
            .andExpect(redirectedUrl("/account"))
            .andReturn();
    String page =
        mvc.perform(get("/account").with(as.user(username)).flashAttrs(created.getFlashMap()))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String token = Jsoup.parse(page).select("#new-token").text();
    assertThat(token).startsWith("kzt_");
    // Shown once: the next visit does not show it.
    mvc.perform(get("/account").with(as.user(username)))
        .andExpect(content().string(not(containsString(token))));
    return token;
  }

  @Test
  void apiTokensAuthenticateAsTheirAccountUntilRevoked() throws Exception {
    String user = newAccount("tok", Role.CHECKPOINT_OFFICER, AgencyCode.DRUG_CONTROL_COMMITTEE);
    String token = createToken(user, "nightly script");
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM idn_api_token WHERE token_hash = ?")
                .param(token)
                .query(Long.class)
                .single())
        .as("the token itself is never stored")
        .isZero();

    mvc.perform(get("/api/me").header("Authorization", "Bearer " + token))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.username").value(user))
        .andExpect(jsonPath("$.agency").value("CDC_MOI"))
        .andExpect(jsonPath("$.roles[0]").value("CHECKPOINT_OFFICER"));
    // The token carries the account's roles: not an administrator.
    mvc.perform(get("/api/admin/accounts").header("Authorization", "Bearer " + token))
        .andExpect(status().isForbidden())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

    long tokenId =
        jdbc.sql(
                "SELECT t.id FROM idn_api_token t JOIN idn_account a ON a.id = t.account_id WHERE a.username = ?")
            .param(user)
            .query(Long.class)
            .single();
    mvc.perform(post("/account/tokens/" + tokenId + "/revoke").with(as.user(user)).with(csrf()))
        .andExpect(redirectedUrl("/account"));
    mvc.perform(get("/api/me").header("Authorization", "Bearer " + token))
        .andExpect(status().isUnauthorized())
        .andExpect(header().string("WWW-Authenticate", containsString("Bearer")))
        .andExpect(jsonPath("$.detail").value("invalid or revoked API token"));
    // Someone else's token cannot be revoked by another user.
    mvc.perform(
            post("/account/tokens/" + tokenId + "/revoke")
                .with(as.user("analyst.cdc"))
                .with(csrf()))
        .andExpect(status().isNotFound());
    assertThat(countAudit(user, "TOKEN_CREATED")).isEqualTo(1);
    assertThat(countAudit(user, "TOKEN_REVOKED")).isEqualTo(1);
  }

  @Test
  void theAccountListPagesSortsAndRefusesBadParametersLikeEveryList() throws Exception {
    long accounts = jdbc.sql("SELECT COUNT(*) FROM idn_account").query(Long.class).single();
    String first =
        mvc.perform(
                get("/api/admin/accounts")
                    .param("size", "2")
                    .param("sort", "username,asc")
                    .with(as.user("admin")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.items.length()").value(2))
            .andExpect(jsonPath("$.page").value(0))
            .andExpect(jsonPath("$.size").value(2))
            .andExpect(jsonPath("$.sort").value("username,asc"))
            .andExpect(jsonPath("$.total").value((int) accounts))
            .andExpect(jsonPath("$.totalExact").value(true))
            .andExpect(jsonPath("$.items[0].password").doesNotExist())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String second =
        mvc.perform(
                get("/api/admin/accounts")
                    .param("size", "2")
                    .param("page", "1")
                    .param("sort", "username,asc")
                    .with(as.user("admin")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    List<String> a = JsonPath.read(first, "$.items[*].username");
    List<String> b = JsonPath.read(second, "$.items[*].username");
    assertThat(a.get(0)).isLessThan(a.get(1));
    assertThat(a.get(1)).as("pages follow one another without overlap").isLessThan(b.get(0));
    // The default order is unchanged: accounts waiting for approval first.
    mvc.perform(get("/api/admin/accounts").with(as.user("admin")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.sort").value("status,asc"));
    mvc.perform(get("/api/admin/accounts").param("size", "0").with(as.user("admin")))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[0].field").value("size"));
    mvc.perform(get("/api/admin/accounts").param("page", "x").with(as.user("admin")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("page"));
    mvc.perform(get("/api/admin/accounts").param("sort", "password,asc").with(as.user("admin")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("sort"));
    mvc.perform(get("/api/admin/accounts").with(as.user("pm.inl")))
        .andExpect(status().isForbidden());
  }

  @Test
  void anApiCallRidingOnABrowserSessionNeedsTheCsrfToken() throws Exception {
    String admin = newAccount("csrf-admin", Role.ADMINISTRATOR, AgencyCode.INL);
    String body =
        "{\"username\":\"csrf-"
            + UUID.randomUUID().toString().substring(0, 8)
            + "\",\"displayName\":\"Csrf Person\","
            + "\"agency\":\"IOM\",\"roles\":[\"PARTNER\"],\"password\":\"Caspian-sturgeon-41\"}";
    // A forged cross-site request: the browser sends the session cookie, but no CSRF token.
    mvc.perform(
            post("/api/admin/accounts")
                .with(as.user(admin))
                .cookie(new Cookie("JSESSIONID", "from-the-browser"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isForbidden())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    // The page's own script sends the token and is served.
    mvc.perform(
            post("/api/admin/accounts")
                .with(as.user(admin))
                .with(csrf())
                .cookie(new Cookie("JSESSIONID", "from-the-browser"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isCreated());
  }

  @Test
  void apiAnswers401WithoutTokenAnd400NamingTheField() throws Exception {
    mvc.perform(get("/api/me"))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    mvc.perform(get("/api/me").header("Authorization", "Bearer kzt_not-a-token"))
        .andExpect(status().isUnauthorized());

    String admin = newAccount("api-admin", Role.ADMINISTRATOR, AgencyCode.INL);
    String token = createToken(admin, "provisioning", "write", "identity");
    String username = "api-" + UUID.randomUUID().toString().substring(0, 8);
    mvc.perform(
            post("/api/admin/accounts")
                .header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"username\":\""
                        + username
                        + "\",\"displayName\":\"Api Person\","
                        + "\"agency\":\"IOM\",\"roles\":[\"PARTNER\"],\"password\":\"short\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[0].field").value("password"))
        .andExpect(jsonPath("$.detail").value(containsString("password: must be at least 12")));
    assertThat(accounts.exists(username)).isFalse();

    mvc.perform(
            post("/api/admin/accounts")
                .header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"username\":\""
                        + username
                        + "\",\"displayName\":\"Api Person\","
                        + "\"agency\":\"IOM\",\"roles\":[\"PARTNER\"],\"password\":\"Caspian-sturgeon-41\"}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.status").value("ACTIVE"));
    assertThat(accounts.exists(username)).isTrue();
  }

  @Test
  void creatingAnAccountTwiceWithTheSameIdempotencyKeyCreatesOne() throws Exception {
    String admin = newAccount("idem-admin", Role.ADMINISTRATOR, AgencyCode.INL);
    String token = createToken(admin, "provisioning", "write", "identity");
    String username = "idem-" + UUID.randomUUID().toString().substring(0, 8);
    String key = UUID.randomUUID().toString();
    String body =
        "{\"username\":\""
            + username
            + "\",\"displayName\":\"Idem Person\","
            + "\"agency\":\"IOM\",\"roles\":[\"PARTNER\"],\"password\":\"Caspian-sturgeon-41\"}";
    // A refused form keeps nothing, not even the key: the corrected retry may use it.
    mvc.perform(
            post("/api/admin/accounts")
                .header("Authorization", "Bearer " + token)
                .header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body.replace("Caspian-sturgeon-41", "short")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("password"));
    String first =
        mvc.perform(
                post("/api/admin/accounts")
                    .header("Authorization", "Bearer " + token)
                    .header("Idempotency-Key", key)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    // The retry after a time-out: the first answer again, not "username taken".
    String again =
        mvc.perform(
                post("/api/admin/accounts")
                    .header("Authorization", "Bearer " + token)
                    .header("Idempotency-Key", key)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body))
            .andExpect(status().isCreated())
            .andExpect(header().string("Idempotent-Replayed", "true"))
            .andExpect(header().string("Location", containsString("/api/admin/accounts/")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(again).isEqualTo(first);
    // The same key with another request is refused.
    mvc.perform(
            post("/api/admin/accounts")
                .header("Authorization", "Bearer " + token)
                .header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body.replace("Idem Person", "Other Person")))
        .andExpect(status().is(422));
    assertThat(accounts.exists(username)).isTrue();
  }

  @Test
  @ExtendWith(OutputCaptureExtension.class)
  void logLinesNameTheTokensOwnerAndTheRequest(CapturedOutput output) throws Exception {
    String user = newAccount("logged", Role.ANALYST, AgencyCode.BORDER_GUARDS);
    String token = createToken(user, "logging");
    mvc.perform(get("/api/me").header("Authorization", "Bearer " + token))
        .andExpect(status().isOk());
    assertThat(output.getOut())
        .containsPattern(
            "\\[" + Pattern.quote(user) + " GET /api/me [0-9a-f]{8}\\] .*api GET /api/me -> 200");
  }

  @Test
  void openApiDocumentDescribesTheBearerToken() throws Exception {
    mvc.perform(get("/v3/api-docs"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.components.securitySchemes.api-token.scheme").value("bearer"))
        .andExpect(jsonPath("$.paths['/api/me'].get").exists());
  }

  @Test
  void metricsForAdministratorsOnlyHealthForAll() throws Exception {
    mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
    mvc.perform(get("/actuator/prometheus").with(as.user("analyst.cdc")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/actuator/prometheus").with(as.user("admin")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("jvm_memory_used_bytes")));
    String admin = newAccount("metrics", Role.ADMINISTRATOR, AgencyCode.INL);
    String token = createToken(admin, "prometheus");
    mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + token))
        .andExpect(status().isOk());
  }

  @Test
  void accountPageShowsTheAgencyNameInTheUsersLanguage() throws Exception {
    mvc.perform(get("/account").with(as.user("guard.bg")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Border Guards")));
    mvc.perform(get("/account").param("lang", "ru").with(as.user("guard.bg")))
        .andExpect(content().string(containsString("Пограничная служба")));
  }

  @Test
  void passwordChangeChecksTheRulesAndTheCurrentPassword() throws Exception {
    String user = newAccount("pw", Role.ANALYST, AgencyCode.BORDER_GUARDS);
    var html =
        mvc.perform(
                post("/account/password")
                    .with(as.user(user))
                    .with(csrf())
                    .param("current", "not-my-password")
                    .param("password", user + "-x")
                    .param("confirm", "something-else-entirely"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    var page = Jsoup.parse(html);
    assertThat(page.select("#current-error").text()).contains("not your current password");
    assertThat(page.select("#password-error").text()).contains("must not contain the username");
    assertThat(page.select("#confirm-error").text()).contains("does not match");

    mvc.perform(
            post("/account/password")
                .with(as.user(user))
                .with(csrf())
                .param("current", PASSWORD)
                .param("password", "Aral-sea-returns-2031")
                .param("confirm", "Aral-sea-returns-2031"))
        .andExpect(redirectedUrl("/account"));
    mvc.perform(formLogin("/login").user(user).password("Aral-sea-returns-2031"))
        .andExpect(redirectedUrl("/home"));
    assertThat(countAudit(user, "PASSWORD_CHANGED")).isEqualTo(1);
  }

  // ---- token expiry, scope, minting and revocation ----------------------------------------

  @Test
  void tokensExpireAfterTheChosenPeriodShownOnTheAccountPage() throws Exception {
    String user = newAccount("exp", Role.ANALYST, AgencyCode.BORDER_GUARDS);
    mvc.perform(
            post("/account/tokens")
                .param("name", "weekly")
                .param("password", PASSWORD)
                .param("days", "7")
                .with(as.user(user))
                .with(csrf()))
        .andExpect(redirectedUrl("/account"));
    var expires =
        jdbc.sql(
                "SELECT t.expires_at FROM idn_api_token t JOIN idn_account a ON a.id = t.account_id WHERE a.username = ?")
            .param(user)
            .query(OffsetDateTime.class)
            .single()
            .toInstant();
    assertThat(expires)
        .isBetween(
            Instant.now().plus(Duration.ofDays(7)).minusSeconds(120),
            Instant.now().plus(Duration.ofDays(7)));
    // Without a choice, 90 days; the list on /account shows when each token expires.
    String token = createToken(user, "default");
    var row =
        Jsoup.parse(
                mvc.perform(get("/account").with(as.user(user)))
                    .andReturn()
                    .getResponse()
                    .getContentAsString())
            .select("#tokens tbody tr");
    assertThat(row).hasSize(2);
    String in90 =
        DateTimeFormatter.ofPattern("dd.MM.yyyy")
            .format(LocalDate.now(ZoneId.of("Asia/Almaty")).plusDays(90));
    assertThat(row.select(".token-expires").text()).contains(in90);

    mvc.perform(get("/api/me").header("Authorization", "Bearer " + token))
        .andExpect(status().isOk());
    jdbc.sql(
            "UPDATE idn_api_token SET expires_at = ? WHERE name = 'default'"
                + " AND account_id = (SELECT id FROM idn_account WHERE username = ?)")
        .params(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1), user)
        .update();
    mvc.perform(get("/api/me").header("Authorization", "Bearer " + token))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.detail").value("API token expired"));
    // An unlisted period is refused at the field.
    var html =
        mvc.perform(
                post("/account/tokens")
                    .param("name", "forever")
                    .param("password", PASSWORD)
                    .param("days", "36500")
                    .with(as.user(user))
                    .with(csrf()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(Jsoup.parse(html).select("#token-days-error").text()).isNotBlank();
  }

  @Test
  void aTokensScopeLimitsItToReadingAndToItsModules() throws Exception {
    String admin = newAccount("scope-admin", Role.ADMINISTRATOR, AgencyCode.INL);
    String readAll = createToken(admin, "read everything");
    String body =
        "{\"username\":\"scoped-"
            + UUID.randomUUID().toString().substring(0, 8)
            + "\",\"displayName\":\"Scoped\","
            + "\"agency\":\"IOM\",\"roles\":[\"PARTNER\"],\"password\":\"Caspian-sturgeon-41\"}";
    mvc.perform(get("/api/admin/accounts").header("Authorization", "Bearer " + readAll))
        .andExpect(status().isOk());
    // An administrator's read-only token cannot create an account, though its owner could.
    mvc.perform(
            post("/api/admin/accounts")
                .header("Authorization", "Bearer " + readAll)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.detail").value(containsString("does not allow POST in identity")));

    // A token for metrics only reaches nothing else.
    String metrics = createToken(admin, "prometheus", "read", "metrics");
    mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + metrics))
        .andExpect(status().isOk());
    mvc.perform(get("/api/admin/accounts").header("Authorization", "Bearer " + metrics))
        .andExpect(status().isForbidden());

    String investigator =
        newAccount("scope-fin", Role.FINANCIAL_INVESTIGATOR, AgencyCode.FINANCIAL_POLICE);
    String finintelOnly = createToken(investigator, "alerts", "write", "finintel");
    mvc.perform(get("/api/finintel/alerts").header("Authorization", "Bearer " + finintelOnly))
        .andExpect(status().isOk());
    mvc.perform(
            post("/api/screening/check")
                .header("Authorization", "Bearer " + finintelOnly)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Ivan Petrov\"}"))
        .andExpect(status().isForbidden());
    assertThat(
            jdbc.sql(
                    "SELECT t.scope FROM idn_api_token t JOIN idn_account a ON a.id = t.account_id WHERE a.username = ?")
                .param(investigator)
                .query(String.class)
                .single())
        .isEqualTo("write:finintel");
  }

  @Test
  void mintingATokenNeedsThePasswordAgain() throws Exception {
    String user = newAccount("mint", Role.ANALYST, AgencyCode.BORDER_GUARDS);
    var html =
        mvc.perform(
                post("/account/tokens")
                    .param("name", "stolen session")
                    .param("password", "not-my-password")
                    .with(as.user(user))
                    .with(csrf()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(Jsoup.parse(html).select("#token-password-error").text())
        .contains("not your current password");
    mvc.perform(
            post("/account/tokens").param("name", "no password").with(as.user(user)).with(csrf()))
        .andExpect(status().isOk());
    assertThat(
            jdbc.sql(
                    "SELECT COUNT(*) FROM idn_api_token t JOIN idn_account a ON a.id = t.account_id WHERE a.username = ?")
                .param(user)
                .query(Long.class)
                .single())
        .isZero();
    assertThat(countAudit(user, "TOKEN_REFUSED")).isEqualTo(2);
  }

  @Test
  void aPasswordChangeRevokesTokensAndEndsTheOtherSessions() throws Exception {
    String user = newAccount("chg", Role.ANALYST, AgencyCode.BORDER_GUARDS);
    String token = createToken(user, "script");
    var here = signIn(user, PASSWORD);
    var elsewhere = signIn(user, PASSWORD);
    mvc.perform(get("/api/me").session(elsewhere)).andExpect(status().isOk());

    mvc.perform(
            post("/account/password")
                .session(here)
                .with(csrf())
                .param("current", PASSWORD)
                .param("password", "Aral-sea-returns-2031")
                .param("confirm", "Aral-sea-returns-2031"))
        .andExpect(redirectedUrl("/account"));

    mvc.perform(get("/api/me").header("Authorization", "Bearer " + token))
        .andExpect(status().isUnauthorized());
    mvc.perform(get("/api/me").session(elsewhere)).andExpect(status().isUnauthorized());
    mvc.perform(get("/api/me").session(here)).andExpect(status().isOk());
  }

  @Test
  void anAdministratorsResetRevokesTokensAndEndsEverySession() throws Exception {
    String user = newAccount("rst", Role.ANALYST, AgencyCode.BORDER_GUARDS);
    long id = accounts.findByUsername(user).orElseThrow().accountId();
    String token = createToken(user, "script");
    var session = signIn(user, PASSWORD);
    mvc.perform(
            post("/admin/accounts/" + id + "/password")
                .with(as.user("admin"))
                .with(csrf())
                .param("password", "Balkhash-lake-blue-88")
                .param("confirm", "Balkhash-lake-blue-88"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/api/me").header("Authorization", "Bearer " + token))
        .andExpect(status().isUnauthorized());
    mvc.perform(get("/api/me").session(session)).andExpect(status().isUnauthorized());
    mvc.perform(formLogin("/login").user(user).password("Balkhash-lake-blue-88"))
        .andExpect(redirectedUrl("/home"));
  }

  MockHttpSession signIn(String user, String password) throws Exception {
    return (MockHttpSession)
        mvc.perform(formLogin("/login").user(user).password(password))
            .andExpect(redirectedUrl("/home"))
            .andReturn()
            .getRequest()
            .getSession(false);
  }

  // ---- separation of duties ----------------------------------------------------------------

  long idOf(String username) {
    return accounts.findByUsername(username).orElseThrow().accountId();
  }

  String statusOf(long id) {
    return jdbc.sql("SELECT status FROM idn_account WHERE id = ?")
        .param(id)
        .query(String.class)
        .single();
  }

  long waitingChangeFor(long accountId) {
    return jdbc.sql("SELECT id FROM idn_pending_change WHERE account_id = ? AND status = 'PENDING'")
        .param(accountId)
        .query(Long.class)
        .single();
  }

  @Test
  void aLoneAdministratorCannotGiveThemselfVictimRecordAccess() throws Exception {
    String admin = newAccount("sod", Role.ADMINISTRATOR, AgencyCode.INL);
    long id = idOf(admin);
    mvc.perform(
            post("/admin/accounts/" + id)
                .with(as.user(admin))
                .with(csrf())
                .param("displayName", "Test " + admin)
                .param("agency", "MIGRATION_POLICE")
                .param("roles", "ADMINISTRATOR", "TIP_CASEWORKER"))
        .andExpect(redirectedUrl("/admin/accounts/" + id))
        .andExpect(
            MockMvcResultMatchers.flash()
                .attribute("message", "admin.changeAwaitsSecondAdministrator"));
    // Nothing changed yet: no caseworker role, no victim records.
    assertThat(accounts.rolesOf(id)).containsExactly(Role.ADMINISTRATOR);
    assertThat(accounts.findById(id).orElseThrow().agency()).isEqualTo(AgencyCode.INL);
    mvc.perform(get("/trafficking/cases").with(as.user(admin))).andExpect(status().isForbidden());

    // The same administrator cannot approve their own request.
    long change = waitingChangeFor(id);
    mvc.perform(post("/admin/changes/" + change + "/approve").with(as.user(admin)).with(csrf()))
        .andExpect(status().isForbidden());
    assertThat(accounts.rolesOf(id)).containsExactly(Role.ADMINISTRATOR);
    mvc.perform(get("/trafficking/cases").with(as.user(admin))).andExpect(status().isForbidden());
    assertThat(countAudit(admin, "ACCOUNT_CHANGE_REQUESTED")).isEqualTo(1);

    // A second administrator sees it, approves it, and it is applied and audited.
    String second = newAccount("sod2", Role.ADMINISTRATOR, AgencyCode.INL);
    var list =
        Jsoup.parse(
            mvc.perform(get("/admin/accounts").with(as.user(second)))
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(list.select("#change-" + change).text())
        .contains(admin)
        .contains("victim-record access");
    mvc.perform(post("/admin/changes/" + change + "/approve").with(as.user(second)).with(csrf()))
        .andExpect(redirectedUrl("/admin/accounts"));
    assertThat(accounts.rolesOf(id))
        .containsExactlyInAnyOrder(Role.ADMINISTRATOR, Role.TIP_CASEWORKER);
    assertThat(accounts.findById(id).orElseThrow().agency())
        .isEqualTo(AgencyCode.of("MIGRATION_POLICE"));
    assertThat(countAudit(second, "ACCOUNT_CHANGE_APPROVED")).isEqualTo(1);
    // Decided once.
    mvc.perform(post("/admin/changes/" + change + "/approve").with(as.user(second)).with(csrf()))
        .andExpect(status().isNotFound());
  }

  @Test
  void changingOwnRolesOrAgencyNeedsASecondAdministratorButOthersChangesDoNot() throws Exception {
    String admin = newAccount("own", Role.ADMINISTRATOR, AgencyCode.INL);
    long id = idOf(admin);
    mvc.perform(
            post("/admin/accounts/" + id)
                .with(as.user(admin))
                .with(csrf())
                .param("displayName", "Test " + admin)
                .param("agency", "UNODC")
                .param("roles", "ADMINISTRATOR"))
        .andExpect(redirectedUrl("/admin/accounts/" + id));
    assertThat(accounts.findById(id).orElseThrow().agency()).isEqualTo(AgencyCode.INL);
    // Turned down by the one who asked: nothing applied.
    long change = waitingChangeFor(id);
    mvc.perform(post("/admin/changes/" + change + "/reject").with(as.user(admin)).with(csrf()))
        .andExpect(redirectedUrl("/admin/accounts"));
    assertThat(accounts.findById(id).orElseThrow().agency()).isEqualTo(AgencyCode.INL);
    assertThat(countAudit(admin, "ACCOUNT_CHANGE_REJECTED")).isEqualTo(1);

    // Another account's ordinary change is saved at once.
    String analyst = newAccount("other", Role.ANALYST, AgencyCode.BORDER_GUARDS);
    mvc.perform(
            post("/admin/accounts/" + idOf(analyst))
                .with(as.user(admin))
                .with(csrf())
                .param("displayName", "Test " + analyst)
                .param("agency", "CDC_MOI")
                .param("roles", "ANALYST", "CHECKPOINT_OFFICER"))
        .andExpect(redirectedUrl("/admin/accounts/" + idOf(analyst)));
    assertThat(accounts.rolesOf(idOf(analyst)))
        .containsExactlyInAnyOrder(Role.ANALYST, Role.CHECKPOINT_OFFICER);
  }

  @Test
  void aNewCaseworkerAccountWaitsForASecondAdministrator() throws Exception {
    String username = "tip-" + UUID.randomUUID().toString().substring(0, 8);
    String location =
        mvc.perform(
                post("/admin/accounts")
                    .with(as.user("admin"))
                    .with(csrf())
                    .param("username", username)
                    .param("displayName", "New Caseworker")
                    .param("agency", "MIGRATION_POLICE")
                    .param("roles", "TIP_CASEWORKER")
                    .param("password", "Tien-Shan-spruce-77"))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    assertThat(accounts.rolesOf(id)).isEmpty();
    assertThat(statusOf(id)).isEqualTo("PENDING");
    String second = newAccount("tip-approver", Role.ADMINISTRATOR, AgencyCode.INL);
    mvc.perform(
            post("/admin/changes/" + waitingChangeFor(id) + "/approve")
                .with(as.user(second))
                .with(csrf()))
        .andExpect(redirectedUrl("/admin/accounts"));
    assertThat(accounts.rolesOf(id)).containsExactly(Role.TIP_CASEWORKER);
    assertThat(statusOf(id)).isEqualTo("ACTIVE");
  }

  // ---- lockout is not a weapon --------------------------------------------------------------

  /** A password sign-in from the given client address. */
  ResultActions signInFrom(String address, String user, String password) throws Exception {
    return mvc.perform(
        post("/login")
            .param("username", user)
            .param("password", password)
            .with(csrf())
            .with(
                request -> {
                  request.setRemoteAddr(address);
                  return request;
                }));
  }

  @Test
  void wrongPasswordsFromOneAddressDoNotLockTheOwnerOutElsewhere() throws Exception {
    String user = newAccount("weapon", Role.ADMINISTRATOR, AgencyCode.INL);
    for (int i = 0; i < 5; i++) {
      signInFrom("203.0.113.7", user, "guess-" + i).andExpect(redirectedUrl("/login?error"));
    }
    // The guessing address is locked out, even with the right password ...
    signInFrom("203.0.113.7", user, PASSWORD).andExpect(redirectedUrl("/login?error"));
    // ... the owner at their own desk is not.
    signInFrom("198.51.100.20", user, PASSWORD).andExpect(redirectedUrl("/home"));
    assertThat(
            jdbc.sql(
                    "SELECT detail FROM idn_audit WHERE action = 'ACCOUNT_LOCKED' AND target_id = ?")
                .param(user)
                .query(String.class)
                .single())
        .contains("203.0.113.7");
  }

  @Test
  void oldFailuresStopCounting() throws Exception {
    String user = newAccount("decay", Role.ANALYST, AgencyCode.BORDER_GUARDS);
    for (int i = 0; i < 4; i++) {
      signInFrom("203.0.113.8", user, "guess-" + i).andExpect(redirectedUrl("/login?error"));
    }
    // Twenty minutes later (longer than the 15-minute window) the four no longer count.
    var earlier = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(20);
    jdbc.sql(
            "UPDATE idn_sign_in_failure SET last_failure_at = ? WHERE account_id = (SELECT id FROM idn_account WHERE username = ?)")
        .params(earlier, user)
        .update();
    jdbc.sql("UPDATE idn_account SET last_failure_at = ? WHERE username = ?")
        .params(earlier, user)
        .update();
    signInFrom("203.0.113.8", user, "guess-late").andExpect(redirectedUrl("/login?error"));
    signInFrom("203.0.113.8", user, PASSWORD).andExpect(redirectedUrl("/home"));
    // Without the pause, the fifth in a row locks as before (guessing is still stopped).
    for (int i = 0; i < 5; i++) {
      signInFrom("203.0.113.9", user, "again-" + i).andExpect(redirectedUrl("/login?error"));
    }
    signInFrom("203.0.113.9", user, PASSWORD).andExpect(redirectedUrl("/login?error"));
  }
}
