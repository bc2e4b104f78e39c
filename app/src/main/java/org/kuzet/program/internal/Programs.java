package org.kuzet.program.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Programs (counternarcotics, border security, ...) of each country, with their texts. */
@Repository
public class Programs {

  record Program(
      ProgramId id, String code, String countryCode, int sortOrder, boolean onFactsheet) {}

  public record ProgramText(ProgramId programId, String lang, String name, String description) {

    /** The description's paragraphs: blocks separated by a blank line. */
    public List<String> paragraphs() {
      return Arrays.stream(description.replace("\r\n", "\n").split("\n\\s*\n"))
          .map(String::strip)
          .filter(p -> !p.isEmpty())
          .toList();
    }
  }

  private final JdbcClient jdbc;

  Programs(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<Program> all() {
    return jdbc.sql("SELECT * FROM prog_program ORDER BY country_code, sort_order, code")
        .query(this::row)
        .list();
  }

  List<Program> ofCountry(String country) {
    return jdbc.sql("SELECT * FROM prog_program WHERE country_code = ? ORDER BY sort_order, code")
        .param(country)
        .query(this::row)
        .list();
  }

  Optional<Program> find(ProgramId id) {
    return jdbc.sql("SELECT * FROM prog_program WHERE id = ?")
        .param(id.value())
        .query(this::row)
        .optional();
  }

  Optional<Program> findByCode(String code) {
    return jdbc.sql("SELECT * FROM prog_program WHERE code = ?")
        .param(code)
        .query(this::row)
        .optional();
  }

  public ProgramId insert(String code, String country, int sortOrder, boolean onFactsheet) {
    long id = jdbc.sql("SELECT nextval('kuzet_seq')").query(Long.class).single();
    jdbc.sql(
            "INSERT INTO prog_program (id, code, country_code, sort_order, on_factsheet) VALUES (?, ?, ?, ?, ?)")
        .params(id, code, country, sortOrder, onFactsheet)
        .update();
    return new ProgramId(id);
  }

  void update(ProgramId id, int sortOrder, boolean onFactsheet) {
    jdbc.sql("UPDATE prog_program SET sort_order = ?, on_factsheet = ? WHERE id = ?")
        .params(sortOrder, onFactsheet, id.value())
        .update();
  }

  Optional<ProgramText> text(ProgramId programId, String lang) {
    return textExactly(programId, lang).or(() -> textExactly(programId, Lang.ENGLISH));
  }

  Optional<ProgramText> textExactly(ProgramId programId, String lang) {
    return jdbc.sql("SELECT * FROM prog_program_text WHERE program_id = ? AND lang = ?")
        .params(programId.value(), lang)
        .query(
            (rs, n) ->
                new ProgramText(
                    new ProgramId(rs.getLong("program_id")),
                    rs.getString("lang"),
                    rs.getString("name"),
                    rs.getString("description")))
        .optional();
  }

  /** The program's name in the language, for lists and menus. */
  String name(Program p, String lang) {
    return text(p.id(), lang).map(ProgramText::name).orElse(p.code());
  }

  public void saveText(ProgramText t) {
    int updated =
        jdbc.sql(
                "UPDATE prog_program_text SET name = ?, description = ? WHERE program_id = ? AND lang = ?")
            .params(t.name(), t.description(), t.programId().value(), t.lang())
            .update();
    if (updated == 0) {
      jdbc.sql(
              "INSERT INTO prog_program_text (program_id, lang, name, description) VALUES (?, ?, ?, ?)")
          .params(t.programId().value(), t.lang(), t.name(), t.description())
          .update();
    }
  }

  private Program row(ResultSet rs, int n) throws SQLException {
    return new Program(
        new ProgramId(rs.getLong("id")),
        rs.getString("code"),
        rs.getString("country_code"),
        rs.getInt("sort_order"),
        rs.getBoolean("on_factsheet"));
  }
}
