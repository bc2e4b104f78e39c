package org.kuzet.finintel.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.kuzet.engine.finintel.AccountRef;
import org.kuzet.engine.finintel.Alert;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Files findings in the alert queue: one row per alert, its evidence accounts and transactions
 * as links, its amount and period computed from the evidence. An alert already filed (same
 * agency, same engine id) is left as it is, with whatever triage it has had.
 */
@Component
class AlertStore {

  static final String WATCHLIST = "WATCHLIST";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;
  private final TransactionStore store;
  private final Clock clock;

  AlertStore(JdbcTemplate jdbc, TransactionTemplate tx, TransactionStore store, Clock clock) {
    this.clock = clock;
    this.jdbc = jdbc;
    this.tx = tx;
    this.store = store;
  }

  long file(String agency, long importId, List<Alert> alerts, Map<AccountRef, Long> accountIds) {
    long added = 0;
    for (int from = 0; from < alerts.size(); from += 500) {
      List<Alert> chunk = alerts.subList(from, Math.min(alerts.size(), from + 500));
      Long n =
          tx.execute(
              s -> {
                long k = 0;
                for (Alert a : chunk) {
                  List<Long> accounts = new ArrayList<>();
                  for (AccountRef r : a.accounts()) {
                    Long id = accountIds.get(r);
                    if (id != null) {
                      accounts.add(id);
                    }
                  }
                  List<Long> txs = a.transactionIds().stream().map(Long::valueOf).toList();
                  Long alertId = insert(agency, a.id(), a.typology().name(), a.score(), a.reason(), importId,
                      null, null, accounts, txs);
                  if (alertId != null) {
                    k++;
                    if (!a.facts().kind().isEmpty()) {
                      jdbc.update("UPDATE fin_alert SET reason_facts = ? WHERE id = ?",
                          TransactionStore.clip(ReasonWords.encode(a.facts()), 4000), alertId);
                    }
                  }
                }
                return k;
              });
      added += n == null ? 0 : n;
    }
    return added;
  }

  /**
   * Inserts an alert unless the agency has one with this engine id; returns the new id, or null
   * when it was there already.
   */
  @Nullable Long insert(
      String agency,
      String engineId,
      String typology,
      double score,
      String reason,
      @Nullable Long importId,
      @Nullable Long partyId,
      @Nullable String listVersions,
      List<Long> accountIds,
      List<Long> transactionIds) {
    long id = store.nextId();
    int n;
    try {
      n = insertRow(id, agency, engineId, typology, score, reason, importId, partyId, listVersions);
    } catch (DuplicateKeyException e) {
      // Screening after an import and screening on a list's activation may file the same hit at
      // the same moment; the second finds the first's row.
      return null;
    }
    if (n == 0) {
      return null;
    }
    jdbc.batchUpdate(
        "INSERT INTO fin_alert_account (alert_id, account_id) VALUES (?, ?)",
        accountIds.stream().distinct().map(a -> new Object[] {id, a}).toList());
    jdbc.batchUpdate(
        "INSERT INTO fin_alert_transaction (alert_id, transaction_id) VALUES (?, ?)",
        transactionIds.stream().distinct().map(t -> new Object[] {id, t}).toList());
    jdbc.update(
        """
        UPDATE fin_alert SET
          amount = (SELECT SUM(t.amount_paid) FROM fin_alert_transaction x
                    JOIN fin_transaction t ON t.id = x.transaction_id WHERE x.alert_id = ?),
          currency = (SELECT CASE WHEN COUNT(DISTINCT t.paid_currency) = 1 THEN MIN(t.paid_currency) END
                      FROM fin_alert_transaction x JOIN fin_transaction t ON t.id = x.transaction_id
                      WHERE x.alert_id = ?),
          first_at = (SELECT MIN(t.at) FROM fin_alert_transaction x
                      JOIN fin_transaction t ON t.id = x.transaction_id WHERE x.alert_id = ?),
          last_at = (SELECT MAX(t.at) FROM fin_alert_transaction x
                     JOIN fin_transaction t ON t.id = x.transaction_id WHERE x.alert_id = ?)
        WHERE id = ?""",
        id,
        id,
        id,
        id,
        id);
    return id;
  }

  private int insertRow(long id, String agency, String engineId, String typology, double score,
      String reason, @Nullable Long importId, @Nullable Long partyId, @Nullable String listVersions) {
    return jdbc.update(
            """
            INSERT INTO fin_alert (id, agency_code, engine_id, typology, score, reason, status,
              created_at, import_id, party_id, list_versions)
            SELECT ?, ?, ?, ?, ?, ?, 'NEW', ?, ?, ?, ?
            WHERE NOT EXISTS (SELECT 1 FROM fin_alert WHERE agency_code = ? AND engine_id = ?)""",
            ps -> {
              ps.setLong(1, id);
              ps.setString(2, agency);
              ps.setString(3, engineId);
              ps.setString(4, typology);
              ps.setBigDecimal(5, BigDecimal.valueOf(score).setScale(4, RoundingMode.HALF_UP));
              ps.setString(6, TransactionStore.clip(reason, 4000));
              ps.setObject(7, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
              if (importId == null) {
                ps.setNull(8, Types.BIGINT);
              } else {
                ps.setLong(8, importId);
              }
              if (partyId == null) {
                ps.setNull(9, Types.BIGINT);
              } else {
                ps.setLong(9, partyId);
              }
              TransactionStore.setNullable(ps, 10, listVersions);
              ps.setString(11, agency);
              ps.setString(12, engineId);
            });
  }
}
