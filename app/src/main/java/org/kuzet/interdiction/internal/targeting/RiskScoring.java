package org.kuzet.interdiction.internal.targeting;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.kuzet.interdiction.internal.lookout.Lookout;
import org.kuzet.interdiction.internal.lookout.Lookouts;
import org.kuzet.interdiction.internal.movement.AnalysisSettings;
import org.kuzet.interdiction.internal.movement.Movements;
import org.kuzet.interdiction.internal.movement.PairNorm;
import org.kuzet.interdiction.internal.post.InspectionId;
import org.kuzet.interdiction.internal.post.Post;
import org.kuzet.interdiction.internal.post.PostId;
import org.kuzet.interdiction.internal.post.Posts;
import org.kuzet.web.Countries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Scores a vehicle with the rules in force: each enabled rule that fires adds its weight, and the
 * score lists every rule that fired with what made it fire. Each rule is one indexed look-up, so a
 * score comes back while the officer is still typing.
 */
@Service
public class RiskScoring {

  private static final Duration YEAR = Duration.ofDays(365);
  private static final Duration FREQUENT_WINDOW = Duration.ofDays(30);

  private final JdbcClient jdbc;
  private final TargetingRules rules;
  private final Lookouts lookouts;
  private final Posts posts;
  private final Movements movements;
  private final AnalysisSettings settings;

  RiskScoring(
      JdbcClient jdbc,
      TargetingRules rules,
      Lookouts lookouts,
      Posts posts,
      Movements movements,
      AnalysisSettings settings) {
    this.jdbc = jdbc;
    this.rules = rules;
    this.lookouts = lookouts;
    this.posts = posts;
    this.movements = movements;
    this.settings = settings;
  }

  /** Scores with the rules in force. */
  public RiskScore score(RiskInput in) {
    return score(in, rules.current());
  }

  public RiskScore score(RiskInput in, RuleSet set) {
    var fired = new ArrayList<RiskScore.Fired>();
    for (Rule r : set.enabled()) {
      String why = evaluate(r, in);
      if (why != null) {
        fired.add(new RiskScore.Fired(r.code(), r.description(), r.weight(), why));
      }
    }
    return new RiskScore(set.version(), fired);
  }

  /** Keeps the score an inspection was given when it was logged, for the rules' hit rates. */
  public void store(InspectionId inspectionId, RiskScore score, Instant at) {
    jdbc.sql(
            "INSERT INTO intd_risk_score (inspection_id, version, score, scored_at) VALUES (?, ?, ?, ?)")
        .params(inspectionId.value(), score.version(), score.score(), at.atOffset(ZoneOffset.UTC))
        .update();
    for (RiskScore.Fired f : score.fired()) {
      jdbc.sql(
              "INSERT INTO intd_risk_fired (inspection_id, rule_code, weight, detail) VALUES (?, ?, ?, ?)")
          .params(inspectionId.value(), f.code(), f.weight(), clip(f.detail(), 500))
          .update();
    }
  }

  /** The score an inspection was given when it was logged, if it was scored. */
  public Optional<RiskScore> stored(InspectionId inspectionId) {
    return jdbc.sql("SELECT version FROM intd_risk_score WHERE inspection_id = ?")
        .param(inspectionId.value())
        .query(Integer.class)
        .optional()
        .map(
            version -> {
              var descriptions =
                  rules.version(version).map(RuleSet::rules).orElse(List.of()).stream()
                      .collect(Collectors.toMap(Rule::code, Rule::description, (a, b) -> a));
              return new RiskScore(
                  version,
                  jdbc.sql(
                          "SELECT rule_code, weight, detail FROM intd_risk_fired WHERE inspection_id = ? ORDER BY weight DESC, rule_code")
                      .param(inspectionId.value())
                      .query(
                          (rs, n) ->
                              new RiskScore.Fired(
                                  rs.getString(1),
                                  descriptions.getOrDefault(rs.getString(1), ""),
                                  rs.getInt(2),
                                  rs.getString(3)))
                      .list());
            });
  }

  /** Why the rule fires for this vehicle, or null when it does not. */
  @Nullable String evaluate(Rule r, RiskInput in) {
    return switch (r.kind()) {
      case ACTIVE_LOOKOUT -> lookout(in);
      case PLATE_PRIOR_SEIZURE -> plateSeizures(in);
      case PERSON_PRIOR_SEIZURE -> personSeizures(in);
      case TRAVEL_TIME_ANOMALY -> travelTime(in);
      case ROUTE_PRIOR_SEIZURES -> routeSeizures(in, r.threshold());
      case CONCEALMENT_PATTERN -> concealment(in, r.threshold());
      case PLATE_FREQUENT -> frequent(in, r.threshold());
      case DECLARED_ORIGIN -> place("origin", in.origin(), r.matchable());
      case DECLARED_DESTINATION -> place("destination", in.destination(), r.matchable());
      case CARGO_WORDS -> cargo(in.cargo(), r.matchable());
      case PLATE_COUNTRY -> plateCountry(in.plateCountry(), r);
      case VEHICLE_TYPE ->
          r.words().contains(in.vehicleType().toLowerCase(Locale.ROOT))
              ? RiskWords.why("vehicleType", "@interdiction.vehicleType." + in.vehicleType())
              : null;
    };
  }

  private @Nullable String lookout(RiskInput in) {
    Post post = posts.byId(in.postId()).orElse(null);
    if (post == null) {
      return null;
    }
    var found = new ArrayList<String>();
    if (!in.plateKey().isEmpty()) {
      for (Lookout l : lookouts.activeForPlate(in.plateKey(), in.at())) {
        if (l.reaches(post)) {
          found.add("#" + l.id());
        }
      }
    }
    var documents = new LinkedHashSet<String>();
    var names = new LinkedHashSet<String>();
    for (RiskInput.Traveller t : in.travellers()) {
      if (t.documentNumber() != null) {
        documents.add(t.documentNumber());
      }
      if (!t.nameKey().isEmpty()) {
        names.add(t.nameKey());
      }
    }
    for (Lookout l : lookouts.activeForPersons(documents, names, in.at())) {
      boolean matches =
          in.travellers().stream()
              .anyMatch(
                  t ->
                      (l.documentNumber() != null && l.documentNumber().equals(t.documentNumber()))
                          || (l.nameKey() != null
                              && l.nameKey().equals(t.nameKey())
                              && (l.birthDate() == null || l.birthDate().equals(t.birthDate()))));
      if (matches && l.reaches(post)) {
        found.add("#" + l.id());
      }
    }
    return found.isEmpty() ? null : RiskWords.why("lookout", String.join(", ", found));
  }

  private @Nullable String plateSeizures(RiskInput in) {
    if (in.plateKey().isEmpty()) {
      return null;
    }
    long n =
        jdbc.sql(
                "SELECT COUNT(*) FROM intd_inspection i JOIN intd_seizure s ON s.inspection_id = i.id"
                    + " WHERE i.plate_key = ? AND i.inspected_at < ?")
            .params(in.plateKey(), utc(in.at()))
            .query(Long.class)
            .single();
    return n == 0 ? null : RiskWords.why("plateSeizures", n);
  }

  private @Nullable String personSeizures(RiskInput in) {
    long n = 0;
    for (RiskInput.Traveller t : in.travellers()) {
      if (t.documentNumber() != null) {
        n +=
            jdbc.sql(
                    "SELECT COUNT(*) FROM intd_person p JOIN intd_seizure s ON s.inspection_id = p.inspection_id"
                        + " WHERE p.document_number = ? AND p.inspected_at < ?")
                .params(t.documentNumber(), utc(in.at()))
                .query(Long.class)
                .single();
      } else if (!t.nameKey().isEmpty() && t.birthDate() != null) {
        n +=
            jdbc.sql(
                    "SELECT COUNT(*) FROM intd_person p JOIN intd_seizure s ON s.inspection_id = p.inspection_id"
                        + " WHERE p.name_key = ? AND p.birth_date = ? AND p.inspected_at < ?")
                .params(t.nameKey(), t.birthDate(), utc(in.at()))
                .query(Long.class)
                .single();
      }
    }
    return n == 0 ? null : RiskWords.why("personSeizures", n);
  }

  private @Nullable String travelTime(RiskInput in) {
    if (in.plateKey().isEmpty()) {
      return null;
    }
    var previous =
        jdbc.sql(
                "SELECT post_id, inspected_at FROM intd_inspection WHERE plate_key = ?"
                    + " AND inspected_at < ? AND inspected_at >= ? ORDER BY inspected_at DESC LIMIT 1")
            .params(
                in.plateKey(),
                utc(in.at()),
                utc(in.at().minus(Duration.ofHours(settings.legHours()))))
            .query(
                (rs, n) ->
                    new Object[] {rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant()})
            .optional();
    if (previous.isEmpty() || (long) previous.get()[0] == in.postId().value()) {
      return null;
    }
    long fromPost = (long) previous.get()[0];
    int minutes = (int) Duration.between((Instant) previous.get()[1], in.at()).toMinutes();
    PairNorm norm = movements.norm(new PostId(fromPost), in.postId()).orElse(null);
    if (norm == null || norm.legs() < settings.minLegs()) {
      return null;
    }
    String judged = norm.judge(minutes);
    if (judged == null) {
      return null;
    }
    String from = posts.byId(new PostId(fromPost)).map(Post::name).orElse("post " + fromPost);
    return RiskWords.why(
        judged.equals("FAST") ? "travelTime.fast" : "travelTime.slow",
        minutes,
        from,
        Math.round(norm.median()),
        Math.round(Math.max(0, norm.lowFence())),
        Math.round(norm.highFence()));
  }

  private @Nullable String routeSeizures(RiskInput in, int threshold) {
    if (in.origin() == null || in.destination() == null) {
      return null;
    }
    long n =
        jdbc.sql(
                "SELECT COUNT(*) FROM intd_seizure s JOIN intd_inspection i ON i.id = s.inspection_id"
                    + " WHERE s.seized_at >= ? AND s.seized_at < ? AND LOWER(i.origin) = ? AND LOWER(i.destination) = ?")
            .params(
                utc(in.at().minus(YEAR)),
                utc(in.at()),
                in.origin().toLowerCase(Locale.ROOT),
                in.destination().toLowerCase(Locale.ROOT))
            .query(Long.class)
            .single();
    return n >= threshold ? RiskWords.why("route", n, in.origin(), in.destination()) : null;
  }

  private @Nullable String concealment(RiskInput in, int threshold) {
    if (in.cargo() == null) {
      return null;
    }
    List<String> words =
        Arrays.stream(in.cargo().toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
            .filter(w -> w.length() >= 4)
            .distinct()
            .toList();
    if (words.isEmpty()) {
      return null;
    }
    List<String> used =
        jdbc.sql(
                "SELECT LOWER(concealment) FROM intd_seizure WHERE concealment IS NOT NULL"
                    + " AND seized_at >= ? AND seized_at < ?")
            .params(utc(in.at().minus(YEAR)), utc(in.at()))
            .query(String.class)
            .list();
    for (String w : words) {
      long n = used.stream().filter(c -> c.contains(w)).count();
      if (n >= threshold) {
        return RiskWords.why("concealment", w, n);
      }
    }
    return null;
  }

  private @Nullable String frequent(RiskInput in, int threshold) {
    if (in.plateKey().isEmpty()) {
      return null;
    }
    long n =
        jdbc.sql(
                "SELECT COUNT(*) FROM intd_inspection WHERE plate_key = ? AND inspected_at >= ? AND inspected_at < ?")
            .params(in.plateKey(), utc(in.at().minus(FREQUENT_WINDOW)), utc(in.at()))
            .query(Long.class)
            .single();
    return n >= threshold ? RiskWords.why("frequent", n) : null;
  }

  /** The place as typed, in any script, is one of the rule's places or terms. */
  private static @Nullable String place(String what, @Nullable String value, List<String> places) {
    if (value == null) {
      return null;
    }
    return places.contains(Terms.fold(value)) ? RiskWords.why(what, value.strip()) : null;
  }

  /** The cargo as typed, in any script, contains one of the rule's words or terms. */
  private static @Nullable String cargo(@Nullable String cargo, List<String> words) {
    if (cargo == null) {
      return null;
    }
    String c = Terms.fold(cargo);
    return words.stream()
        .filter(c::contains)
        .findFirst()
        .map(w -> RiskWords.why("cargo", cargo.strip()))
        .orElse(null);
  }

  /** The plate's country is one the rule lists, by any code or name ({@link Countries}). */
  private static @Nullable String plateCountry(String plateCountry, Rule r) {
    var listed = new HashSet<String>();
    for (String w : (r.parameter() + "," + r.terms()).split("[,;]")) {
      Countries.code(w).ifPresent(listed::add);
    }
    return Countries.code(plateCountry)
        .filter(listed::contains)
        .map(c -> RiskWords.why("plateCountry", "country:" + c))
        .orElse(null);
  }

  private static OffsetDateTime utc(Instant i) {
    return i.atOffset(ZoneOffset.UTC);
  }

  private static String clip(String s, int max) {
    Objects.requireNonNull(s);
    return s.length() <= max ? s : s.substring(0, max);
  }
}
