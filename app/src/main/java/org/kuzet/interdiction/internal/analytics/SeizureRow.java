package org.kuzet.interdiction.internal.analytics;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.kuzet.interdiction.internal.post.PostId;

/**
 * One seizure with what the analytics and the UNODC reports need: no names of persons, only their
 * nationality and gender.
 */
public record SeizureRow(
    long id,
    Instant seizedAt,
    PostId postId,
    String postName,
    String regionIso,
    String regionName,
    String agency,
    String drugType,
    @Nullable String drugDetail,
    BigDecimal quantity,
    String unit,
    @Nullable BigDecimal purity,
    @Nullable String concealment,
    String transportMode,
    @Nullable String conveyance,
    String place,
    @Nullable String originCountry,
    @Nullable String originBasis,
    @Nullable String departureCountry,
    @Nullable String departureBasis,
    @Nullable String transitCountries,
    @Nullable String transitBasis,
    @Nullable String destinationCountry,
    @Nullable String destinationBasis,
    List<Arrested> arrested) {

  /** A person arrested, without the name. */
  public record Arrested(String nationality, String gender) {}

  public SeizureRow {
    arrested = List.copyOf(arrested);
  }

  /** The route as origin, transit and destination countries, "?" where not known. */
  public String route() {
    String transit =
        transitCountries == null || transitCountries.isBlank()
            ? ""
            : " > " + transitCountries.strip().replace(",", " > ");
    return (originCountry == null ? "?" : originCountry.strip())
        + transit
        + " > "
        + (destinationCountry == null ? "?" : destinationCountry.strip());
  }
}
