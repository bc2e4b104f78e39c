package org.kuzet.interdiction.internal.seizure;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.kuzet.interdiction.LookoutId;
import org.kuzet.interdiction.internal.post.InspectionId;
import org.kuzet.interdiction.internal.post.PostId;
import org.kuzet.web.Countries;

/**
 * A seizure as the officer records it, in the fields of UNODC's individual drug seizure report.
 *
 * @param transitCountries ISO 3166 two-letter codes, in route order
 */
public record NewSeizure(
    PostId postId,
    @Nullable InspectionId inspectionId,
    @Nullable LookoutId lookoutId,
    Instant seizedAt,
    DrugType drugType,
    @Nullable String drugDetail,
    BigDecimal quantity,
    QuantityUnit unit,
    @Nullable BigDecimal purityPercent,
    @Nullable String concealment,
    TransportMode transportMode,
    @Nullable String conveyance,
    String place,
    @Nullable String originCountry,
    @Nullable Basis originBasis,
    @Nullable String departureCountry,
    @Nullable Basis departureBasis,
    List<String> transitCountries,
    @Nullable Basis transitBasis,
    @Nullable String destinationCountry,
    @Nullable Basis destinationBasis,
    List<Arrest> arrests) {

  /** A person arrested with the seizure. */
  public record Arrest(
      String name, String nationality, String gender, java.time.@Nullable LocalDate birthDate) {
    /** A missing name, nationality or gender reads as empty (the rules then refuse it). */
    public Arrest(
        @Nullable String name,
        @Nullable String nationality,
        @Nullable String gender,
        java.time.@Nullable LocalDate birthDate) {
      this.name = name == null ? "" : name.strip();
      this.nationality =
          nationality == null ? "" : Countries.code(nationality).orElse(nationality.strip());
      this.gender = gender == null ? "" : gender.strip().toUpperCase(Locale.ROOT);
      this.birthDate = birthDate;
    }
  }

  public NewSeizure {
    Objects.requireNonNull(seizedAt, "seizedAt");
    Objects.requireNonNull(drugType, "drugType");
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(transportMode, "transportMode");
    place = place == null ? "" : place.strip();
    originCountry = code(originCountry);
    departureCountry = code(departureCountry);
    destinationCountry = code(destinationCountry);
    transitCountries =
        transitCountries.stream().map(NewSeizure::code).filter(Objects::nonNull).toList();
    arrests = List.copyOf(arrests);
  }

  /**
   * The stored country code for what was typed; text naming no country is kept for the rules to
   * refuse.
   */
  private static @Nullable String code(@Nullable String s) {
    return s == null || s.isBlank() ? null : Countries.code(s).orElse(s.strip());
  }
}
