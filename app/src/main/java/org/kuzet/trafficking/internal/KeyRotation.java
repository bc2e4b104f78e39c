package org.kuzet.trafficking.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kuzet.trafficking.VictimCaseId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-encrypts personal fields under the active key. Runs lazily for one case whenever its
 * caseworker opens it, and for everything with {@code --kuzet.command=trafficking-rekey}; each
 * batch commits on its own, so an interrupted run simply continues next time.
 */
@Service
class KeyRotation {

  /** Every encrypted column of the module, by table. A new one must be added here. */
  static final Map<String, List<String>> ENCRYPTED =
      Map.of(
          "tip_case",
          List.of(
              "given_name_enc",
              "family_name_enc",
              "birth_date_enc",
              "document_number_enc",
              "contact_enc",
              "interview_place_enc",
              "notes_enc"),
          "tip_event",
          List.of("place_enc", "description_enc"),
          "tip_referral",
          List.of("provider_enc"),
          "tip_referral_status",
          List.of("note_enc"),
          "tip_link",
          List.of("reference_enc"));

  /** How a row of each table belongs to a case, for the per-case rotation. */
  private static final Map<String, String> CASE_FILTER =
      Map.of(
          "tip_case", "id = ?",
          "tip_event", "case_id = ?",
          "tip_referral", "case_id = ?",
          "tip_referral_status", "referral_id IN (SELECT id FROM tip_referral WHERE case_id = ?)",
          "tip_link", "case_id = ?");

  private static final int BATCH = 200;

  private final JdbcClient jdbc;
  private final FieldCipher cipher;
  private final TransactionTemplate tx;

  KeyRotation(JdbcClient jdbc, FieldCipher cipher, TransactionTemplate tx) {
    this.jdbc = jdbc;
    this.cipher = cipher;
    this.tx = tx;
  }

  /** What a rotation did: fields re-encrypted and fields already under the active key. */
  record Result(String activeKey, int reencrypted, int alreadyCurrent) {}

  /** Re-encrypts every field of every case not yet under the active key. */
  Result rekeyAll() {
    return rekeyAll(cipher);
  }

  /** The same with another cipher (tests rotate with a keyring of their own). */
  Result rekeyAll(FieldCipher with) {
    int changed = 0;
    int current = 0;
    for (var table : ENCRYPTED.entrySet()) {
      long after = Long.MIN_VALUE;
      while (true) {
        var rows = rows(table.getKey(), table.getValue(), "id > ?", after, true);
        if (rows.isEmpty()) {
          break;
        }
        int[] counts = tx.execute(status -> rewrite(with, table.getKey(), table.getValue(), rows));
        changed += counts[0];
        current += counts[1];
        after =
            (Long) Objects.requireNonNull(rows.get(rows.size() - 1).get("id"), "id is NOT NULL");
      }
    }
    return new Result(with.activeKeyId(), changed, current);
  }

  /** Re-encrypts one case's fields, in the caller's transaction; returns how many changed. */
  int rekeyCase(VictimCaseId caseId) {
    int changed = 0;
    for (var table : ENCRYPTED.entrySet()) {
      var rows =
          rows(
              table.getKey(),
              table.getValue(),
              Objects.requireNonNull(
                  CASE_FILTER.get(table.getKey()), "every encrypted table has a case filter"),
              caseId.value(),
              false);
      changed += rewrite(cipher, table.getKey(), table.getValue(), rows)[0];
    }
    return changed;
  }

  /** How many stored fields are not yet under the active key. */
  int staleFields() {
    int stale = 0;
    for (var table : ENCRYPTED.entrySet()) {
      for (String column : table.getValue()) {
        stale +=
            jdbc.sql(
                    "SELECT COUNT(*) FROM "
                        + table.getKey()
                        + " WHERE "
                        + column
                        + " IS NOT NULL AND "
                        + column
                        + " NOT LIKE ?")
                .param("v1:" + cipher.activeKeyId() + ":%")
                .query(Long.class)
                .single()
                .intValue();
      }
    }
    return stale;
  }

  private List<Map<String, Object>> rows(
      String table, List<String> columns, String where, Object arg, boolean batch) {
    String sql =
        "SELECT id, "
            + String.join(", ", columns)
            + " FROM "
            + table
            + " WHERE "
            + where
            + " ORDER BY id"
            + (batch ? " FETCH FIRST " + BATCH + " ROWS ONLY" : "");
    return jdbc.sql(sql)
        .param(arg)
        .query(
            (rs, n) -> {
              var row = new HashMap<String, Object>();
              row.put("id", rs.getLong("id"));
              for (String c : columns) {
                row.put(c, rs.getString(c));
              }
              return (Map<String, Object>) row;
            })
        .list();
  }

  private int[] rewrite(
      FieldCipher with, String table, List<String> columns, List<Map<String, Object>> rows) {
    int changed = 0;
    int current = 0;
    for (var row : rows) {
      long id = (Long) Objects.requireNonNull(row.get("id"), "id is NOT NULL");
      var sets = new ArrayList<String>();
      var values = new ArrayList<Object>();
      for (String column : columns) {
        String stored = (String) row.get(column);
        if (stored == null) {
          continue;
        }
        if (with.isCurrent(stored)) {
          current++;
          continue;
        }
        sets.add(column + " = ?");
        values.add(with.reencrypt(stored, Cases.context(table, column, id)));
        changed++;
      }
      if (!sets.isEmpty()) {
        values.add(id);
        jdbc.sql("UPDATE " + table + " SET " + String.join(", ", sets) + " WHERE id = ?")
            .params(values)
            .update();
      }
    }
    return new int[] {changed, current};
  }
}
