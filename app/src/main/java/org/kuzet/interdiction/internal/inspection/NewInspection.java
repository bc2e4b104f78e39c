package org.kuzet.interdiction.internal.inspection;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.kuzet.interdiction.internal.post.PostId;
import org.kuzet.web.Countries;

/** An inspection as the officer logs it, before any check. */
public record NewInspection(
    PostId postId,
    Instant inspectedAt,
    String plate,
    String plateCountry,
    @Nullable String vehicleMake,
    VehicleType vehicleType,
    @Nullable String cargo,
    @Nullable String origin,
    @Nullable String destination,
    Direction direction,
    InspectionResult result,
    List<NewPerson> persons) {

  public NewInspection {
    Objects.requireNonNull(inspectedAt, "inspectedAt");
    Objects.requireNonNull(vehicleType, "vehicleType");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(result, "result");
    plate = plate == null ? "" : plate.strip();
    plateCountry =
        plateCountry == null ? "" : Countries.code(plateCountry).orElse(plateCountry.strip());
    vehicleMake = blank(vehicleMake);
    cargo = blank(cargo);
    origin = blank(origin);
    destination = blank(destination);
    persons = List.copyOf(persons);
  }

  private static @Nullable String blank(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
