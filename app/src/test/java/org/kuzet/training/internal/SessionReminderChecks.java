package org.kuzet.training.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import db.migration.workspace.V288_3__training_notification_courses;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javax.sql.DataSource;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.kuzet.identity.internal.Accounts;
import org.kuzet.testing.As;
import org.kuzet.testing.Notices;
import org.kuzet.training.SessionId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** "Training starting" notifications: to the hosting agency's coordinators, once per start date. */
abstract class SessionReminderChecks {

  @Autowired MockMvc mvc;
  @Autowired As as;
  @Autowired CenterManagement centerManagement;
  @Autowired SessionManagement sessionManagement;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired DataSource dataSource;
  @Autowired SessionReminders reminders;
  @Autowired Notices notices;

  @Test
  void aSessionStartingSoonIsAnnouncedOnceToTheHostingCoordinators() throws Exception {
    var fx = new TrainingFixtures(centerManagement, sessionManagement, accounts);
    CenterId center = fx.centerFor30();
    CourseId course = fx.approvedCourse(center);
    LocalDate tomorrow = LocalDate.now(ZoneId.of("Asia/Almaty")).plusDays(1);
    SessionId soon =
        sessionManagement.schedule(
            fx.coordinator(), course, center, tomorrow, tomorrow.plusDays(4), null, null);
    SessionId later =
        sessionManagement.schedule(
            fx.coordinator(),
            course,
            center,
            tomorrow.plusDays(40),
            tomorrow.plusDays(44),
            null,
            null);

    reminders.remindOfSessionsStarting();
    reminders.remindOfSessionsStarting(); // the hourly run again: nothing twice

    // The reminders are published as events; the notification center stores them after commit.
    long n = notices.awaitFor("/training/sessions/" + soon, "TRAINING_STARTING");
    assertThat(count("/training/sessions/" + soon)).isEqualTo(1);
    assertThat(count("/training/sessions/" + later)).as("not within the reminder days").isZero();
    assertThat(list("coordinator.li"))
        .contains("/notifications/" + n + "/open")
        .contains("starts " + tomorrow.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
    // The course is named by its id, and a reminder stored with the course's title (as before)
    // is converted to that.
    String base =
        jdbc.sql("SELECT title FROM trn_course WHERE id = ?")
            .param(course.value())
            .query(String.class)
            .single();
    String args =
        jdbc.sql("SELECT title_args FROM wsp_notification WHERE id = ?")
            .param(n)
            .query(String.class)
            .single();
    assertThat(args).startsWith("c:training.course." + course + "|" + base + "\u001F");
    jdbc.sql("UPDATE wsp_notification SET title_args = ? WHERE id = ?")
        .params("t:" + base + args.substring(args.indexOf('\u001F')), n)
        .update();
    try (Connection c = dataSource.getConnection()) {
      new V288_3__training_notification_courses()
          .migrate(
              new Context() {
                @Override
                public Configuration getConfiguration() {
                  return null;
                }

                @Override
                public Connection getConnection() {
                  return c;
                }
              });
    }
    assertThat(
            jdbc.sql("SELECT title_args FROM wsp_notification WHERE id = ?")
                .param(n)
                .query(String.class)
                .single())
        .isEqualTo(args);
    // The course is named in the reader's language when the notification is shown, even for a
    // Russian title given after the reminder was raised.
    jdbc.sql("UPDATE trn_course SET title_ru = ? WHERE id = ?")
        .params("Курс по досмотру " + course, course.value())
        .update();
    String russian =
        mvc.perform(get("/notifications").param("lang", "ru").with(as.user("coordinator.li")))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(russian).contains("Курс по досмотру " + course);
    assertThat(list("coordinator.li")).contains(base);
    // Another academy's coordinator may not open this center's sessions, nor anyone else.
    assertThat(list("coordinator.fp")).doesNotContain("/notifications/" + n + "/open");
    assertThat(list("pm.inl")).doesNotContain("/notifications/" + n + "/open");
    mvc.perform(get("/notifications/{id}/open", n).with(as.user("coordinator.li")))
        .andExpect(redirectedUrl("/training/sessions/" + soon));
  }

  private int count(String link) {
    return jdbc.sql("SELECT COUNT(*) FROM wsp_notification WHERE link = ?")
        .param(link)
        .query(Integer.class)
        .single();
  }

  private String list(String user) throws Exception {
    return mvc.perform(get("/notifications").with(as.user(user)))
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }
}
