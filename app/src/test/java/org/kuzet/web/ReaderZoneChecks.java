package org.kuzet.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.kuzet.testing.As;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A page shows a time in the zone of the reader's agency: the test configuration gives UNODC
 * Europe/Vienna, while INL has none and reads the installation's Asia/Almaty.
 */
abstract class ReaderZoneChecks {

  @Autowired MockMvc mvc;
  @Autowired As as;
  @Autowired JdbcClient jdbc;

  // 20:00 UTC on 1 March 2008: 21:00 that day in Vienna, the small hours of 2 March in Almaty.
  private static final Instant CREATED = Instant.parse("2008-03-01T20:00:00Z");

  @Test
  void theAccountPageShowsATokensCreationInTheReadersAgencysZone() throws Exception {
    String viennese = token("partner.unodc");
    String almaty = token("pm.inl");
    assertThat(createdCell("partner.unodc", viennese)).isEqualTo("01.03.2008 21:00");
    assertThat(createdCell("pm.inl", almaty))
        .isEqualTo(
            DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
                .format(CREATED.atZone(ZoneId.of("Asia/Almaty"))))
        .startsWith("02.03.2008 0");
  }

  /** A token of the user's made at {@link #CREATED}; returns its name. */
  private String token(String username) {
    long account =
        jdbc.sql("SELECT id FROM idn_account WHERE username = ?")
            .param(username)
            .query(Long.class)
            .single();
    String name = "zone-" + UUID.randomUUID().toString().substring(0, 8);
    String hash = (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
    long id = jdbc.sql("SELECT nextval('kuzet_seq')").query(Long.class).single();
    jdbc.sql(
            """
            INSERT INTO idn_api_token
              (id, account_id, name, token_hash, hint, created_at, expires_at, scope)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            id,
            account,
            name,
            hash,
            "kz_test",
            CREATED.atOffset(ZoneOffset.UTC),
            OffsetDateTime.of(2099, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC),
            "read:*")
        .update();
    return name;
  }

  private String createdCell(String username, String tokenName) throws Exception {
    String html =
        mvc.perform(get("/account").param("lang", "ru").with(as.user(username)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    var row =
        Jsoup.parse(html).select("tr[id^=token-]").stream()
            .filter(r -> r.child(0).text().equals(tokenName))
            .findFirst()
            .orElseThrow();
    return row.child(2).text();
  }
}
