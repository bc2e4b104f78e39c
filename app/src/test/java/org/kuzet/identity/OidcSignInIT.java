package org.kuzet.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.awaitility.Awaitility;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * OpenID Connect sign-in end to end: a real provider (mock-oauth2-server) on a local port, the real
 * redirect flow through an HTTP client that keeps cookies, no mocked security context. An unknown
 * person gets an account waiting for approval, an administrator approves it through the
 * administration pages, and the person then gets in; returning people map to their account.
 *
 * <p>Its own application context (the provider's address is only known at run time) on its own
 * in-memory database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "h2"})
class OidcSignInIT {

  static final String ADMIN = "boot.admin";
  static final String ADMIN_PASSWORD = "Ile-Alatau-at-dawn-2009";
  static final MockOAuth2Server PROVIDER = new MockOAuth2Server();

  static {
    PROVIDER.start();
  }

  @DynamicPropertySource
  static void provider(DynamicPropertyRegistry registry) {
    registry.add(
        "spring.datasource.url",
        () ->
            "jdbc:h2:mem:kuzet-oidc;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    String issuer = PROVIDER.issuerUrl("default").toString();
    registry.add("spring.security.oauth2.client.provider.mock.issuer-uri", () -> issuer);
    registry.add("spring.security.oauth2.client.registration.mock.client-id", () -> "kuzet");
    registry.add("spring.security.oauth2.client.registration.mock.client-secret", () -> "secret");
    registry.add(
        "spring.security.oauth2.client.registration.mock.client-name", () -> "Ministry ID");
    registry.add(
        "spring.security.oauth2.client.registration.mock.scope", () -> "openid,profile,email");
    registry.add("kuzet.identity.providers.mock.logo", () -> "/images/providers/government.svg");
    // A second provider whose logo is not a shipped image: the OpenID logo is used instead.
    registry.add("spring.security.oauth2.client.registration.partner.provider", () -> "mock");
    registry.add("spring.security.oauth2.client.registration.partner.client-id", () -> "kuzet");
    registry.add(
        "spring.security.oauth2.client.registration.partner.client-secret", () -> "secret");
    registry.add(
        "spring.security.oauth2.client.registration.partner.client-name", () -> "Partner IdP");
    registry.add(
        "spring.security.oauth2.client.registration.partner.scope", () -> "openid,profile");
    registry.add("kuzet.identity.providers.partner.logo", () -> "https://example.org/logo.png");
    // As a production start would: no demo accounts, the administrator from the bootstrap.
    registry.add("kuzet.demo.enabled", () -> "false");
    registry.add("kuzet.admin.username", () -> ADMIN);
    registry.add("kuzet.admin.password", () -> ADMIN_PASSWORD);
    registry.add("kuzet.admin.agency", () -> "UNODC");
    // Without demo data the trafficking module wants a key of its own, as in production.
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    registry.add("kuzet.trafficking.keys.active", () -> "ktest");
    registry.add(
        "kuzet.trafficking.keys.ring.ktest", () -> Base64.getEncoder().encodeToString(key));
    // ... and so does the audit log.
    registry.add("kuzet.audit.keys.active", () -> "atest");
    registry.add("kuzet.audit.keys.ring.atest", () -> Base64.getEncoder().encodeToString(key));
  }

  @AfterAll
  static void stopProvider() {
    PROVIDER.shutdown();
  }

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationContext context;

  /** A browser stand-in: keeps cookies, follows redirects. */
  HttpClient browser() {
    return HttpClient.newBuilder()
        .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build();
  }

  HttpResponse<String> get(HttpClient client, String path)
      throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Posts a form the way the page would: with the CSRF token the page carries. */
  HttpResponse<String> post(
      HttpClient client, String formPage, String action, Map<String, List<String>> fields)
      throws IOException, InterruptedException {
    var page = Jsoup.parse(get(client, formPage).body());
    var all = new LinkedHashMap<>(fields);
    all.put("_csrf", List.of(page.select("input[name=_csrf]").first().attr("value")));
    String body =
        all.entrySet().stream()
            .flatMap(e -> e.getValue().stream().map(v -> enc(e.getKey()) + "=" + enc(v)))
            .collect(Collectors.joining("&"));
    return client.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + action))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** Signs in through the provider as the person with this subject; returns the last response. */
  HttpResponse<String> signInThroughProvider(
      HttpClient client, String subject, String username, String name) throws Exception {
    PROVIDER.enqueueCallback(
        new DefaultOAuth2TokenCallback(
            "default",
            subject,
            "JWT",
            List.of("kuzet"),
            Map.of(
                "preferred_username", username, "name", name, "email", username + "@example.org"),
            3600));
    return get(client, "/oauth2/authorization/mock");
  }

  long accountId(String username) {
    return jdbc.sql("SELECT id FROM idn_account WHERE username = ?")
        .param(username)
        .query(Long.class)
        .single();
  }

  String status(String username) {
    return jdbc.sql("SELECT status FROM idn_account WHERE username = ?")
        .param(username)
        .query(String.class)
        .single();
  }

  @Test
  void signInPageShowsOneLogoButtonPerProvider() throws Exception {
    var page = Jsoup.parse(get(browser(), "/login").body());
    assertThat(page.select("#provider-mock").text()).isEqualTo("Sign in with Ministry ID");
    assertThat(page.select("#provider-mock img").attr("src"))
        .isEqualTo("/images/providers/government.svg");
    assertThat(page.select("#provider-partner img").attr("src")).isEqualTo("/images/openid.svg");
  }

  @Test
  void firstSignInWaitsForApprovalThenTheAdministratorLetsThePersonIn() throws Exception {
    HttpClient alice = browser();
    var first = signInThroughProvider(alice, "sub-alice-1", "alice", "Alice Abenova");
    assertThat(first.uri().getPath()).isEqualTo("/pending");
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.body()).contains("Waiting for approval");

    long id = accountId("alice");
    assertThat(status("alice")).isEqualTo("PENDING");
    assertThat(
            jdbc.sql(
                    "SELECT account_id FROM idn_federated_identity WHERE provider = 'mock' AND subject = 'sub-alice-1'")
                .query(Long.class)
                .single())
        .isEqualTo(id);
    assertThat(
            jdbc.sql("SELECT action FROM idn_audit WHERE actor = 'alice' ORDER BY seq")
                .query(String.class)
                .list())
        .containsExactly("ACCOUNT_REQUESTED", "SIGN_IN");

    // Until approved, nothing but the waiting page.
    assertThat(get(alice, "/home").uri().getPath()).isEqualTo("/pending");
    assertThat(get(alice, "/account").uri().getPath()).isEqualTo("/pending");
    assertThat(get(alice, "/api/me").statusCode()).isEqualTo(403);

    // The administrator signs in with a password and approves, assigning agency and roles.
    HttpClient admin = browser();
    var signedIn =
        post(
            admin,
            "/login",
            "/login",
            Map.of("username", List.of(ADMIN), "password", List.of(ADMIN_PASSWORD)));
    assertThat(signedIn.uri().getPath()).isEqualTo("/home");
    assertThat(get(admin, "/admin/accounts").body()).contains("alice");
    // The administrators' notification center tells of the account waiting, and leads to it.
    long deadline = System.currentTimeMillis() + 10_000;
    String notices = get(admin, "/notifications").body();
    while (!notices.contains("Alice Abenova (alice) waits for approval")
        && System.currentTimeMillis() < deadline) {
      Thread.sleep(100);
      notices = get(admin, "/notifications").body();
    }
    var notice =
        Pattern.compile("href=\"(/notifications/\\d+/open)\"[^>]*>Alice Abenova \\(alice\\) waits")
            .matcher(notices);
    assertThat(notice.find()).as("approval notice in %s", notices).isTrue();
    assertThat(get(admin, notice.group(1)).uri().getPath()).isEqualTo("/admin/accounts/" + id);
    assertThat(get(alice, "/notifications").uri().getPath()).isEqualTo("/pending");
    var approved =
        post(
            admin,
            "/admin/accounts/" + id,
            "/admin/accounts/" + id,
            Map.of(
                "displayName", List.of("Alice Abenova"),
                "agency", List.of("BORDER_GUARDS"),
                "roles", List.of("BORDER_OFFICER", "ANALYST"),
                "approve", List.of("true")));
    assertThat(approved.uri().getPath()).isEqualTo("/admin/accounts/" + id);
    assertThat(status("alice")).isEqualTo("ACTIVE");
    // The approval closes the notice for every administrator: it no longer counts as unread.
    Awaitility.await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                jdbc.sql(
                            "SELECT COUNT(*) FROM wsp_notification WHERE source_key = ? AND closed_at IS NOT NULL")
                        .param("account-approval:" + id)
                        .query(Long.class)
                        .single()
                    == 1);

    // Alice's open session gets in at her next request.
    var home = get(alice, "/home");
    assertThat(home.uri().getPath()).isEqualTo("/home");
    assertThat(home.body()).contains("Welcome, Alice Abenova");
    assertThat(get(alice, "/api/me").body()).contains("\"agency\":\"BORDER_GUARDS\"");
    assertThat(get(alice, "/admin/accounts").statusCode()).isEqualTo(403);

    // Signing in again later maps to the same account, with its roles.
    HttpClient later = browser();
    var again = signInThroughProvider(later, "sub-alice-1", "alice", "Alice Abenova");
    assertThat(again.uri().getPath()).isEqualTo("/home");
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM idn_federated_identity WHERE subject = 'sub-alice-1'")
                .query(Long.class)
                .single())
        .isEqualTo(1);
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM idn_audit WHERE actor = 'alice' AND action = 'SIGN_IN'")
                .query(Long.class)
                .single())
        .isEqualTo(2);
  }

  @Test
  void anotherPersonWithATakenNameGetsTheirOwnAccountAndADisabledOneIsRefused() throws Exception {
    signInThroughProvider(browser(), "sub-bob", "bob", "Bob One");
    var second = signInThroughProvider(browser(), "sub-other-bob", "bob", "Bob Two");
    assertThat(second.uri().getPath()).isEqualTo("/pending");
    assertThat(status("bob-2")).isEqualTo("PENDING");

    HttpClient admin = browser();
    post(
        admin,
        "/login",
        "/login",
        Map.of("username", List.of(ADMIN), "password", List.of(ADMIN_PASSWORD)));
    long id = accountId("bob-2");
    post(admin, "/admin/accounts/" + id, "/admin/accounts/" + id + "/disable", Map.of());
    assertThat(status("bob-2")).isEqualTo("DISABLED");

    var refused = signInThroughProvider(browser(), "sub-other-bob", "bob", "Bob Two");
    assertThat(refused.uri().getPath()).isEqualTo("/login");
    assertThat(refused.uri().getQuery()).isEqualTo("error");
    assertThat(
            jdbc.sql(
                    "SELECT COUNT(*) FROM idn_audit WHERE action = 'SIGN_IN_FAILED' AND detail LIKE '%disabled%'")
                .query(Long.class)
                .single())
        .isPositive();
  }

  @Test
  void theAdministratorComesFromTheBootstrapOnceAndNoDemoAccountExists() throws Exception {
    assertThat(status(ADMIN)).isEqualTo("ACTIVE");
    assertThat(
            jdbc.sql(
                    "SELECT r.role FROM idn_account_role r JOIN idn_account a ON a.id = r.account_id WHERE a.username = ?")
                .param(ADMIN)
                .query(String.class)
                .list())
        .containsExactly("ADMINISTRATOR");
    assertThat(
            jdbc.sql(
                    "SELECT COUNT(*) FROM idn_account WHERE username = 'admin' OR username = 'officer.cdc'")
                .query(Long.class)
                .single())
        .isZero();
    String hash =
        jdbc.sql("SELECT password_hash FROM idn_account WHERE username = ?")
            .param(ADMIN)
            .query(String.class)
            .single();
    // A second start changes nothing.
    context.getBean("adminBootstrap", ApplicationRunner.class).run(null);
    assertThat(
            jdbc.sql("SELECT password_hash FROM idn_account WHERE username = ?")
                .param(ADMIN)
                .query(String.class)
                .single())
        .isEqualTo(hash);
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM idn_audit WHERE detail = ?")
                .param(AuditDetail.of("account.bootstrap", "boot.admin").stored())
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }
}
