package org.kuzet.program.internal;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A project of a program, carried out by its implementing partners with host-government
 * counterparts (both as organisation codes).
 */
public record Project(
    long id,
    long programId,
    String code,
    String title,
    @Nullable String description,
    @Nullable LocalDate startDate,
    @Nullable LocalDate endDate,
    Kinds.Status status,
    boolean illustrative,
    List<String> implementing,
    List<String> counterparts) {

  public Project {
    implementing = List.copyOf(implementing);
    counterparts = List.copyOf(counterparts);
  }

  Project withId(long newId) {
    return new Project(
        newId, programId, code, title, description, startDate, endDate, status, illustrative, implementing, counterparts);
  }
}
