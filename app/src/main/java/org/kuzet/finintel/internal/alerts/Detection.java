package org.kuzet.finintel.internal.alerts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.kuzet.engine.finintel.AccountRef;
import org.kuzet.engine.finintel.Alert;
import org.kuzet.engine.finintel.PaymentType;
import org.kuzet.engine.finintel.Transaction;
import org.kuzet.engine.finintel.detect.DetectionEngine;
import org.kuzet.engine.finintel.detect.DetectionSettings;
import org.kuzet.finintel.ImportId;
import org.kuzet.finintel.internal.ledger.Ledger;
import org.kuzet.identity.AgencyCode;
import org.kuzet.identity.Role;
import org.kuzet.workspace.Audience;
import org.kuzet.workspace.NewNotification;
import org.kuzet.workspace.NotificationKind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the engine's detectors over the transactions of one import, streamed from the database in
 * time order, and files what they find in the alert queue. The engine sees database ids as
 * transaction ids, so an alert's evidence points straight at stored rows and running detection
 * again finds the same alert ids (nothing is added twice).
 */
@Component
public class Detection {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;
  private final AlertStore alerts;
  private final ApplicationEventPublisher events;

  Detection(
      JdbcTemplate jdbc,
      TransactionTemplate tx,
      AlertStore alerts,
      ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.tx = tx;
    this.alerts = alerts;
    this.events = events;
  }

  /** Detects over the import's rows; reports rows processed; returns the alerts added. */
  public long run(ImportId importId, AgencyCode agency, LongConsumer progress) {
    List<Alert> found = new ArrayList<>();
    DetectionEngine engine = new DetectionEngine(DetectionSettings.defaults(), found::add);
    Map<AccountRef, Long> accountIds = new HashMap<>();
    long[] seen = {0};
    // A cursor needs a transaction on PostgreSQL; the fetch size keeps memory flat.
    tx.executeWithoutResult(
        status -> {
          jdbc.query(
              con -> {
                var ps =
                    con.prepareStatement(
                        """
                        SELECT t.id, t.at, fa.id, fa.bank_code, fa.account_no, ta.id, ta.bank_code,
                               ta.account_no, t.amount_paid, t.paid_currency, t.amount_received,
                               t.received_currency, t.payment_type, t.from_country, t.to_country
                        FROM fin_transaction t
                        JOIN fin_account fa ON fa.id = t.from_account_id
                        JOIN fin_account ta ON ta.id = t.to_account_id
                        WHERE t.import_id = ?
                        ORDER BY t.at, t.id""",
                        ResultSet.TYPE_FORWARD_ONLY,
                        ResultSet.CONCUR_READ_ONLY);
                ps.setFetchSize(5000);
                ps.setLong(1, importId.value());
                return ps;
              },
              (RowCallbackHandler)
                  rs -> {
                    engine.accept(transaction(rs, accountIds));
                    if (++seen[0] % 10_000 == 0) {
                      progress.accept(seen[0]);
                    }
                  });
        });
    engine.finish();
    progress.accept(seen[0]);
    long added = alerts.file(agency, importId, found, accountIds);
    if (added > 0) {
      // One notice per run, not per alert: an import can file thousands.
      tx.executeWithoutResult(
          s ->
              events.publishEvent(
                  new NewNotification(
                      NotificationKind.TYPOLOGY_ALERT,
                      added + " new typology alerts from import #" + importId,
                      "fin.notice.detected",
                      List.of(added, importId.value()),
                      "/finintel/imports/" + importId,
                      Audience.agency(agency, Role.FINANCIAL_INVESTIGATOR),
                      "finintel-detection:" + importId + ":" + added)));
    }
    return added;
  }

  static Transaction transaction(ResultSet rs, Map<AccountRef, Long> accountIds)
      throws SQLException {
    AccountRef from = new AccountRef(rs.getString(4), rs.getString(5));
    AccountRef to = new AccountRef(rs.getString(7), rs.getString(8));
    accountIds.putIfAbsent(from, rs.getLong(3));
    accountIds.putIfAbsent(to, rs.getLong(6));
    Instant at = rs.getObject(2, OffsetDateTime.class).toInstant();
    return new Transaction(
        Long.toString(rs.getLong(1)),
        at,
        from,
        to,
        rs.getBigDecimal(9),
        rs.getString(10).trim(),
        rs.getBigDecimal(11),
        rs.getString(12).trim(),
        PaymentType.valueOf(rs.getString(13)),
        Ledger.engineCountry(rs.getString(14)),
        Ledger.engineCountry(rs.getString(15)));
  }
}
