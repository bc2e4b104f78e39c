package org.kuzet.finintel.internal.alerts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.kuzet.engine.screening.BirthDate;
import org.kuzet.engine.screening.ScreeningHit;
import org.kuzet.engine.screening.ScreeningQuery;
import org.kuzet.finintel.AlertId;
import org.kuzet.finintel.internal.ledger.Columns;
import org.kuzet.identity.AgencyCode;
import org.kuzet.identity.Role;
import org.kuzet.watchlist.ScreeningResult;
import org.kuzet.watchlist.WatchlistActivated;
import org.kuzet.watchlist.WatchlistScreening;
import org.kuzet.workspace.Audience;
import org.kuzet.workspace.NewNotification;
import org.kuzet.workspace.NotificationKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Screens the parties of imported data against the active watchlists: new parties after each
 * import, every party again when a list version becomes active. Each hit becomes an alert of
 * typology {@value Alerts#WATCHLIST} carrying the screening's explanation and the list versions; a
 * hit already filed for the party and list entry is not filed again.
 */
@Component
public class PartyScreening {

  private static final Logger log = LoggerFactory.getLogger(PartyScreening.class);

  private final JdbcClient db;
  private final WatchlistScreening watchlists;
  private final AlertStore alerts;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate tx;
  private final Clock clock;

  PartyScreening(
      JdbcClient db,
      WatchlistScreening watchlists,
      AlertStore alerts,
      ApplicationEventPublisher events,
      TransactionTemplate tx,
      Clock clock) {
    this.clock = clock;
    this.db = db;
    this.watchlists = watchlists;
    this.alerts = alerts;
    this.events = events;
    this.tx = tx;
  }

  private record Party(
      long id,
      AgencyCode agency,
      String kind,
      String name,
      @Nullable LocalDate birthDate,
      @Nullable String idNumber,
      @Nullable String country) {}

  /** Screens the agency's parties never screened yet; returns the alerts filed. */
  public long screenUnscreened(AgencyCode agency) {
    return screen(
        db.sql("SELECT * FROM fin_party WHERE agency_code = ? AND screened_at IS NULL ORDER BY id")
            .param(agency.value())
            .query(this::party)
            .list());
  }

  @ApplicationModuleListener
  void on(WatchlistActivated event) {
    long filed = screenAll();
    log.info(
        "watchlist {} activated: parties screened again, {} new alerts", event.listName(), filed);
  }

  long screenAll() {
    return screen(db.sql("SELECT * FROM fin_party ORDER BY id").query(this::party).list());
  }

  private long screen(List<Party> parties) {
    long filed = 0;
    for (int from = 0; from < parties.size(); from += 200) {
      List<Party> chunk = parties.subList(from, Math.min(parties.size(), from + 200));
      List<ScreeningResult> results =
          watchlists.screenAll(chunk.stream().map(this::query).toList());
      for (int i = 0; i < chunk.size(); i++) {
        Party p = chunk.get(i);
        ScreeningResult r = results.get(i);
        for (ScreeningHit hit : r.hits()) {
          AlertId alert = file(p, hit, r);
          if (alert != null) {
            filed++;
            // Few parties are listed, so each hit is worth a notice of its own to the
            // investigators of the party's agency.
            // Published in a transaction (the import screens outside one), so it is delivered.
            tx.executeWithoutResult(
                s ->
                    events.publishEvent(
                        new NewNotification(
                            NotificationKind.WATCHLIST_HIT,
                            p.name()
                                + " matches "
                                + hit.listName()
                                + " entry "
                                + hit.entryId()
                                + " (score "
                                + hit.score()
                                + ")",
                            "fin.notice.watchlistHit",
                            List.of(p.name(), hit.listName(), hit.entryId(), hit.score()),
                            "/finintel/alerts/" + alert,
                            Audience.agency(p.agency(), Role.FINANCIAL_INVESTIGATOR),
                            "finintel-watchlist:" + alert)));
          }
        }
        if (r.screenedAgainstAnyList()) {
          db.sql("UPDATE fin_party SET screened_at = ? WHERE id = ?")
              .params(Columns.now(clock), p.id())
              .update();
        }
      }
    }
    return filed;
  }

  private @Nullable AlertId file(Party p, ScreeningHit hit, ScreeningResult r) {
    List<Long> accounts =
        db.sql("SELECT id FROM fin_account WHERE holder_party_id = ? ORDER BY id")
            .param(p.id())
            .query(Long.class)
            .list();
    List<Long> txs =
        accounts.isEmpty()
            ? List.of()
            : db.sql(
                    "SELECT t.id FROM fin_transaction t JOIN fin_account a"
                        + " ON a.id = t.from_account_id OR a.id = t.to_account_id"
                        + " WHERE a.holder_party_id = ? ORDER BY t.at DESC, t.id LIMIT 50")
                .param(p.id())
                .query(Long.class)
                .list();
    String reason =
        p.name()
            + " matches "
            + hit.listName()
            + " entry "
            + hit.entryId()
            + " ("
            + hit.primaryName()
            + ", matched name '"
            + hit.matchedName()
            + "', score "
            + hit.score()
            + "): "
            + hit.explanation().render();
    String versions =
        r.listVersions().entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining(";"));
    return alerts.insert(
        p.agency(),
        "WL-" + p.id() + "-" + hit.listName() + "-" + hit.entryId(),
        Alerts.WATCHLIST,
        Math.max(0.01, hit.score() / 100.0),
        reason,
        null,
        p.id(),
        Columns.clip(versions, 2000),
        accounts,
        txs.stream().distinct().toList());
  }

  private ScreeningQuery query(Party p) {
    BirthDate birth = p.birthDate() == null ? null : BirthDate.of(p.birthDate());
    return new ScreeningQuery(p.name(), birth, p.country(), p.idNumber());
  }

  private Party party(ResultSet rs, int n) throws SQLException {
    return new Party(
        rs.getLong("id"),
        AgencyCode.of(rs.getString("agency_code")),
        rs.getString("kind"),
        rs.getString("name"),
        rs.getObject("birth_date", LocalDate.class),
        rs.getString("id_number"),
        rs.getString("country"));
  }
}
