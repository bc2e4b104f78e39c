package org.kuzet.watchlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.kuzet.watchlist.WatchlistFixtures.csv;
import static org.kuzet.watchlist.WatchlistFixtures.nationalV1;
import static org.kuzet.watchlist.WatchlistFixtures.nationalV2;
import static org.kuzet.watchlist.WatchlistFixtures.uniqueListName;
import static org.kuzet.watchlist.WatchlistFixtures.uniqueSurname;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kuzet.identity.internal.AuditWords;
import org.kuzet.testing.As;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The watchlist API: upload a version (once, whatever the retries), compare it with the active one,
 * activate it with its ETag, read its entries; officers and the program office are refused. Lists
 * are shared by all agencies, so there is no other agency to refuse.
 */
abstract class WatchlistApiChecks {

  @Autowired MockMvc mvc;
  @Autowired As as;
  @Autowired JdbcClient jdbc;
  @Autowired AuditWords words;

  long upload(String list, String content, String key, int expectedStatus) throws Exception {
    String answer =
        mvc.perform(
                multipart("/api/watchlists/versions")
                    .file(csv("national.csv", content))
                    .param("listName", list)
                    .param("format", "NATIONAL_CSV")
                    .header("Idempotency-Key", key)
                    .with(as.user("analyst.cdc")))
            .andExpect(status().is(expectedStatus))
            .andReturn()
            .getResponse()
            .getContentAsString();
    return ((Number) JsonPath.read(answer, "$.version.id")).longValue();
  }

  @Test
  void anAnalystUploadsComparesAndActivatesAVersion() throws Exception {
    String list = uniqueListName();
    String a = uniqueSurname(), b = uniqueSurname(), c = uniqueSurname(), d = uniqueSurname();
    long v1 = upload(list, nationalV1(a, b, c), list + "-1", 201);
    assertThat(upload(list, nationalV1(a, b, c), list + "-1", 201))
        .as("a retry replays")
        .isEqualTo(v1);
    assertThat(
            jdbc.sql(
                    "SELECT COUNT(*) FROM wl_version v JOIN wl_list l ON l.id = v.list_id WHERE l.name = ?")
                .param(list)
                .query(Long.class)
                .single())
        .isEqualTo(1);

    String etag =
        mvc.perform(get("/api/watchlists/versions/{id}", v1).with(as.user("analyst.cdc")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getHeader("ETag");
    mvc.perform(post("/api/watchlists/versions/{id}/activate", v1).with(as.user("analyst.cdc")))
        .andExpect(status().isPreconditionRequired());
    mvc.perform(
            post("/api/watchlists/versions/{id}/activate", v1)
                .header("If-Match", etag)
                .with(as.user("analyst.cdc")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("ACTIVE"));
    mvc.perform(
            get("/api/watchlists/lists/{name}/entries", list)
                .param("q", a)
                .with(as.user("analyst.cdc")))
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].id").value("A1"));

    long v2 = upload(list, nationalV2(a, b, d), list + "-2", 201);
    mvc.perform(
            get("/api/watchlists/versions/{id}/changes", v2)
                .param("kind", "REMOVED")
                .with(as.user("analyst.cdc")))
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].entryId").value("C3"));
    mvc.perform(get("/api/watchlists/lists/{name}/versions", list).with(as.user("analyst.cdc")))
        .andExpect(jsonPath("$.items[0].id").value((int) v2))
        .andExpect(jsonPath("$.total").value(2));
    mvc.perform(get("/api/watchlists/lists").param("size", "200").with(as.user("admin")))
        .andExpect(jsonPath("$.items[*].name", hasItem(list)));
  }

  @Test
  void aBrokenFileIsRefusedNamingItAndOtherRolesAreRefused() throws Exception {
    mvc.perform(
            multipart("/api/watchlists/versions")
                .file(csv("x.csv", "not,a\nlist"))
                .param("listName", uniqueListName())
                .param("format", "NATIONAL_CSV")
                .with(as.user("analyst.cdc")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("file"));
    mvc.perform(
            multipart("/api/watchlists/versions")
                .file(csv("x.csv", "id\n1"))
                .param("listName", uniqueListName())
                .param("format", "PDF")
                .with(as.user("analyst.cdc")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("format"));
    // A parser's failure: a stable code, its place in parts, and the message in the caller's
    // Accept-Language; the audit keeps the code and words it when read.
    String list = uniqueListName();
    mvc.perform(
            multipart("/api/watchlists/versions")
                .file(csv("open.csv", "id,name\nA1,Ivan\nA2,\"Oleg\nA3,Anna\n"))
                .param("listName", list)
                .param("format", "NATIONAL_CSV")
                .header("Accept-Language", "kk-KZ,kk;q=0.9,en;q=0.5")
                .with(as.user("analyst.cdc")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("file"))
        .andExpect(jsonPath("$.errors[0].code").value("CSV_UNCLOSED_QUOTE"))
        .andExpect(jsonPath("$.errors[0].args").isEmpty())
        .andExpect(jsonPath("$.errors[0].place.file").value("open.csv"))
        .andExpect(jsonPath("$.errors[0].place.line").value("3"))
        .andExpect(
            jsonPath("$.errors[0].message")
                .value("open.csv, 3-жол: тырнақшадағы өріс осында ашылып, жабылмаған"));
    String stored =
        jdbc.sql(
                "SELECT detail FROM idn_audit WHERE action = 'WATCHLIST_UPLOAD_REFUSED'"
                    + " AND target_id = ?")
            .param(list)
            .query(String.class)
            .single();
    assertThat(stored)
        .contains("\"watchlist.listRefused\"", "CSV_UNCLOSED_QUOTE")
        .doesNotContain("EOF reached");
    assertThat(words.detail("WATCHLIST_UPLOAD_REFUSED", stored, Locale.forLanguageTag("ru")))
        .isEqualTo(
            "файлы open.csv отклонены, ничего не сохранено: open.csv, строка 3: поле в кавычках"
                + " открыто здесь и не закрыто");
    // Without Accept-Language the API answers in English, as before.
    mvc.perform(
            multipart("/api/watchlists/versions")
                .file(csv("open.csv", "id,name\nA1,\"Ivan\n"))
                .param("listName", uniqueListName())
                .param("format", "NATIONAL_CSV")
                .with(as.user("analyst.cdc")))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.errors[0].message")
                .value("open.csv, line 2: a quoted field is opened here and never closed"));
    for (String user : new String[] {"officer.cdc", "pm.inl", "investigator.fp"}) {
      mvc.perform(get("/api/watchlists/lists").with(as.user(user)))
          .andExpect(status().isForbidden())
          .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
    mvc.perform(get("/api/watchlists/versions/{id}", 999_999_999L).with(as.user("analyst.cdc")))
        .andExpect(status().isNotFound())
        .andExpect(header().doesNotExist("ETag"));
  }
}
