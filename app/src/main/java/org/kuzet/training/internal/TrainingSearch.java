package org.kuzet.training.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.AccessRules;
import org.kuzet.identity.AgencyCode;
import org.kuzet.identity.KuzetUser;
import org.kuzet.identity.Role;
import org.kuzet.training.SessionId;
import org.kuzet.web.Formats;
import org.kuzet.workspace.NameIndex;
import org.kuzet.workspace.PersonKey;
import org.kuzet.workspace.PersonRecord;
import org.kuzet.workspace.SearchHit;
import org.kuzet.workspace.SearchKind;
import org.kuzet.workspace.SearchProvider;
import org.kuzet.workspace.SearchQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Training's part of the search box and the person page: trainees and nominees, with the sessions
 * they were nominated to. A trainee is shown through the sessions the user may read (coordinators
 * of the hosting agency, program managers), never more. Names are found through {@code
 * trn_search_name} (the screening engine's name part keys); service numbers exactly.
 */
@Component
class TrainingSearch implements SearchProvider {

  private final JdbcClient jdbc;
  private final NameIndex trainees;

  TrainingSearch(JdbcClient jdbc) {
    this.jdbc = jdbc;
    this.trainees =
        new NameIndex(
            jdbc,
            "trn",
            "trainee",
            after ->
                jdbc.sql("SELECT id, full_name FROM trn_trainee WHERE id > ?")
                    .param(after)
                    .query(
                        (rs, n) ->
                            new NameIndex.Row(
                                rs.getLong(1), Long.toString(rs.getLong(1)), rs.getString(2)))
                    .list());
  }

  @Override
  public String module() {
    return "training";
  }

  @Override
  public void warmUp() {
    trainees.catchUp();
  }

  /** One nomination of a trainee to a session, with what the user needs to see it. */
  record Nomination(
      long traineeId,
      String name,
      AgencyCode agency,
      String serviceNumber,
      SessionId sessionId,
      String course,
      LocalDate startsOn,
      Enrolment.Status status,
      Enrolment.@Nullable Outcome outcome,
      AgencyCode hostingAgency) {}

  private List<Nomination> nominations(Collection<Long> traineeIds, KuzetUser user) {
    if (traineeIds.isEmpty()) {
      return List.of();
    }
    return jdbc
        .sql(
            "SELECT t.id, t.full_name, t.agency_code, t.service_number, s.id, c.title, s.starts_on, e.status, "
                + "e.outcome, ce.hosting_agency FROM trn_enrolment e JOIN trn_trainee t ON t.id = e.trainee_id "
                + "JOIN trn_session s ON s.id = e.session_id JOIN trn_course c ON c.id = s.course_id "
                + "JOIN trn_center ce ON ce.id = s.center_id WHERE e.trainee_id IN (:ids) ORDER BY s.starts_on DESC")
        .param("ids", traineeIds)
        .query(
            (rs, n) ->
                new Nomination(
                    rs.getLong(1),
                    rs.getString(2),
                    AgencyCode.of(rs.getString(3)),
                    rs.getString(4),
                    new SessionId(rs.getLong(5)),
                    rs.getString(6),
                    rs.getObject(7, LocalDate.class),
                    Enrolment.Status.valueOf(rs.getString(8).strip()),
                    outcome(rs.getString(9)),
                    AgencyCode.of(rs.getString(10))))
        .list()
        .stream()
        .filter(x -> AccessRules.mayReadTraining(user, x.hostingAgency()))
        .toList();
  }

  private static Enrolment.@Nullable Outcome outcome(@Nullable String stored) {
    return stored == null ? null : Enrolment.Outcome.valueOf(stored.strip());
  }

  @Override
  public List<SearchHit> search(SearchQuery q, KuzetUser user) {
    if (!user.hasAny(Role.TRAINING_COORDINATOR, Role.PROGRAM_MANAGER)) {
      return List.of();
    }
    var ids = new ArrayList<Long>();
    if (q.hasName()) {
      trainees.find(q.nameTokens(), 100).keySet().forEach(r -> ids.add(Long.valueOf(r)));
    }
    ids.addAll(
        jdbc.sql("SELECT id FROM trn_trainee WHERE service_number IN (:numbers)")
            .param("numbers", List.of(q.text(), q.exact()))
            .query(Long.class)
            .list());
    Map<Long, Nomination> latest = new LinkedHashMap<>();
    Map<Long, Integer> count = new LinkedHashMap<>();
    for (Nomination x : nominations(ids, user)) {
      latest.putIfAbsent(x.traineeId(), x);
      count.merge(x.traineeId(), 1, Integer::sum);
    }
    return latest.values().stream()
        .limit(q.limit())
        .map(
            x ->
                new SearchHit(
                    SearchKind.TRAINEE,
                    module(),
                    x.name(),
                    "search.detail.trainee",
                    List.of(
                        x.agency(),
                        x.serviceNumber(),
                        count.get(x.traineeId()),
                        x.course(),
                        x.startsOn()),
                    "/training/sessions/" + x.sessionId(),
                    null))
        .toList();
  }

  @Override
  public List<PersonRecord> personRecords(PersonKey person, String name, KuzetUser user) {
    var ids = trainees.refsOf(person.nameKey()).stream().map(Long::valueOf).toList();
    return nominations(ids, user).stream()
        .map(
            x ->
                new PersonRecord(
                    "search.section.trainings",
                    x.startsOn(),
                    x.course(),
                    "search.detail.training",
                    List.of(
                        x.name(),
                        x.agency(),
                        x.serviceNumber(),
                        Formats.code("training.enrolment.", x.status()),
                        x.outcome() == null ? "—" : Formats.code("training.outcome.", x.outcome())),
                    "/training/sessions/" + x.sessionId()))
        .toList();
  }
}
