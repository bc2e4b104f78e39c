package org.kuzet.program.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.AgencyCode;
import org.kuzet.identity.AuditLog;
import org.kuzet.identity.KuzetUser;
import org.kuzet.web.Conflict;
import org.kuzet.web.NotFound;
import org.kuzet.web.Refusal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public fact sheets as published and reviewed snapshots. A program manager publishes the sheet
 * as of a date: it is rendered then, in every language, and kept as it was. A second program
 * manager — never the one who published it — approves it (or rejects it); only then does the public
 * page show it, in place of the one approved before. Live records never reach the public page, so a
 * test inspection entered today changes nothing there. Every step is audited.
 */
@Service
public class FactSheetSnapshots {

  enum Status {
    PENDING,
    APPROVED,
    REJECTED,
    SUPERSEDED
  }

  /** Who acts: a user's name and agency, as the audit log keeps them. */
  public record Actor(String username, @Nullable AgencyCode agency) {
    static Actor of(KuzetUser user) {
      return new Actor(user.username(), user.agency());
    }

    /** The agency as the audit log stores it. */
    @Nullable String agencyCode() {
      return agency == null ? null : agency.value();
    }
  }

  public record Snapshot(
      long id,
      String country,
      LocalDate asOf,
      Status status,
      String publishedBy,
      Instant publishedAt,
      @Nullable String reviewedBy,
      @Nullable Instant reviewedAt) {}

  private final JdbcClient jdbc;
  private final FactSheets sheets;
  private final Countries countries;
  private final AuditLog audit;
  private final JsonMapper json;
  private final Clock clock;

  FactSheetSnapshots(
      JdbcClient jdbc,
      FactSheets sheets,
      Countries countries,
      AuditLog audit,
      JsonMapper json,
      Clock clock) {
    this.jdbc = jdbc;
    this.sheets = sheets;
    this.countries = countries;
    this.audit = audit;
    this.json = json;
    this.clock = clock;
  }

  /** Renders the country's sheet as of {@code asOf} in every language and keeps it for review. */
  public @Transactional Snapshot publish(Actor publisher, String country, LocalDate asOf) {
    if (countries.find(country).isEmpty()) {
      throw Refusal.of("country", "factsheet.snapshot.unknownCountry", country);
    }
    if (asOf.isAfter(LocalDate.now(clock))) {
      throw Refusal.of("asOf", "factsheet.snapshot.future");
    }
    long id = jdbc.sql("SELECT nextval('kuzet_seq')").query(Long.class).single();
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    jdbc.sql(
            "INSERT INTO prog_factsheet_snapshot (id, country_code, as_of, status, published_by, published_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)")
        .params(id, country, asOf, Status.PENDING.name(), publisher.username(), Timestamp.from(now))
        .update();
    for (String lang : Lang.ALL) {
      var sheet =
          sheets
              .of(country, Locale.forLanguageTag(lang), asOf)
              .orElseThrow(() -> Refusal.of("country", "factsheet.snapshot.noTexts", country));
      jdbc.sql(
              "INSERT INTO prog_factsheet_snapshot_text (snapshot_id, lang, body) VALUES (?, ?, ?)")
          .params(id, lang, json.writeValueAsString(sheet))
          .update();
    }
    audit.recordAs(
        publisher.username(),
        publisher.agencyCode(),
        "FACTSHEET_PUBLISH",
        "factsheetSnapshot",
        Long.toString(id),
        // Codes and dates only: the audit page shows details as stored, in every language.
        country + " " + asOf);
    return find(id).orElseThrow();
  }

  /**
   * Approves a pending snapshot: it becomes the public sheet of its country, and the one approved
   * before is superseded. The publisher may not approve their own.
   */
  public @Transactional Snapshot approve(Actor reviewer, long id) {
    var s = review(reviewer, id);
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    jdbc.sql("UPDATE prog_factsheet_snapshot SET status = ? WHERE country_code = ? AND status = ?")
        .params(Status.SUPERSEDED.name(), s.country(), Status.APPROVED.name())
        .update();
    mark(id, Status.APPROVED, reviewer, now);
    audit.recordAs(
        reviewer.username(),
        reviewer.agencyCode(),
        "FACTSHEET_APPROVE",
        "factsheetSnapshot",
        Long.toString(id),
        s.country() + " " + s.asOf() + " (" + s.publishedBy() + ")");
    return find(id).orElseThrow();
  }

  /** Rejects a pending snapshot: it never reaches the public. */
  @Transactional
  Snapshot reject(Actor reviewer, long id) {
    var s = review(reviewer, id);
    mark(id, Status.REJECTED, reviewer, clock.instant().truncatedTo(ChronoUnit.MICROS));
    audit.recordAs(
        reviewer.username(),
        reviewer.agencyCode(),
        "FACTSHEET_REJECT",
        "factsheetSnapshot",
        Long.toString(id),
        s.country() + " " + s.asOf() + " (" + s.publishedBy() + ")");
    return find(id).orElseThrow();
  }

  private Snapshot review(Actor reviewer, long id) {
    var s = findForUpdate(id).orElseThrow(() -> new NotFound("fact sheet snapshot"));
    if (s.status() != Status.PENDING) {
      throw new Conflict(
          "fact sheet snapshot " + id + " is " + s.status() + ", not waiting for review");
    }
    if (s.publishedBy().equals(reviewer.username())) {
      throw Refusal.of("snapshot", "factsheet.snapshot.selfApproval");
    }
    return s;
  }

  private void mark(long id, Status status, Actor reviewer, Instant at) {
    jdbc.sql(
            "UPDATE prog_factsheet_snapshot SET status = ?, reviewed_by = ?, reviewed_at = ? WHERE id = ?")
        .params(status.name(), reviewer.username(), Timestamp.from(at), id)
        .update();
  }

  Optional<Snapshot> find(long id) {
    return jdbc.sql("SELECT * FROM prog_factsheet_snapshot WHERE id = ?")
        .param(id)
        .query(this::row)
        .optional();
  }

  private Optional<Snapshot> findForUpdate(long id) {
    return jdbc.sql("SELECT * FROM prog_factsheet_snapshot WHERE id = ? FOR UPDATE")
        .param(id)
        .query(this::row)
        .optional();
  }

  /** The snapshots of every country, newest first. */
  public List<Snapshot> all() {
    return jdbc.sql("SELECT * FROM prog_factsheet_snapshot ORDER BY published_at DESC, id DESC")
        .query(this::row)
        .list();
  }

  /** The country's approved snapshot, the one the public sees. */
  Optional<Snapshot> approved(String country) {
    return jdbc.sql("SELECT * FROM prog_factsheet_snapshot WHERE country_code = ? AND status = ?")
        .params(country, Status.APPROVED.name())
        .query(this::row)
        .optional();
  }

  /** The sheet of a snapshot in the reader's language (English when it was not kept in it). */
  Optional<FactSheets.FactSheet> sheet(long id, Locale locale) {
    String lang = Lang.of(locale);
    return jdbc.sql(
            "SELECT body FROM prog_factsheet_snapshot_text WHERE snapshot_id = ? AND lang IN (?, ?)"
                + " ORDER BY CASE WHEN lang = ? THEN 0 ELSE 1 END FETCH FIRST 1 ROWS ONLY")
        .params(id, lang, Lang.ENGLISH, lang)
        .query(String.class)
        .optional()
        .map(body -> json.readValue(body, FactSheets.FactSheet.class));
  }

  /** The public sheet of a country: its approved snapshot, or nothing. */
  Optional<FactSheets.FactSheet> publicSheet(String country, Locale locale) {
    return approved(country).flatMap(s -> sheet(s.id(), locale));
  }

  /** Countries with an approved sheet, named in the reader's language. */
  List<FactSheets.Entry> publicIndex(Locale locale) {
    return sheets.index(locale).stream().filter(e -> approved(e.code()).isPresent()).toList();
  }

  private Snapshot row(ResultSet rs, int n) throws SQLException {
    var reviewed = rs.getTimestamp("reviewed_at");
    return new Snapshot(
        rs.getLong("id"),
        rs.getString("country_code"),
        rs.getObject("as_of", LocalDate.class),
        Status.valueOf(rs.getString("status")),
        rs.getString("published_by"),
        rs.getTimestamp("published_at").toInstant(),
        rs.getString("reviewed_by"),
        reviewed == null ? null : reviewed.toInstant());
  }
}
