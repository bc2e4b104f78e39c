package org.kuzet.program.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Countries with a program, and each one's fact-sheet texts per language. */
@Repository
public class Countries {

  /** A country with a program: its URL slug and its ISO 3166-1 alpha-3 code. */
  public record Country(String code, String iso3, int sortOrder) {}

  public record CountryText(
      String countryCode,
      String lang,
      String name,
      String title,
      String bureau,
      String overview,
      LocalDate issuedOn) {}

  private final JdbcClient jdbc;

  Countries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<Country> all() {
    return jdbc.sql("SELECT * FROM prog_country ORDER BY sort_order, code")
        .query(
            (rs, n) ->
                new Country(rs.getString("code"), rs.getString("iso3"), rs.getInt("sort_order")))
        .list();
  }

  public Optional<Country> find(String code) {
    return all().stream().filter(c -> c.code().equals(code)).findFirst();
  }

  public void insert(Country c) {
    jdbc.sql("INSERT INTO prog_country (code, iso3, sort_order) VALUES (?, ?, ?)")
        .params(c.code(), c.iso3(), c.sortOrder())
        .update();
  }

  /** The text in the wanted language, or the English one when that language has none. */
  Optional<CountryText> text(String country, String lang) {
    return textExactly(country, lang).or(() -> textExactly(country, Lang.ENGLISH));
  }

  Optional<CountryText> textExactly(String country, String lang) {
    return jdbc.sql("SELECT * FROM prog_country_text WHERE country_code = ? AND lang = ?")
        .params(country, lang)
        .query(
            (rs, n) ->
                new CountryText(
                    rs.getString("country_code"),
                    rs.getString("lang"),
                    rs.getString("name"),
                    rs.getString("title"),
                    rs.getString("bureau"),
                    rs.getString("overview"),
                    rs.getObject("issued_on", LocalDate.class)))
        .optional();
  }

  public void saveText(CountryText t) {
    int updated =
        jdbc.sql(
                "UPDATE prog_country_text SET name = ?, title = ?, bureau = ?, overview = ?, issued_on = ? WHERE country_code = ? AND lang = ?")
            .params(
                t.name(),
                t.title(),
                t.bureau(),
                t.overview(),
                t.issuedOn(),
                t.countryCode(),
                t.lang())
            .update();
    if (updated == 0) {
      jdbc.sql(
              "INSERT INTO prog_country_text (country_code, lang, name, title, bureau, overview, issued_on) VALUES (?, ?, ?, ?, ?, ?, ?)")
          .params(
              t.countryCode(),
              t.lang(),
              t.name(),
              t.title(),
              t.bureau(),
              t.overview(),
              t.issuedOn())
          .update();
    }
  }
}
