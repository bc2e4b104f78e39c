package org.kuzet.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.kuzet.identity.AgencyCode;
import org.kuzet.interdiction.LookoutId;
import org.kuzet.interdiction.SeizureId;
import org.kuzet.interdiction.SeizureRecorded;
import org.kuzet.trafficking.VictimCaseId;
import org.kuzet.trafficking.VictimIdentified;
import org.kuzet.trafficking.VictimReferred;
import org.kuzet.training.SessionId;
import org.kuzet.training.TrainingCompleted;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/**
 * The results module on its own with the modules it depends on: each event it listens to is
 * published after a commit, as its module would, and the row the listener keeps is read back.
 * Source ids far above the database sequence keep these rows apart from the demo data's. The module
 * structure itself is verified by ModularityTests (which leaves the engine libraries out).
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, verifyAutomatically = false)
@ActiveProfiles({"test", "h2"})
class ActualsFromEventsH2IT {

  static final AtomicLong IDS = new AtomicLong(9_000_000_000L + System.nanoTime() % 1_000_000_000L);

  @Autowired JdbcClient jdbc;
  @Autowired EventSerializer serializer;

  @Test
  void aSeizureCountsInTheFiscalYearOfItsDayAtThePostOnce(Scenario scenario) {
    long id = IDS.incrementAndGet();
    // 30 September 2008, 20:00 UTC is already 1 October in Almaty: fiscal year 2009.
    var event =
        new SeizureRecorded(
            new SeizureId(id),
            "BCP-KORDAY",
            "CROSSING",
            "KZ-ZHA",
            AgencyCode.BORDER_GUARDS,
            "HEROIN",
            new BigDecimal("1.250"),
            "KG",
            Instant.parse("2008-09-30T20:00:00Z"),
            null,
            1);
    scenario
        .publish(event)
        .andWaitForStateChange(() -> seizure(id), row -> !row.isEmpty())
        .andVerify(
            row -> {
              assertThat(row)
                  .containsEntry("fiscal_year", 2009)
                  .containsEntry("post_kind", "CROSSING")
                  .containsEntry("drug_type", "HEROIN")
                  .containsEntry("unit", "KG");
              assertThat((BigDecimal) row.get("quantity")).isEqualByComparingTo("1.25");
            });
    // Delivered again (a republication after a restart): still one seizure.
    scenario
        .publish(event)
        .andWaitForStateChange(() -> completed(SeizureRecorded.class, id), n -> n >= 2)
        .andVerify(
            n ->
                assertThat(count("SELECT COUNT(*) FROM res_seizure WHERE seizure_id = ?", id))
                    .isEqualTo(1));
  }

  /**
   * The registry may hold seizures published before the ids and the agency had types of their own:
   * there they are a number and a string, and they still read back; a seizure published now is
   * stored in that same form.
   */
  @Test
  void aSeizureStoredWithAPlainIdAndAgencyReadsBackAndIsStoredTheSameWay() {
    String stored =
        """
        {"seizureId":7001,"postCode":"BCP-KORDAY","postKind":"CROSSING","regionIso":"KZ-ZHA",\
        "agency":"BORDER_GUARDS","drugType":"HEROIN","quantity":1.250,"unit":"KG",\
        "seizedAt":"2008-09-30T20:00:00Z","lookoutId":12,"personsArrested":1}""";
    var read = serializer.deserialize(stored, SeizureRecorded.class);
    assertThat(read.seizureId()).isEqualTo(new SeizureId(7001));
    assertThat(read.agency()).isEqualTo(AgencyCode.BORDER_GUARDS);
    assertThat(read.lookoutId()).isEqualTo(new LookoutId(12));
    assertThat(read.quantity()).isEqualByComparingTo("1.25");
    assertThat(read.seizedAt()).isEqualTo(Instant.parse("2008-09-30T20:00:00Z"));
    assertThat(read.personsArrested()).isEqualTo(1);

    String written = serializer.serialize(read).toString();
    assertThat(written)
        .contains("\"seizureId\":7001")
        .contains("\"agency\":\"BORDER_GUARDS\"")
        .contains("\"lookoutId\":12");
    assertThat(serializer.deserialize(written, SeizureRecorded.class)).isEqualTo(read);
  }

  @Test
  void aCompletedSessionCountsItsOfficersByAgencyAndGender(Scenario scenario) {
    long session = IDS.incrementAndGet();
    var event =
        new TrainingCompleted(
            new SessionId(session),
            "TIP-101",
            "Identifying victims",
            "KZ-TIP",
            "ALMATY-ACADEMY",
            AgencyCode.of("MOI_POLICE"),
            LocalDate.of(2008, 11, 14),
            2009,
            List.of(
                new TrainingCompleted.Headcount(AgencyCode.MIGRATION_POLICE, "F", 3),
                new TrainingCompleted.Headcount(AgencyCode.of("MOI_POLICE"), "M", 2)));
    scenario
        .publish(event)
        .andWaitForStateChange(
            () -> count("SELECT COUNT(*) FROM res_trained WHERE session_id = ?", session),
            n -> n == 2)
        .andVerify(
            n -> {
              assertThat(
                      count(
                          "SELECT SUM(officers) FROM res_trained WHERE session_id = ? AND program_code = 'KZ-TIP' AND fiscal_year = 2009",
                          session))
                  .isEqualTo(5);
              assertThat(
                      count(
                          "SELECT officers FROM res_trained WHERE session_id = ? AND agency = 'MIGRATION_POLICE' AND gender = 'F'",
                          session))
                  .isEqualTo(3);
            });
  }

  @Test
  void anIdentifiedVictimCountsInTheYearOfRegistrationNotYetReferred(Scenario scenario) {
    long caseId = IDS.incrementAndGet();
    scenario
        .publish(new VictimIdentified(new VictimCaseId(caseId), 2031))
        .andWaitForStateChange(() -> victim(caseId), row -> !row.isEmpty())
        .andVerify(
            row ->
                assertThat(row)
                    .containsEntry("registration_year", 2031)
                    .containsEntry("referred", false));
  }

  @Test
  void aReferredVictimCountsOnceAsReferredWhateverArrivesFirst(Scenario scenario) {
    long caseId = IDS.incrementAndGet();
    // The referral's listener may run before the identification's: the case is kept either way.
    scenario
        .publish(new VictimReferred(new VictimCaseId(caseId), 2031, "SHELTER"))
        .andWaitForStateChange(
            () -> victim(caseId), row -> Boolean.TRUE.equals(row.get("referred")))
        .andVerify(row -> assertThat(row).containsEntry("registration_year", 2031));
    scenario
        .publish(new VictimIdentified(new VictimCaseId(caseId), 2031))
        .andWaitForStateChange(() -> completed(VictimIdentified.class, caseId), n -> n >= 1)
        .andVerify(n -> assertThat(victim(caseId)).containsEntry("referred", true));
  }

  Map<String, Object> seizure(long id) {
    return jdbc
        .sql("SELECT * FROM res_seizure WHERE seizure_id = ?")
        .param(id)
        .query()
        .listOfRows()
        .stream()
        .findFirst()
        .orElse(Map.of());
  }

  Map<String, Object> victim(long caseId) {
    return jdbc
        .sql("SELECT registration_year, referred FROM res_victim WHERE case_id = ?")
        .param(caseId)
        .query()
        .listOfRows()
        .stream()
        .findFirst()
        .orElse(Map.of());
  }

  long count(String sql, long id) {
    Number n = jdbc.sql(sql).param(id).query(Number.class).single();
    return n == null ? 0 : n.longValue();
  }

  /** Publications of the event naming the id that the registry has marked completed. */
  long completed(Class<?> type, long id) {
    return jdbc.sql(
            "SELECT COUNT(*) FROM event_publication WHERE event_type = ? AND completion_date IS NOT NULL"
                + " AND serialized_event LIKE ?")
        .params(type.getName(), "%" + id + "%")
        .query(Long.class)
        .single();
  }
}
