package org.kuzet.interdiction.internal.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.kuzet.interdiction.internal.post.NameKeys;
import org.kuzet.interdiction.internal.post.PlateKeys;
import org.kuzet.interdiction.internal.post.PostId;
import org.kuzet.interdiction.internal.targeting.RiskInput;

/** Builds the scoring input from a logged inspection, or from a form still being filled in. */
public final class RiskInputs {

  private RiskInputs() {}

  public static RiskInput of(NewInspection in) {
    var travellers = new ArrayList<RiskInput.Traveller>();
    for (NewPerson p : in.persons()) {
      travellers.add(
          new RiskInput.Traveller(p.documentNumber(), NameKeys.key(p.name()), p.birthDate()));
    }
    return new RiskInput(
        in.postId(),
        in.inspectedAt(),
        PlateKeys.key(in.plate()),
        in.plateCountry(),
        in.vehicleType().name(),
        in.cargo(),
        in.origin(),
        in.destination(),
        travellers);
  }

  /**
   * A half-filled form: what is not typed yet or not readable yet is left out rather than refused,
   * because the officer is still typing; the time defaults to now.
   */
  public static RiskInput of(PostId postId, InspectionForm form, ZoneId zone, Instant now) {
    Instant at = now;
    try {
      at = LocalDateTime.parse(form.getInspectedAt().strip()).atZone(zone).toInstant();
    } catch (DateTimeParseException e) {
      // scored as of now
    }
    var travellers = new ArrayList<RiskInput.Traveller>();
    for (InspectionForm.PersonForm p : form.getPersons()) {
      String doc = blank(p.getDocumentNumber());
      String nameKey = NameKeys.key(p.getName() == null ? "" : p.getName());
      if (doc == null && nameKey.isEmpty()) {
        continue;
      }
      LocalDate born = null;
      try {
        born = blank(p.getBirthDate()) == null ? null : LocalDate.parse(p.getBirthDate().strip());
      } catch (DateTimeParseException e) {
        // not a date yet
      }
      travellers.add(
          new RiskInput.Traveller(
              doc == null ? null : doc.toUpperCase(Locale.ROOT), nameKey, born));
    }
    String plate = form.getPlate() == null ? "" : form.getPlate();
    String plateKey = "";
    try {
      plateKey = plate.isBlank() ? "" : PlateKeys.key(plate);
    } catch (IllegalArgumentException e) {
      // not a plate (yet): the plate rules stay silent
    }
    return new RiskInput(
        postId,
        at,
        plateKey,
        form.getPlateCountry() == null
            ? ""
            : form.getPlateCountry().strip().toUpperCase(Locale.ROOT),
        form.getVehicleType().name(),
        blank(form.getCargo()),
        blank(form.getOrigin()),
        blank(form.getDestination()),
        travellers);
  }

  private static @Nullable String blank(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
