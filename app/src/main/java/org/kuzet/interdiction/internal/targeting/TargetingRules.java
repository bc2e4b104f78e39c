package org.kuzet.interdiction.internal.targeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.kuzet.identity.AgencyCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The targeting rule sets in {@code intd_rule_set} and {@code intd_rule}. A version is written once
 * and never changed; the newest version is the one in force.
 */
@Repository
public class TargetingRules {

  private final JdbcClient jdbc;

  TargetingRules(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public RuleSet current() {
    int version = jdbc.sql("SELECT MAX(version) FROM intd_rule_set").query(Integer.class).single();
    return version(version).orElseThrow();
  }

  public Optional<RuleSet> version(int version) {
    // The rules are read after the set's row is closed, never inside its row mapper: outside a
    // transaction each query borrows its own pooled connection, and a nested one would hold two.
    return jdbc.sql("SELECT * FROM intd_rule_set WHERE version = ?")
        .param(version)
        .query(
            (rs, n) ->
                new RuleSet(
                    rs.getInt("version"),
                    rs.getString("created_by"),
                    AgencyCode.of(rs.getString("agency_code")),
                    rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                    rs.getString("note"),
                    List.of()))
        .optional()
        .map(
            set ->
                new RuleSet(
                    set.version(),
                    set.createdBy(),
                    set.agency(),
                    set.createdAt(),
                    set.note(),
                    rules(version)));
  }

  /** Every version, newest first, without their rules. */
  public List<RuleSet> versions() {
    return jdbc.sql("SELECT * FROM intd_rule_set ORDER BY version DESC")
        .query(
            (rs, n) ->
                new RuleSet(
                    rs.getInt("version"),
                    rs.getString("created_by"),
                    AgencyCode.of(rs.getString("agency_code")),
                    rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                    rs.getString("note"),
                    List.of()))
        .list();
  }

  private List<Rule> rules(int version) {
    return jdbc.sql("SELECT * FROM intd_rule WHERE version = ? ORDER BY id")
        .param(version)
        .query(TargetingRules::rule)
        .list();
  }

  /** Writes the rules as the next version and answers its number. */
  int saveNext(List<Rule> rules, String username, AgencyCode agency, String note, Instant now) {
    int next = jdbc.sql("SELECT MAX(version) FROM intd_rule_set").query(Integer.class).single() + 1;
    jdbc.sql(
            "INSERT INTO intd_rule_set (version, created_by, agency_code, created_at, note) VALUES (?, ?, ?, ?, ?)")
        .params(next, username, agency.value(), now.atOffset(ZoneOffset.UTC), note)
        .update();
    for (Rule r : rules) {
      jdbc.sql(
              """
          INSERT INTO intd_rule (version, code, kind, parameter, weight, enabled, description, terms)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
          .params(
              next,
              r.code(),
              r.kind().name(),
              r.parameter(),
              r.weight(),
              r.enabled(),
              r.description(),
              r.terms())
          .update();
    }
    return next;
  }

  private static Rule rule(ResultSet rs, int n) throws SQLException {
    return new Rule(
        rs.getString("code"),
        RuleKind.valueOf(rs.getString("kind")),
        rs.getString("parameter"),
        rs.getInt("weight"),
        rs.getBoolean("enabled"),
        rs.getString("description"),
        rs.getString("terms"));
  }
}
