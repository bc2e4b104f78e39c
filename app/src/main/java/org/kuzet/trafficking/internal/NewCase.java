package org.kuzet.trafficking.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kuzet.web.Countries;

/**
 * A victim identification as entered by a caseworker, before it is checked. Personal fields (names,
 * birth date, document number, contact, place of interview, notes) are encrypted when stored; the
 * rest are codes of the Human Trafficking Case Data Standard.
 */
public record NewCase(
    boolean consentGiven,
    @Nullable LocalDate consentDate,
    @Nullable LocalDate identifiedOn,
    @Nullable String givenName,
    @Nullable String familyName,
    @Nullable LocalDate birthDate,
    @Nullable Integer age,
    @Nullable String documentNumber,
    @Nullable String contact,
    @Nullable String interviewPlace,
    @Nullable String notes,
    Gender gender,
    @Nullable String citizenship,
    @Nullable RecruiterRelationship recruiterRelationship,
    Set<RecruitmentMethod> recruitment,
    Set<MeansOfControl> control,
    Set<ExploitationType> exploitation,
    Map<Indicator, Answer> answers,
    List<NewEvent> events) {

  public NewCase {
    recruitment = recruitment.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(recruitment));
    control = control.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(control));
    exploitation = exploitation.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(exploitation));
    answers = answers.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(answers));
    events = List.copyOf(events);
    citizenship = Countries.stored(citizenship);
  }

  /** Age at identification: from the birth date when known, else as estimated. */
  public @Nullable Integer effectiveAge() {
    if (birthDate != null && identifiedOn != null && !birthDate.isAfter(identifiedOn)) {
      return Period.between(birthDate, identifiedOn).getYears();
    }
    return age;
  }
}
