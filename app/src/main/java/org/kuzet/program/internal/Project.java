package org.kuzet.program.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.kuzet.web.LocalNames;

/**
 * A project of a program, carried out by its implementing partners with host-government
 * counterparts (both as organisation codes). Its title is kept in a base language with optional
 * Russian and Kazakh titles.
 */
public record Project(
    ProjectId id,
    ProgramId programId,
    String code,
    String title,
    @Nullable String description,
    @Nullable LocalDate startDate,
    @Nullable LocalDate endDate,
    Kinds.Status status,
    boolean illustrative,
    List<String> implementing,
    List<String> counterparts,
    @Nullable String titleRu,
    @Nullable String titleKk,
    @Nullable String descriptionRu,
    @Nullable String descriptionKk) {

  public Project {
    implementing = List.copyOf(implementing);
    counterparts = List.copyOf(counterparts);
  }

  Project withId(ProjectId newId) {
    return new Project(
        newId,
        programId,
        code,
        title,
        description,
        startDate,
        endDate,
        status,
        illustrative,
        implementing,
        counterparts,
        titleRu,
        titleKk,
        descriptionRu,
        descriptionKk);
  }

  /** The title in the reader's language, or the base title where it has none. */
  public String title(Locale locale) {
    return LocalNames.in(locale, title, titleRu, titleKk);
  }

  /** The description in the reader's language, or the base description where it has none. */
  public @Nullable String description(Locale locale) {
    return description == null
        ? null
        : LocalNames.in(locale, description, descriptionRu, descriptionKk);
  }
}
