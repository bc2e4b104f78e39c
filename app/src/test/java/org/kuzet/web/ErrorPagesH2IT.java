package org.kuzet.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kuzet.identity.DemoAccounts;
import org.kuzet.testing.As;
import org.kuzet.testing.OnH2;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Errors as a browser and as a script meet them, on the real port through the real sign-in form (so
 * that the container's error dispatch is part of the test): pages answer an HTML error page in the
 * user's language with a way back, {@code /api/**} answers RFC 9457 problem documents — for unknown
 * paths, refusals of the security filters and bad parameters alike.
 */
@OnH2
class ErrorPagesH2IT {

  static final String BROWSER_ACCEPT =
      "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;
  @Autowired As as;

  /** A browser: a cookie jar signed in as a demo user, in a language. */
  final class Browser {
    final HttpClient http;
    final CookieManager cookies = new CookieManager();

    Browser(String language) {
      http =
          HttpClient.newBuilder()
              .cookieHandler(cookies)
              .followRedirects(HttpClient.Redirect.NEVER)
              .connectTimeout(Duration.ofSeconds(5))
              .build();
      var lang = new HttpCookie("kuzet-lang", language);
      lang.setPath("/");
      lang.setVersion(0);
      cookies.getCookieStore().add(URI.create(base()), lang);
    }

    Browser signIn(String username) throws Exception {
      String login = get("/login").body();
      Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(login);
      assertThat(csrf.find()).as("sign-in form has a CSRF token").isTrue();
      String form =
          "username=" + username + "&password=" + DemoAccounts.PASSWORD + "&_csrf=" + csrf.group(1);
      var signedIn =
          http.send(
              HttpRequest.newBuilder(URI.create(base() + "/login"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(form))
                  .build(),
              HttpResponse.BodyHandlers.discarding());
      assertThat(signedIn.headers().firstValue("Location").orElse(""))
          .as(username + " signed in")
          .endsWith("/home");
      return this;
    }

    HttpResponse<String> get(String path) throws Exception {
      return get(path, BROWSER_ACCEPT);
    }

    HttpResponse<String> get(String path, String accept) throws Exception {
      return http.send(
          HttpRequest.newBuilder(URI.create(base() + path)).header("Accept", accept).build(),
          HttpResponse.BodyHandlers.ofString());
    }
  }

  String base() {
    return "http://localhost:" + port;
  }

  /** A page error: the status, an HTML page in the language with the heading, and a way home. */
  static void assertPage(HttpResponse<String> response, int status, String heading) {
    String where = response.request().uri().getPath();
    assertThat(response.statusCode()).as(where).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .as(where)
        .startsWith("text/html");
    assertThat(response.body())
        .as(where)
        .contains("id=\"error-heading\">" + heading + "<")
        .contains("id=\"error-home\" href=\"/home\"")
        .doesNotContain("Exception")
        .doesNotContainPattern("\\bat [a-z]+\\.[\\w.$]+\\(");
  }

  static void assertProblem(HttpResponse<String> response, int status) {
    String where = response.request().uri().getPath();
    assertThat(response.statusCode()).as(where).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .as(where)
        .startsWith("application/problem+json");
    assertThat(response.body())
        .as(where)
        .contains("\"status\":" + status)
        .doesNotContain("Exception");
  }

  record Heading(String notFound, String forbidden, String badRequest) {}

  static final Heading ENGLISH =
      new Heading("Not found", "Not allowed", "The request could not be accepted");
  static final Heading RUSSIAN =
      new Heading("Не найдено", "Доступ запрещён", "Запрос не может быть принят");
  static final Heading KAZAKH =
      new Heading("Табылмады", "Рұқсат жоқ", "Сұрауды қабылдау мүмкін емес");

  @Test
  void browsersGetErrorPagesInEnglish() throws Exception {
    pagesIn("en", ENGLISH);
  }

  @Test
  void browsersGetErrorPagesInRussian() throws Exception {
    pagesIn("ru", RUSSIAN);
  }

  @Test
  void browsersGetErrorPagesInKazakh() throws Exception {
    var manager = new Browser("kk").signIn("pm.inl");
    assertPage(manager.get("/program/programs/0"), 404, KAZAKH.notFound());
    assertPage(manager.get("/no/such/page"), 404, KAZAKH.notFound());
    assertPage(manager.get("/program/programs/abc"), 400, KAZAKH.badRequest());
  }

  void pagesIn(String language, Heading h) throws Exception {
    var manager = new Browser(language).signIn("pm.inl");
    assertPage(manager.get("/program/programs/0"), 404, h.notFound());
    var badId = manager.get("/program/programs/abc");
    assertPage(badId, 400, h.badRequest());
    assertThat(badId.body()).contains("abc");
    assertPage(manager.get("/results/programs/NOPE"), 404, h.notFound());
    assertPage(manager.get("/no/such/page"), 404, h.notFound());
    // A page of another module's role: refused by the security filters, through the error page.
    assertPage(manager.get("/finintel/alerts"), 403, h.forbidden());

    var officer = new Browser(language).signIn("officer.cdc");
    assertPage(officer.get("/interdiction/posts/0"), 404, h.notFound());
    long otherAgencys = inspectionOfTheBorderGuards();
    var notYours = officer.get("/interdiction/inspections/" + otherAgencys);
    assertThat(notYours.statusCode()).isIn(403, 404);
    assertPage(
        notYours,
        notYours.statusCode(),
        notYours.statusCode() == 404 ? h.notFound() : h.forbidden());

    var analyst = new Browser(language).signIn("analyst.cdc");
    assertPage(analyst.get("/watchlists/versions/999999"), 404, h.notFound());
    var year = analyst.get("/interdiction/statistics/annual?year=-5");
    assertPage(year, 400, h.badRequest());
    // The field named as the reader knows it (Year, Год, Жыл), with what was typed.
    assertThat(year.body()).contains("(-5)").doesNotContain("<strong>year</strong>");

    var investigator = new Browser(language).signIn("investigator.fp");
    var from = investigator.get("/finintel/alerts?from=x");
    assertPage(from, 400, h.badRequest());
    // The field named for the reader (From, С, Бастап), never as the request names it.
    assertThat(from.body()).contains("<strong>").doesNotContain("<strong>from</strong>");
    assertPage(investigator.get("/finintel/alerts?page=50000000"), 400, h.badRequest());
  }

  @Test
  void theApiAnswersProblemDocumentsEvenToBrowsers() throws Exception {
    var anonymous = new Browser("ru");
    assertProblem(anonymous.get("/api/finintel/alerts"), 401);
    assertProblem(anonymous.get("/api/no/such/thing"), 401);

    var manager = new Browser("ru").signIn("pm.inl");
    assertProblem(manager.get("/api/finintel/alerts"), 403);
    assertProblem(manager.get("/api/no/such/thing"), 404);

    var investigator = new Browser("en").signIn("investigator.fp");
    assertProblem(investigator.get("/api/no/such/thing"), 404);
    var from = investigator.get("/api/finintel/alerts?from=x");
    assertProblem(from, 400);
    assertThat(from.body()).contains("\"field\":\"from\"");
    var fromRu =
        new Browser("ru")
            .signIn("investigator.fp")
            .get("/api/finintel/alerts?from=x", "application/json");
    assertProblem(fromRu, 400);
    assertThat(fromRu.body()).contains("\"field\":\"from\"").contains("не дата");
    assertProblem(investigator.get("/api/finintel/alerts/999999999"), 404);
  }

  /** An inspection logged at a Border Guards crossing: not the checkpoint officer's agency. */
  long inspectionOfTheBorderGuards() throws Exception {
    long post =
        jdbc.sql("SELECT id FROM intd_post WHERE agency_code = 'BORDER_GUARDS' ORDER BY id")
            .query(Long.class)
            .list()
            .get(0);
    List<Long> existing =
        jdbc.sql("SELECT id FROM intd_inspection WHERE post_id = ? ORDER BY id")
            .param(post)
            .query(Long.class)
            .list();
    if (!existing.isEmpty()) {
      return existing.get(0);
    }
    String at =
        LocalDateTime.now(ZoneId.of("Asia/Almaty"))
            .minusHours(1)
            .withSecond(0)
            .withNano(0)
            .toString();
    mvc.perform(
            post("/interdiction/posts/{id}/log", post)
                .with(as.user("guard.bg"))
                .with(csrf())
                .param("inspectedAt", at)
                .param("plate", "777ERR02")
                .param("plateCountry", "KZ")
                .param("vehicleType", "CAR")
                .param("direction", "NORTH")
                .param("result", "CLEARED")
                .param("persons[0].role", "DRIVER")
                .param("persons[0].name", "Ошибкин Тест")
                .param("persons[0].documentType", "PASSPORT")
                .param("persons[0].documentNumber", "N777ERR02")
                .param("persons[0].nationality", "KAZ")
                .param("persons[0].birthDate", "1980-01-01")
                .param("persons[0].sex", "M"))
        .andReturn();
    return jdbc.sql("SELECT id FROM intd_inspection WHERE post_id = ? ORDER BY id")
        .param(post)
        .query(Long.class)
        .list()
        .get(0);
  }
}
