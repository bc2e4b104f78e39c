package org.kuzet.trafficking.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.AgencyCode;
import org.kuzet.trafficking.VictimCaseId;
import org.kuzet.web.ListPage;
import org.kuzet.web.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Victim cases in the tip_ tables. Personal fields go through {@link FieldCipher} on the way in and
 * out, bound to their table, column and row; callers never see ciphertext and the database never
 * sees plaintext. Access checks are the caller's ({@link CaseManagement}).
 */
@Repository
public class Cases {

  private final JdbcClient jdbc;
  private final FieldCipher cipher;

  Cases(JdbcClient jdbc, FieldCipher cipher) {
    this.jdbc = jdbc;
    this.cipher = cipher;
  }

  /** The associated-data context of one encrypted field. */
  static String context(String table, String column, long id) {
    return table + "." + column + "#" + id;
  }

  private @Nullable String seal(@Nullable String value, String table, String column, long id) {
    return cipher.encrypt(value == null ? null : value.strip(), context(table, column, id));
  }

  private @Nullable String open(ResultSet rs, String table, String column, long id)
      throws SQLException {
    return cipher.decrypt(rs.getString(column), context(table, column, id));
  }

  private long nextId() {
    return jdbc.sql("SELECT nextval('kuzet_seq')").query(Long.class).single();
  }

  private static OffsetDateTime utc(Instant at) {
    return at.atOffset(ZoneOffset.UTC);
  }

  public VictimCaseId insert(
      NewCase c,
      AgencyCode agency,
      AssessmentLevel level,
      String user,
      boolean illustrative,
      Instant now) {
    long id = nextId();
    LocalDate identified =
        Objects.requireNonNull(c.identifiedOn(), "a case is checked before it is stored");
    String reference = "TIP-" + identified.getYear() + "-" + id;
    jdbc.sql(
            """
            INSERT INTO tip_case (id, reference, agency_code, status, illustrative, consent_given,
              consent_date, identified_on, registration_year, assessment, gender,
              age_at_identification, citizenship, recruiter_relationship, given_name_enc,
              family_name_enc, birth_date_enc, document_number_enc, contact_enc,
              interview_place_enc, notes_enc, created_by, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            Arrays.asList(
                id,
                reference,
                agency.value(),
                CaseStatus.ACTIVE.name(),
                illustrative,
                c.consentGiven(),
                c.consentDate(),
                identified,
                identified.getYear(),
                level.name(),
                c.gender().name(),
                c.effectiveAge(),
                c.citizenship(),
                c.recruiterRelationship() == null ? null : c.recruiterRelationship().name(),
                seal(c.givenName(), "tip_case", "given_name_enc", id),
                seal(c.familyName(), "tip_case", "family_name_enc", id),
                seal(
                    c.birthDate() == null ? null : c.birthDate().toString(),
                    "tip_case",
                    "birth_date_enc",
                    id),
                seal(c.documentNumber(), "tip_case", "document_number_enc", id),
                seal(c.contact(), "tip_case", "contact_enc", id),
                seal(c.interviewPlace(), "tip_case", "interview_place_enc", id),
                seal(c.notes(), "tip_case", "notes_enc", id),
                user,
                utc(now),
                utc(now)))
        .update();
    replaceCodes(new VictimCaseId(id), c.recruitment(), c.control(), c.exploitation());
    for (var e : c.answers().entrySet()) {
      jdbc.sql("INSERT INTO tip_indicator_answer (case_id, indicator, answer) VALUES (?, ?, ?)")
          .params(id, e.getKey().name(), e.getValue().name())
          .update();
    }
    for (NewEvent e : c.events()) {
      insertEvent(new VictimCaseId(id), e, user, now);
    }
    return new VictimCaseId(id);
  }

  void replaceCodes(
      VictimCaseId caseId,
      Set<RecruitmentMethod> recruitment,
      Set<MeansOfControl> control,
      Set<ExploitationType> exploitation) {
    jdbc.sql("DELETE FROM tip_case_code WHERE case_id = ?").param(caseId.value()).update();
    insertCodes(caseId, "RECRUITMENT", recruitment);
    insertCodes(caseId, "CONTROL", control);
    insertCodes(caseId, "EXPLOITATION", exploitation);
  }

  private void insertCodes(VictimCaseId caseId, String kind, Set<? extends Enum<?>> codes) {
    for (Enum<?> code : codes) {
      jdbc.sql("INSERT INTO tip_case_code (case_id, kind, code) VALUES (?, ?, ?)")
          .params(caseId.value(), kind, code.name())
          .update();
    }
  }

  void updateProfile(
      VictimCaseId caseId, @Nullable RecruiterRelationship relationship, Instant now) {
    jdbc.sql("UPDATE tip_case SET recruiter_relationship = ?, updated_at = ? WHERE id = ?")
        .params(
            Arrays.asList(
                relationship == null ? null : relationship.name(), utc(now), caseId.value()))
        .update();
  }

  long insertEvent(VictimCaseId caseId, NewEvent e, String user, Instant now) {
    long id = nextId();
    jdbc.sql(
            """
            INSERT INTO tip_event (id, case_id, kind, event_date, country, place_enc,
              description_enc, created_by, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            Arrays.asList(
                id,
                caseId.value(),
                e.kind().name(),
                e.date(),
                e.country(),
                seal(e.place(), "tip_event", "place_enc", id),
                seal(e.description(), "tip_event", "description_enc", id),
                user,
                utc(now)))
        .update();
    return id;
  }

  public ReferralId insertReferral(
      VictimCaseId caseId,
      ReferralService service,
      @Nullable String provider,
      LocalDate referredOn,
      String user,
      Instant now) {
    long id = nextId();
    jdbc.sql(
            """
            INSERT INTO tip_referral (id, case_id, service, provider_enc, status, referred_on,
              responsible, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            Arrays.asList(
                id,
                caseId.value(),
                service.name(),
                seal(provider, "tip_referral", "provider_enc", id),
                ReferralStatus.REQUESTED.name(),
                referredOn,
                user,
                utc(now),
                utc(now)))
        .update();
    ReferralId referral = new ReferralId(id);
    insertStatus(referral, ReferralStatus.REQUESTED, null, user, now);
    return referral;
  }

  public void changeReferralStatus(
      ReferralId referralId,
      ReferralStatus status,
      @Nullable String note,
      String user,
      Instant now) {
    jdbc.sql("UPDATE tip_referral SET status = ?, updated_at = ? WHERE id = ?")
        .params(status.name(), utc(now), referralId.value())
        .update();
    insertStatus(referralId, status, note, user, now);
  }

  private void insertStatus(
      ReferralId referralId,
      ReferralStatus status,
      @Nullable String note,
      String user,
      Instant now) {
    long id = nextId();
    jdbc.sql(
            """
            INSERT INTO tip_referral_status (id, referral_id, status, changed_at, changed_by, note_enc)
            VALUES (?, ?, ?, ?, ?, ?)""")
        .params(
            Arrays.asList(
                id,
                referralId.value(),
                status.name(),
                utc(now),
                user,
                seal(note, "tip_referral_status", "note_enc", id)))
        .update();
  }

  /** The case a referral belongs to, if the referral exists. */
  Optional<VictimCaseId> caseOfReferral(ReferralId referralId) {
    return jdbc.sql("SELECT case_id FROM tip_referral WHERE id = ?")
        .param(referralId.value())
        .query(Long.class)
        .optional()
        .map(VictimCaseId::new);
  }

  long insertLink(VictimCaseId caseId, LinkKind kind, String reference, String user, Instant now) {
    long id = nextId();
    jdbc.sql(
            """
            INSERT INTO tip_link (id, case_id, kind, reference_enc, created_by, created_at)
            VALUES (?, ?, ?, ?, ?, ?)""")
        .params(
            Arrays.asList(
                id,
                caseId.value(),
                kind.name(),
                seal(reference, "tip_link", "reference_enc", id),
                user,
                utc(now)))
        .update();
    return id;
  }

  public void close(VictimCaseId caseId, CaseStatus status, Instant now) {
    jdbc.sql("UPDATE tip_case SET status = ?, updated_at = ? WHERE id = ?")
        .params(status.name(), utc(now), caseId.value())
        .update();
  }

  /**
   * Erases every personal field of a case after the person withdraws consent; the codes stay, so
   * the anonymised statistics keep counting the case.
   */
  void erasePersonalData(VictimCaseId caseId, LocalDate withdrawnOn, Instant now) {
    jdbc.sql(
            """
            UPDATE tip_case SET consent_given = FALSE, consent_withdrawn_on = ?, given_name_enc = NULL,
              family_name_enc = NULL, birth_date_enc = NULL, document_number_enc = NULL,
              contact_enc = NULL, interview_place_enc = NULL, notes_enc = NULL, updated_at = ?
            WHERE id = ?""")
        .params(withdrawnOn, utc(now), caseId.value())
        .update();
    jdbc.sql("UPDATE tip_event SET place_enc = NULL, description_enc = NULL WHERE case_id = ?")
        .param(caseId.value())
        .update();
    jdbc.sql(
            """
            UPDATE tip_referral_status SET note_enc = NULL
            WHERE referral_id IN (SELECT id FROM tip_referral WHERE case_id = ?)""")
        .param(caseId.value())
        .update();
    jdbc.sql("UPDATE tip_referral SET provider_enc = NULL WHERE case_id = ?")
        .param(caseId.value())
        .update();
  }

  // ---- reading --------------------------------------------------------------------------

  /** The owning agency of a case, read before anything personal is decrypted. */
  Optional<AgencyCode> ownerOf(VictimCaseId caseId) {
    return jdbc.sql("SELECT agency_code FROM tip_case WHERE id = ?")
        .param(caseId.value())
        .query(String.class)
        .optional()
        .map(AgencyCode::of);
  }

  List<CaseSummary> summaries(AgencyCode agency, boolean includeClosed) {
    return jdbc.sql(
            """
            SELECT c.id, c.reference, c.identified_on, c.status, c.assessment, c.gender,
              c.citizenship, c.illustrative,
              (SELECT COUNT(*) FROM tip_referral r WHERE r.case_id = c.id
                 AND r.status IN ('REQUESTED', 'ACCEPTED', 'IN_PROGRESS')) AS open_referrals
            FROM tip_case c
            WHERE c.agency_code = :agency AND (:all OR c.status IN ('ACTIVE', 'FOLLOW_UP'))
            ORDER BY c.identified_on DESC, c.id DESC""")
        .param("agency", agency.value())
        .param("all", includeClosed)
        .query(Cases::summary)
        .list();
  }

  private static CaseSummary summary(ResultSet rs, int n) throws SQLException {
    return new CaseSummary(
        new VictimCaseId(rs.getLong("id")),
        rs.getString("reference"),
        rs.getObject("identified_on", LocalDate.class),
        CaseStatus.valueOf(rs.getString("status")),
        AssessmentLevel.valueOf(rs.getString("assessment")),
        Gender.valueOf(rs.getString("gender")),
        rs.getString("citizenship"),
        rs.getBoolean("illustrative"),
        rs.getInt("open_referrals"));
  }

  /** One page of an agency's cases, for the API, with their count. */
  ListPage<CaseSummary> summaries(AgencyCode agency, boolean includeClosed, Paging paging) {
    String where =
        " FROM tip_case c WHERE c.agency_code = :agency AND (:all OR c.status IN ('ACTIVE', 'FOLLOW_UP'))";
    long total =
        jdbc.sql(Paging.countUpToLimit(where))
            .param("agency", agency.value())
            .param("all", includeClosed)
            .query(Long.class)
            .single();
    var rows =
        jdbc.sql(
                """
            SELECT c.id, c.reference, c.identified_on, c.status, c.assessment, c.gender,
              c.citizenship, c.illustrative,
              (SELECT COUNT(*) FROM tip_referral r WHERE r.case_id = c.id
                 AND r.status IN ('REQUESTED', 'ACCEPTED', 'IN_PROGRESS')) AS open_referrals"""
                    + where
                    + paging.orderBy(
                        Map.of("id", "c.id", "identifiedOn", "c.identified_on"), "c.id")
                    + paging.limit())
            .param("agency", agency.value())
            .param("all", includeClosed)
            .query(Cases::summary)
            .list();
    return new ListPage<>(rows, paging, total);
  }

  /** One page of a caseworker's open referrals, for the API, with their count. */
  ListPage<OpenReferral> openReferralsOf(String username, AgencyCode agency, Paging paging) {
    String where =
        """
         FROM tip_referral r JOIN tip_case c ON c.id = r.case_id
        WHERE r.responsible = ? AND c.agency_code = ?
          AND r.status IN ('REQUESTED', 'ACCEPTED', 'IN_PROGRESS')""";
    long total =
        jdbc.sql(Paging.countUpToLimit(where))
            .params(username, agency.value())
            .query(Long.class)
            .single();
    var rows =
        jdbc.sql(
                "SELECT c.id, c.reference, r.service, r.status, r.referred_on"
                    + where
                    + paging.orderBy(Map.of("referredOn", "r.referred_on"), "r.id")
                    + paging.limit())
            .params(username, agency.value())
            .query(
                (rs, n) ->
                    new OpenReferral(
                        new VictimCaseId(rs.getLong(1)),
                        rs.getString(2),
                        ReferralService.valueOf(rs.getString(3)),
                        ReferralStatus.valueOf(rs.getString(4)),
                        rs.getObject(5, LocalDate.class)))
            .list();
    return new ListPage<>(rows, paging, total);
  }

  List<OpenReferral> openReferralsOf(String username, AgencyCode agency, int limit) {
    return jdbc.sql(
            """
            SELECT c.id, c.reference, r.service, r.status, r.referred_on
            FROM tip_referral r JOIN tip_case c ON c.id = r.case_id
            WHERE r.responsible = ? AND c.agency_code = ?
              AND r.status IN ('REQUESTED', 'ACCEPTED', 'IN_PROGRESS')
            ORDER BY r.referred_on DESC, r.id DESC
            FETCH FIRST ? ROWS ONLY""")
        .params(username, agency.value(), limit)
        .query(
            (rs, n) ->
                new OpenReferral(
                    new VictimCaseId(rs.getLong(1)),
                    rs.getString(2),
                    ReferralService.valueOf(rs.getString(3)),
                    ReferralStatus.valueOf(rs.getString(4)),
                    rs.getObject(5, LocalDate.class)))
        .list();
  }

  List<CaseRules.CaseEventDates> eventDates(VictimCaseId caseId) {
    return jdbc.sql("SELECT kind, event_date FROM tip_event WHERE case_id = ?")
        .param(caseId.value())
        .query(
            (rs, n) ->
                new CaseRules.CaseEventDates(
                    EventKind.valueOf(rs.getString(1)), rs.getObject(2, LocalDate.class)))
        .list();
  }

  /** The whole case, decrypted. */
  Optional<VictimCase> load(VictimCaseId caseId) {
    var codes = codes(caseId);
    Map<Indicator, Answer> answers = new EnumMap<>(Indicator.class);
    jdbc.sql("SELECT indicator, answer FROM tip_indicator_answer WHERE case_id = ?")
        .param(caseId.value())
        .query(
            (rs, n) ->
                Map.entry(Indicator.valueOf(rs.getString(1)), Answer.valueOf(rs.getString(2))))
        .list()
        .forEach(e -> answers.put(e.getKey(), e.getValue()));
    List<VictimCase.Event> events =
        jdbc.sql("SELECT * FROM tip_event WHERE case_id = ? ORDER BY event_date, id")
            .param(caseId.value())
            .query(
                (rs, n) -> {
                  long id = rs.getLong("id");
                  return new VictimCase.Event(
                      id,
                      EventKind.valueOf(rs.getString("kind")),
                      rs.getObject("event_date", LocalDate.class),
                      rs.getString("country"),
                      open(rs, "tip_event", "place_enc", id),
                      open(rs, "tip_event", "description_enc", id));
                })
            .list();
    List<VictimCase.Referral> referrals =
        jdbc
            .sql("SELECT * FROM tip_referral WHERE case_id = ? ORDER BY referred_on, id")
            .param(caseId.value())
            .query(
                (rs, n) -> {
                  long id = rs.getLong("id");
                  return new VictimCase.Referral(
                      new ReferralId(id),
                      ReferralService.valueOf(rs.getString("service")),
                      open(rs, "tip_referral", "provider_enc", id),
                      ReferralStatus.valueOf(rs.getString("status")),
                      rs.getObject("referred_on", LocalDate.class),
                      rs.getString("responsible"),
                      List.of());
                })
            .list()
            .stream()
            .map(
                r ->
                    new VictimCase.Referral(
                        r.id(),
                        r.service(),
                        r.provider(),
                        r.status(),
                        r.referredOn(),
                        r.responsible(),
                        history(r.id())))
            .toList();
    List<VictimCase.Link> links =
        jdbc.sql("SELECT * FROM tip_link WHERE case_id = ? ORDER BY id")
            .param(caseId.value())
            .query(
                (rs, n) -> {
                  long id = rs.getLong("id");
                  return new VictimCase.Link(
                      id,
                      LinkKind.valueOf(rs.getString("kind")),
                      Objects.requireNonNull(
                          open(rs, "tip_link", "reference_enc", id), "a link has a reference"),
                      rs.getString("created_by"),
                      rs.getObject("created_at", OffsetDateTime.class).toInstant());
                })
            .list();
    return jdbc.sql("SELECT * FROM tip_case WHERE id = ?")
        .param(caseId.value())
        .query(
            (rs, n) -> {
              String birth = open(rs, "tip_case", "birth_date_enc", caseId.value());
              String relationship = rs.getString("recruiter_relationship");
              Object age = rs.getObject("age_at_identification");
              return new VictimCase(
                  caseId,
                  rs.getString("reference"),
                  AgencyCode.of(rs.getString("agency_code")),
                  CaseStatus.valueOf(rs.getString("status")),
                  rs.getBoolean("illustrative"),
                  rs.getBoolean("consent_given"),
                  rs.getObject("consent_date", LocalDate.class),
                  rs.getObject("consent_withdrawn_on", LocalDate.class),
                  rs.getObject("identified_on", LocalDate.class),
                  AssessmentLevel.valueOf(rs.getString("assessment")),
                  Gender.valueOf(rs.getString("gender")),
                  age == null ? null : ((Number) age).intValue(),
                  rs.getString("citizenship"),
                  relationship == null ? null : RecruiterRelationship.valueOf(relationship),
                  open(rs, "tip_case", "given_name_enc", caseId.value()),
                  open(rs, "tip_case", "family_name_enc", caseId.value()),
                  birth == null ? null : LocalDate.parse(birth),
                  open(rs, "tip_case", "document_number_enc", caseId.value()),
                  open(rs, "tip_case", "contact_enc", caseId.value()),
                  open(rs, "tip_case", "interview_place_enc", caseId.value()),
                  open(rs, "tip_case", "notes_enc", caseId.value()),
                  enumSet(
                      codes, "RECRUITMENT", RecruitmentMethod.class, RecruitmentMethod::valueOf),
                  enumSet(codes, "CONTROL", MeansOfControl.class, MeansOfControl::valueOf),
                  enumSet(codes, "EXPLOITATION", ExploitationType.class, ExploitationType::valueOf),
                  answers,
                  events,
                  referrals,
                  links,
                  rs.getString("created_by"),
                  rs.getObject("created_at", OffsetDateTime.class).toInstant());
            })
        .optional();
  }

  private List<VictimCase.StatusChange> history(ReferralId referralId) {
    return jdbc.sql(
            "SELECT * FROM tip_referral_status WHERE referral_id = ? ORDER BY changed_at, id")
        .param(referralId.value())
        .query(
            (rs, n) ->
                new VictimCase.StatusChange(
                    ReferralStatus.valueOf(rs.getString("status")),
                    rs.getObject("changed_at", OffsetDateTime.class).toInstant(),
                    rs.getString("changed_by"),
                    open(rs, "tip_referral_status", "note_enc", rs.getLong("id"))))
        .list();
  }

  private List<Map.Entry<String, String>> codes(VictimCaseId caseId) {
    return jdbc.sql("SELECT kind, code FROM tip_case_code WHERE case_id = ?")
        .param(caseId.value())
        .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
        .list();
  }

  private static <E extends Enum<E>> Set<E> enumSet(
      List<Map.Entry<String, String>> codes,
      String kind,
      Class<E> type,
      Function<String, E> parse) {
    var set = EnumSet.noneOf(type);
    for (var e : codes) {
      if (e.getKey().equals(kind)) {
        set.add(parse.apply(e.getValue()));
      }
    }
    return set;
  }
}
