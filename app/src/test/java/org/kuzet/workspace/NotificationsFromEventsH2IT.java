package org.kuzet.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kuzet.identity.AgencyCode;
import org.kuzet.identity.Role;
import org.kuzet.web.Formats;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/**
 * The notification center on its own with the modules it depends on: a module raises a notification
 * by publishing a {@link NewNotification} after a commit, and the center stores it once, however
 * often it is delivered; the event publication registry keeps it in a form that reads back to the
 * same notification, dates and codes included.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, verifyAutomatically = false)
@ActiveProfiles({"test", "h2"})
class NotificationsFromEventsH2IT {

  @Autowired JdbcClient jdbc;
  @Autowired EventSerializer serializer;

  @Test
  void aPublishedNotificationIsStoredForItsAudienceOnceWhateverTheDeliveries(Scenario scenario) {
    String key = "event-test:" + UUID.randomUUID();
    var event = startingSession(key);
    scenario
        .publish(event)
        .andWaitForStateChange(() -> stored(key), row -> !row.isEmpty())
        .andVerify(
            row ->
                assertThat(row)
                    .containsEntry("kind", "TRAINING_STARTING")
                    .containsEntry("link", "/training/sessions/42")
                    .containsEntry("agency_code", "MOI_LEGAL_INSTITUTE")
                    .containsEntry("title_key", "training.notice.starting"));
    assertThat(
            jdbc.sql(
                    "SELECT r.role FROM wsp_notification_role r JOIN wsp_notification n ON n.id = r.notification_id"
                        + " WHERE n.source_key = ?")
                .param(key)
                .query(String.class)
                .list())
        .containsExactly("TRAINING_COORDINATOR");
    // Delivered again (a republication after a restart): still one notification.
    scenario
        .publish(event)
        .andWaitForStateChange(() -> completed(key), n -> n >= 2)
        .andVerify(
            n ->
                assertThat(
                        jdbc.sql("SELECT COUNT(*) FROM wsp_notification WHERE source_key = ?")
                            .param(key)
                            .query(Long.class)
                            .single())
                    .isEqualTo(1));
  }

  @Test
  void theRegistryKeepsANotificationThatReadsBackTheSame() {
    var event = startingSession("event-test:" + UUID.randomUUID());
    Object written = serializer.serialize(event);
    var read = serializer.deserialize(written, NewNotification.class);
    assertThat(read.titleArgs().get(2)).isEqualTo(LocalDate.of(2027, 3, 15));
    assertThat(read.titleArgs().get(3)).isEqualTo(12L);
    var code = (MessageSourceResolvable) read.titleArgs().get(4);
    assertThat(code.getCodes()).containsExactly("fin.typology.FAN_OUT");
    assertThat(code.getDefaultMessage()).isEqualTo("FAN_OUT");
    assertThat(read.audience()).isEqualTo(event.audience());
    assertThat(read).usingRecursiveComparison().ignoringFields("titleArgs").isEqualTo(event);
  }

  private static NewNotification startingSession(String key) {
    return new NewNotification(
        NotificationKind.TRAINING_STARTING,
        "Interviewing victims, Almaty academy: starts 2027-03-15 (12 enrolled)",
        "training.notice.starting",
        List.of(
            "Interviewing victims",
            "Almaty academy",
            LocalDate.of(2027, 3, 15),
            12,
            Formats.code("fin.typology.", "FAN_OUT")),
        "/training/sessions/42",
        Audience.agency(AgencyCode.MOI_LEGAL_INSTITUTE, Role.TRAINING_COORDINATOR),
        key);
  }

  private Map<String, Object> stored(String key) {
    return jdbc
        .sql("SELECT kind, link, agency_code, title_key FROM wsp_notification WHERE source_key = ?")
        .param(key)
        .query()
        .listOfRows()
        .stream()
        .findFirst()
        .orElse(Map.of());
  }

  /** Publications of the notification that the registry has marked completed. */
  private long completed(String key) {
    return jdbc.sql(
            "SELECT COUNT(*) FROM event_publication WHERE event_type = ? AND completion_date IS NOT NULL"
                + " AND serialized_event LIKE ?")
        .params(NewNotification.class.getName(), "%" + key + "%")
        .query(Long.class)
        .single();
  }
}
