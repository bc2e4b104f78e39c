package org.kuzet.trafficking.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kuzet.trafficking.AnonymisedCount;
import org.kuzet.trafficking.TraffickingFigures;
import org.kuzet.trafficking.VictimCaseId;
import org.kuzet.trafficking.VictimIdentified;
import org.kuzet.trafficking.VictimReferred;
import org.kuzet.trafficking.YearFigures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Anonymised statistics over every agency's cases. Reads only coded columns (never an encrypted
 * one) and hands out only suppressed tables, so the program office and partners may see them.
 */
@Service
class Statistics implements TraffickingFigures {

  private final JdbcClient jdbc;

  Statistics(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(readOnly = true)
  public CrossTable table(Dimension rows, @Nullable Dimension columns) {
    return CrossTable.of(facts(), rows, columns);
  }

  @Override
  @Transactional(readOnly = true)
  public List<YearFigures> byYear() {
    CrossTable t = CrossTable.of(facts(), Dimension.YEAR_OF_REGISTRATION, Dimension.REFERRED);
    int yes = t.columnValues().indexOf("Yes");
    var out = new ArrayList<YearFigures>();
    for (int i = 0; i < t.rowValues().size(); i++) {
      out.add(
          new YearFigures(
              Integer.parseInt(t.rowValues().get(i)),
              t.rowTotal(i),
              yes < 0 ? new AnonymisedCount(0) : t.cell(i, yes)));
    }
    return out;
  }

  @Override
  @Transactional(readOnly = true)
  public List<VictimIdentified> victimsIdentified() {
    return jdbc.sql("SELECT id, registration_year FROM tip_case ORDER BY id")
        .query((rs, n) -> new VictimIdentified(new VictimCaseId(rs.getLong(1)), rs.getInt(2)))
        .list();
  }

  @Override
  @Transactional(readOnly = true)
  public List<VictimReferred> victimsReferred() {
    return jdbc.sql(
            """
            SELECT r.case_id, c.registration_year, r.service FROM tip_referral r
            JOIN tip_case c ON c.id = r.case_id ORDER BY r.id""")
        .query(
            (rs, n) ->
                new VictimReferred(new VictimCaseId(rs.getLong(1)), rs.getInt(2), rs.getString(3)))
        .list();
  }

  List<CaseFacts> facts() {
    Map<Long, Set<String>> codes = new HashMap<>();
    jdbc.sql("SELECT case_id, kind, code FROM tip_case_code")
        .query(
            rs -> {
              codes
                  .computeIfAbsent(rs.getLong(1), k -> new HashSet<>())
                  .add(rs.getString(2) + ":" + rs.getString(3));
            });
    Map<Long, Set<String>> countries = new HashMap<>();
    jdbc.sql(
            "SELECT case_id, country FROM tip_event WHERE kind = 'EXPLOITATION' AND country IS NOT NULL")
        .query(
            rs -> {
              countries.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2));
            });
    Set<Long> referred =
        new HashSet<>(
            jdbc.sql("SELECT DISTINCT case_id FROM tip_referral").query(Long.class).list());
    return jdbc.sql(
            """
            SELECT id, registration_year, gender, age_at_identification, citizenship,
              recruiter_relationship
            FROM tip_case""")
        .query(
            (rs, n) -> {
              long id = rs.getLong("id");
              Set<String> own = codes.getOrDefault(id, Set.of());
              Object age = rs.getObject("age_at_identification");
              String relationship = rs.getString("recruiter_relationship");
              return new CaseFacts(
                  rs.getInt("registration_year"),
                  Gender.valueOf(rs.getString("gender")),
                  age == null ? null : ((Number) age).intValue(),
                  rs.getString("citizenship"),
                  relationship == null ? null : RecruiterRelationship.valueOf(relationship),
                  decode(own, "CONTROL", MeansOfControl.class),
                  decode(own, "EXPLOITATION", ExploitationType.class),
                  decode(own, "RECRUITMENT", RecruitmentMethod.class),
                  countries.getOrDefault(id, Set.of()),
                  referred.contains(id));
            })
        .list();
  }

  private static <E extends Enum<E>> Set<E> decode(Set<String> codes, String kind, Class<E> type) {
    var set = EnumSet.noneOf(type);
    for (String code : codes) {
      if (code.startsWith(kind + ":")) {
        set.add(Enum.valueOf(type, code.substring(kind.length() + 1)));
      }
    }
    return set;
  }
}
