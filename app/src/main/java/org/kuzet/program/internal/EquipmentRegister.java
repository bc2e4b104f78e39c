package org.kuzet.program.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.kuzet.web.LocalNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Equipment handed over to host-government units, and the end-use checks made on it since. */
@Repository
public class EquipmentRegister {

  public record Equipment(
      EquipmentId id,
      ProjectId projectId,
      String item,
      @Nullable String model,
      @Nullable String serialNumber,
      @Nullable BigDecimal value,
      @Nullable String currency,
      String recipient,
      @Nullable String recipientUnit,
      String location,
      @Nullable LocalDate handoverDate,
      @Nullable String handoverDocument,
      boolean illustrative,
      @Nullable LocalDate lastCheckedOn,
      @Nullable Boolean lastWorking,
      @Nullable String itemRu,
      @Nullable String itemKk,
      @Nullable String locationRu,
      @Nullable String locationKk,
      @Nullable String recipientUnitRu,
      @Nullable String recipientUnitKk) {

    /** The item in the reader's language, or as registered where it has no translation. */
    public String item(Locale locale) {
      return LocalNames.in(locale, item, itemRu, itemKk);
    }

    /** Where it is installed, in the reader's language or as registered. */
    public String location(Locale locale) {
      return LocalNames.in(locale, location, locationRu, locationKk);
    }

    /** The receiving unit in the reader's language or as registered; null when none is named. */
    public @Nullable String recipientUnit(Locale locale) {
      return recipientUnit == null
          ? null
          : LocalNames.in(locale, recipientUnit, recipientUnitRu, recipientUnitKk);
    }
  }

  public record EndUseCheck(
      long id,
      EquipmentId equipmentId,
      LocalDate checkedOn,
      String checkedBy,
      boolean present,
      boolean working,
      boolean usedAsIntended,
      @Nullable String note,
      @Nullable String checkedByRu,
      @Nullable String checkedByKk,
      @Nullable String noteRu,
      @Nullable String noteKk) {

    /** A check recorded in one language only. */
    public EndUseCheck(
        long id,
        EquipmentId equipmentId,
        LocalDate checkedOn,
        String checkedBy,
        boolean present,
        boolean working,
        boolean usedAsIntended,
        @Nullable String note) {
      this(
          id,
          equipmentId,
          checkedOn,
          checkedBy,
          present,
          working,
          usedAsIntended,
          note,
          null,
          null,
          null,
          null);
    }

    /** Who checked, in the reader's language or as recorded. */
    public String checkedBy(Locale locale) {
      return LocalNames.in(locale, checkedBy, checkedByRu, checkedByKk);
    }

    /** The note in the reader's language or as recorded; null when there is none. */
    public @Nullable String note(Locale locale) {
      return note == null ? null : LocalNames.in(locale, note, noteRu, noteKk);
    }

    boolean allGood() {
      return present && working && usedAsIntended;
    }
  }

  // The latest check of each item, selected alongside so lists need no query per row.
  private static final String SELECT =
      """
      SELECT e.*,
        (SELECT MAX(c.checked_on) FROM prog_end_use_check c WHERE c.equipment_id = e.id) AS last_checked_on,
        (SELECT c.working FROM prog_end_use_check c WHERE c.equipment_id = e.id
          ORDER BY c.checked_on DESC, c.id DESC FETCH FIRST 1 ROWS ONLY) AS last_working
      FROM prog_equipment e""";

  private final JdbcClient jdbc;

  EquipmentRegister(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<Equipment> list(Where where) {
    return where
        .bind(jdbc.sql(SELECT + where.sql() + " ORDER BY e.location, e.item, e.id"))
        .query(this::row)
        .list();
  }

  Optional<Equipment> find(EquipmentId id) {
    return jdbc.sql(SELECT + " WHERE e.id = :id")
        .param("id", id.value())
        .query(this::row)
        .optional();
  }

  boolean serialTaken(String item, String serial, @Nullable EquipmentId except) {
    return jdbc.sql(
                "SELECT COUNT(*) FROM prog_equipment WHERE LOWER(item) = LOWER(?) AND LOWER(serial_number) = LOWER(?) AND id <> ?")
            .params(item, serial, except == null ? -1 : except.value())
            .query(Long.class)
            .single()
        > 0;
  }

  public EquipmentId insert(Equipment e) {
    long id = jdbc.sql("SELECT nextval('kuzet_seq')").query(Long.class).single();
    jdbc.sql(
            """
            INSERT INTO prog_equipment
              (id, project_id, item, model, serial_number, item_value, currency, recipient, recipient_unit,
               location, handover_date, handover_document, illustrative, item_ru, item_kk, location_ru,
               location_kk, recipient_unit_ru, recipient_unit_kk)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            Arrays.asList(
                id,
                e.projectId().value(),
                e.item(),
                e.model(),
                e.serialNumber(),
                e.value(),
                e.currency(),
                e.recipient(),
                e.recipientUnit(),
                e.location(),
                e.handoverDate(),
                e.handoverDocument(),
                e.illustrative(),
                e.itemRu(),
                e.itemKk(),
                e.locationRu(),
                e.locationKk(),
                e.recipientUnitRu(),
                e.recipientUnitKk()))
        .update();
    return new EquipmentId(id);
  }

  void update(Equipment e) {
    jdbc.sql(
            """
            UPDATE prog_equipment SET project_id = ?, item = ?, model = ?, serial_number = ?, item_value = ?,
              currency = ?, recipient = ?, recipient_unit = ?, location = ?, handover_date = ?,
              handover_document = ?, illustrative = ?, item_ru = ?, item_kk = ?, location_ru = ?,
              location_kk = ?, recipient_unit_ru = ?, recipient_unit_kk = ?
            WHERE id = ?""")
        .params(
            Arrays.asList(
                e.projectId().value(),
                e.item(),
                e.model(),
                e.serialNumber(),
                e.value(),
                e.currency(),
                e.recipient(),
                e.recipientUnit(),
                e.location(),
                e.handoverDate(),
                e.handoverDocument(),
                e.illustrative(),
                e.itemRu(),
                e.itemKk(),
                e.locationRu(),
                e.locationKk(),
                e.recipientUnitRu(),
                e.recipientUnitKk(),
                e.id().value()))
        .update();
  }

  /**
   * Gives every item registered as {@code item} its Russian and Kazakh names unless it has either.
   */
  public void translateIfUntranslated(String item, String itemRu, String itemKk) {
    jdbc.sql(
            "UPDATE prog_equipment SET item_ru = ?, item_kk = ? WHERE item = ? AND item_ru IS NULL AND item_kk IS NULL")
        .params(itemRu, itemKk, item)
        .update();
  }

  /**
   * Gives every location, receiving unit, checker and note written {@code text} its Russian and
   * Kazakh wording where that field has neither (the demo's texts, also in a database created
   * before they were translated).
   */
  public void translateTextsIfUntranslated(String text, String ru, String kk) {
    for (String[] column :
        new String[][] {
          {"prog_equipment", "location"},
          {"prog_equipment", "recipient_unit"},
          {"prog_end_use_check", "checked_by"},
          {"prog_end_use_check", "note"}
        }) {
      String table = column[0];
      String c = column[1];
      jdbc.sql(
              "UPDATE %s SET %s_ru = ?, %s_kk = ? WHERE %s = ? AND %s_ru IS NULL AND %s_kk IS NULL"
                  .formatted(table, c, c, c, c, c))
          .params(ru, kk, text)
          .update();
    }
  }

  void delete(EquipmentId id) {
    jdbc.sql("DELETE FROM prog_equipment WHERE id = ?").param(id.value()).update();
  }

  List<EndUseCheck> checks(EquipmentId equipmentId) {
    return jdbc.sql(
            "SELECT * FROM prog_end_use_check WHERE equipment_id = ? ORDER BY checked_on DESC, id DESC")
        .param(equipmentId.value())
        .query(
            (rs, n) ->
                new EndUseCheck(
                    rs.getLong("id"),
                    new EquipmentId(rs.getLong("equipment_id")),
                    rs.getObject("checked_on", LocalDate.class),
                    rs.getString("checked_by"),
                    rs.getBoolean("present"),
                    rs.getBoolean("working"),
                    rs.getBoolean("used_as_intended"),
                    rs.getString("note"),
                    rs.getString("checked_by_ru"),
                    rs.getString("checked_by_kk"),
                    rs.getString("note_ru"),
                    rs.getString("note_kk")))
        .list();
  }

  public long insertCheck(EndUseCheck c) {
    long id = jdbc.sql("SELECT nextval('kuzet_seq')").query(Long.class).single();
    jdbc.sql(
            """
            INSERT INTO prog_end_use_check
              (id, equipment_id, checked_on, checked_by, present, working, used_as_intended, note,
               checked_by_ru, checked_by_kk, note_ru, note_kk)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            Arrays.asList(
                id,
                c.equipmentId().value(),
                c.checkedOn(),
                c.checkedBy(),
                c.present(),
                c.working(),
                c.usedAsIntended(),
                c.note(),
                c.checkedByRu(),
                c.checkedByKk(),
                c.noteRu(),
                c.noteKk()))
        .update();
    return id;
  }

  private Equipment row(ResultSet rs, int n) throws SQLException {
    boolean lastWorking = rs.getBoolean("last_working");
    Boolean working = rs.wasNull() ? null : lastWorking;
    return new Equipment(
        new EquipmentId(rs.getLong("id")),
        new ProjectId(rs.getLong("project_id")),
        rs.getString("item"),
        rs.getString("model"),
        rs.getString("serial_number"),
        rs.getBigDecimal("item_value"),
        rs.getString("currency"),
        rs.getString("recipient"),
        rs.getString("recipient_unit"),
        rs.getString("location"),
        rs.getObject("handover_date", LocalDate.class),
        rs.getString("handover_document"),
        rs.getBoolean("illustrative"),
        rs.getObject("last_checked_on", LocalDate.class),
        working,
        rs.getString("item_ru"),
        rs.getString("item_kk"),
        rs.getString("location_ru"),
        rs.getString("location_kk"),
        rs.getString("recipient_unit_ru"),
        rs.getString("recipient_unit_kk"));
  }
}
