package org.kuzet.training.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.AgencyCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Training centers, their equipment references and annual plans (tables {@code trn_center*}). */
@Repository
public class Centers {

  /** A piece of program equipment at a center, by its reference in the equipment register. */
  record Equipment(
      long id,
      CenterId centerId,
      String equipmentRef,
      String description,
      @Nullable LocalDate providedOn) {}

  private final JdbcClient jdbc;

  Centers(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<Center> all() {
    return jdbc.sql("SELECT * FROM trn_center ORDER BY name").query(Centers::center).list();
  }

  public Optional<Center> find(CenterId id) {
    return jdbc.sql("SELECT * FROM trn_center WHERE id = ?")
        .param(id.value())
        .query(Centers::center)
        .optional();
  }

  public Optional<Center> findByCode(String code) {
    return jdbc.sql("SELECT * FROM trn_center WHERE code = ?")
        .param(code)
        .query(Centers::center)
        .optional();
  }

  public CenterId insert(Center c) {
    long id = jdbc.sql("SELECT nextval('kuzet_seq')").query(Long.class).single();
    jdbc.sql(
            """
            INSERT INTO trn_center (id, code, name, venue, city, hosting_agency, classrooms,
              dormitory_beds, session_capacity, sessions_per_year, notes, illustrative, name_ru, name_kk,
              venue_ru, venue_kk, city_ru, city_kk, notes_ru, notes_kk)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            Arrays.asList(
                id,
                c.code(),
                c.name(),
                c.venue(),
                c.city(),
                c.hostingAgency().value(),
                c.classrooms(),
                c.dormitoryBeds(),
                c.sessionCapacity(),
                c.sessionsPerYear(),
                c.notes(),
                c.illustrative(),
                c.nameRu(),
                c.nameKk(),
                c.venueRu(),
                c.venueKk(),
                c.cityRu(),
                c.cityKk(),
                c.notesRu(),
                c.notesKk()))
        .update();
    return new CenterId(id);
  }

  void update(Center c) {
    jdbc.sql(
            """
            UPDATE trn_center SET
              venue_ru = CASE WHEN venue = ? THEN venue_ru END,
              venue_kk = CASE WHEN venue = ? THEN venue_kk END,
              city_ru = CASE WHEN city = ? THEN city_ru END,
              city_kk = CASE WHEN city = ? THEN city_kk END,
              name = ?, venue = ?, city = ?, classrooms = ?, dormitory_beds = ?,
              session_capacity = ?, sessions_per_year = ?, notes = ?, name_ru = ?, name_kk = ?,
              notes_ru = ?, notes_kk = ?
            WHERE id = ?""")
        .params(
            Arrays.asList(
                // A venue's or city's translations stay while the text they translate does.
                c.venue(),
                c.venue(),
                c.city(),
                c.city(),
                c.name(),
                c.venue(),
                c.city(),
                c.classrooms(),
                c.dormitoryBeds(),
                c.sessionCapacity(),
                c.sessionsPerYear(),
                c.notes(),
                c.nameRu(),
                c.nameKk(),
                c.notesRu(),
                c.notesKk(),
                c.id().value()))
        .update();
  }

  /** Gives a center its venue and city in Russian and Kazakh unless it already has either. */
  public void translatePlaceIfUntranslated(
      String code, String venueRu, String venueKk, String cityRu, String cityKk) {
    jdbc.sql(
            """
            UPDATE trn_center SET venue_ru = ?, venue_kk = ?, city_ru = ?, city_kk = ?
            WHERE code = ? AND venue_ru IS NULL AND venue_kk IS NULL AND city_ru IS NULL
              AND city_kk IS NULL""")
        .params(venueRu, venueKk, cityRu, cityKk, code)
        .update();
  }

  /** Gives a center's notes their Russian and Kazakh wording unless they already have either. */
  public void translateNotesIfUntranslated(String code, String notesRu, String notesKk) {
    jdbc.sql(
            """
            UPDATE trn_center SET notes_ru = ?, notes_kk = ?
            WHERE code = ? AND notes IS NOT NULL AND notes_ru IS NULL AND notes_kk IS NULL""")
        .params(notesRu, notesKk, code)
        .update();
  }

  /** Gives a center its Russian and Kazakh names unless it already has either. */
  public void translateIfUntranslated(String code, String nameRu, String nameKk) {
    jdbc.sql(
            "UPDATE trn_center SET name_ru = ?, name_kk = ? WHERE code = ? AND name_ru IS NULL AND name_kk IS NULL")
        .params(nameRu, nameKk, code)
        .update();
  }

  List<Equipment> equipment(CenterId centerId) {
    return jdbc.sql("SELECT * FROM trn_center_equipment WHERE center_id = ? ORDER BY equipment_ref")
        .param(centerId.value())
        .query(
            (rs, n) ->
                new Equipment(
                    rs.getLong("id"),
                    new CenterId(rs.getLong("center_id")),
                    rs.getString("equipment_ref"),
                    rs.getString("description"),
                    rs.getObject("provided_on", LocalDate.class)))
        .list();
  }

  boolean hasEquipment(CenterId centerId, String ref) {
    return jdbc.sql(
                "SELECT COUNT(*) FROM trn_center_equipment WHERE center_id = ? AND equipment_ref = ?")
            .params(centerId.value(), ref)
            .query(Long.class)
            .single()
        > 0;
  }

  public long addEquipment(
      CenterId centerId, String ref, String description, @Nullable LocalDate providedOn) {
    long id = jdbc.sql("SELECT nextval('kuzet_seq')").query(Long.class).single();
    jdbc.sql(
            """
            INSERT INTO trn_center_equipment (id, center_id, equipment_ref, description, provided_on)
            VALUES (?, ?, ?, ?, ?)""")
        .params(Arrays.asList(id, centerId.value(), ref, description, providedOn))
        .update();
    return id;
  }

  Optional<Integer> plannedSessions(CenterId centerId, int fiscalYear) {
    return jdbc.sql(
            "SELECT sessions_planned FROM trn_annual_plan WHERE center_id = ? AND fiscal_year = ?")
        .params(centerId.value(), fiscalYear)
        .query(Integer.class)
        .optional();
  }

  public void plan(CenterId centerId, int fiscalYear, int sessions) {
    int changed =
        jdbc.sql(
                "UPDATE trn_annual_plan SET sessions_planned = ? WHERE center_id = ? AND fiscal_year = ?")
            .params(sessions, centerId.value(), fiscalYear)
            .update();
    if (changed == 0) {
      jdbc.sql(
              "INSERT INTO trn_annual_plan (center_id, fiscal_year, sessions_planned) VALUES (?, ?, ?)")
          .params(centerId.value(), fiscalYear, sessions)
          .update();
    }
  }

  private static Center center(ResultSet rs, int n) throws SQLException {
    return new Center(
        new CenterId(rs.getLong("id")),
        rs.getString("code"),
        rs.getString("name"),
        rs.getString("venue"),
        rs.getString("city"),
        AgencyCode.of(rs.getString("hosting_agency")),
        rs.getInt("classrooms"),
        rs.getInt("dormitory_beds"),
        rs.getInt("session_capacity"),
        rs.getInt("sessions_per_year"),
        rs.getString("notes"),
        rs.getBoolean("illustrative"),
        rs.getString("name_ru"),
        rs.getString("name_kk"),
        rs.getString("venue_ru"),
        rs.getString("venue_kk"),
        rs.getString("city_ru"),
        rs.getString("city_kk"),
        rs.getString("notes_ru"),
        rs.getString("notes_kk"));
  }
}
