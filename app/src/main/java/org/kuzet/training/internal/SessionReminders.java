package org.kuzet.training.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.kuzet.identity.Role;
import org.kuzet.training.internal.Enrolment.Status;
import org.kuzet.workspace.Audience;
import org.kuzet.workspace.NewNotification;
import org.kuzet.workspace.NotificationKind;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the hosting agency's coordinators that a scheduled session starts within {@code
 * kuzet.training.reminder-days} days. Runs hourly; each session is announced once per start date (a
 * session moved to another date is announced again). Only the hosting agency's coordinators may
 * open a session ({@code AccessRules.mayEditTraining}), so only they are told.
 */
@Component
@EnableScheduling
public class SessionReminders {

  private final Sessions sessions;
  private final Courses courses;
  private final Centers centers;
  private final Enrolments enrolments;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final int days;

  SessionReminders(
      Sessions sessions,
      Courses courses,
      Centers centers,
      Enrolments enrolments,
      ApplicationEventPublisher events,
      @Qualifier("trainingClock") Clock trainingClock,
      @Value("${kuzet.training.reminder-days:3}") int days) {
    this.sessions = sessions;
    this.courses = courses;
    this.centers = centers;
    this.enrolments = enrolments;
    this.events = events;
    this.clock = trainingClock;
    this.days = days;
  }

  /**
   * Announces the sessions starting from today to {@code reminder-days} ahead; returns how many it
   * looked at.
   */
  @Scheduled(
      initialDelayString = "PT30S",
      fixedDelayString = "${kuzet.training.reminder-interval:PT1H}")
  @Transactional
  public int remindOfSessionsStarting() {
    LocalDate today = LocalDate.now(clock);
    int seen = 0;
    for (TrainingSession s : sessions.between(today, today.plusDays(days))) {
      if (!s.open() || s.startsOn().isBefore(today)) {
        continue;
      }
      var course = courses.find(s.courseId()).orElse(null);
      var center = centers.find(s.centerId()).orElse(null);
      if (course == null || center == null) {
        continue;
      }
      seen++;
      int enrolled = enrolments.count(s.id(), Status.ENROLLED);
      events.publishEvent(
          new NewNotification(
              NotificationKind.TRAINING_STARTING,
              course.title()
                  + ", "
                  + center.name()
                  + ": starts "
                  + s.startsOn()
                  + " ("
                  + enrolled
                  + " enrolled)",
              "training.notice.starting",
              // The course by its id: worded with its title in the reader's language when shown.
              List.of(CourseNames.of(course), center.name(), s.startsOn(), enrolled),
              "/training/sessions/" + s.id(),
              Audience.agency(center.hostingAgency(), Role.TRAINING_COORDINATOR),
              "training-starting:" + s.id() + ":" + s.startsOn()));
    }
    return seen;
  }
}
