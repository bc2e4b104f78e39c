package org.kuzet.training.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.kuzet.identity.AgencyCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Officers and cadets who were nominated for training (table {@code trn_trainee}). */
@Repository
public class Trainees {

  private final JdbcClient jdbc;

  Trainees(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Trainee> find(long id) {
    return jdbc.sql("SELECT * FROM trn_trainee WHERE id = ?")
        .param(id)
        .query(Trainees::trainee)
        .optional();
  }

  Optional<Trainee> find(AgencyCode agency, String serviceNumber) {
    return jdbc.sql("SELECT * FROM trn_trainee WHERE agency_code = ? AND service_number = ?")
        .params(agency.value(), serviceNumber)
        .query(Trainees::trainee)
        .optional();
  }

  /** Trainees whose name or service number contains the text (case-insensitive), first 200. */
  List<Trainee> search(String text) {
    String like =
        "%" + text.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
    return jdbc.sql(
            """
            SELECT * FROM trn_trainee
            WHERE LOWER(full_name) LIKE ? OR LOWER(service_number) LIKE ?
            ORDER BY full_name FETCH FIRST 200 ROWS ONLY""")
        .params(like, like)
        .query(Trainees::trainee)
        .list();
  }

  public long insert(Trainee t, boolean illustrative) {
    long id = jdbc.sql("SELECT nextval('kuzet_seq')").query(Long.class).single();
    jdbc.sql(
            """
            INSERT INTO trn_trainee (id, agency_code, service_number, full_name, gender, rank_title,
              cadet, illustrative)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            Arrays.asList(
                id,
                t.agency().value(),
                t.serviceNumber(),
                t.fullName(),
                t.gender().name(),
                t.rankTitle(),
                t.cadet(),
                illustrative))
        .update();
    return id;
  }

  static Trainee trainee(ResultSet rs, int n) throws SQLException {
    return new Trainee(
        rs.getLong("id"),
        AgencyCode.of(rs.getString("agency_code")),
        rs.getString("service_number"),
        rs.getString("full_name"),
        Gender.valueOf(rs.getString("gender").strip()),
        rs.getString("rank_title"),
        rs.getBoolean("cadet"));
  }
}
