package org.kuzet.training.internal;

import java.util.Locale;
import java.util.Optional;
import org.kuzet.workspace.RecordNames;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/** A course's title in the reader's language for notifications that name the course by its id. */
@Component
class CourseNames implements RecordNames {

  static final String PREFIX = "training.course.";

  private final Courses courses;

  CourseNames(Courses courses) {
    this.courses = courses;
  }

  /** The course as a notification's argument: its id, its base title where it is gone. */
  static MessageSourceResolvable of(Course course) {
    return new DefaultMessageSourceResolvable(
        new String[] {PREFIX + course.id()}, null, course.title());
  }

  @Override
  public String prefix() {
    return PREFIX;
  }

  @Override
  public Optional<String> name(String id, Locale locale) {
    try {
      return courses.find(CourseId.of(id)).map(c -> c.title(locale));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
