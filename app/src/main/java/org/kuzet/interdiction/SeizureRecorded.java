package org.kuzet.interdiction;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.AgencyCode;

/**
 * A drug seizure was recorded at a post. The results module keeps its seizure counts from these.
 *
 * @param seizureId the seizure's id
 * @param postCode the post's code, e.g. {@code CP-M39-MERKE}
 * @param postKind CHECKPOINT or CROSSING
 * @param regionIso ISO 3166-2 (legacy) code of the post's oblast
 * @param agency code of the agency that operates the post and made the seizure
 * @param drugType HEROIN, OPIUM, HASHISH, HERBAL_CANNABIS, SYNTHETIC, PRECURSORS or OTHER
 * @param quantity amount seized, in {@code unit}
 * @param unit KG, L or UNITS
 * @param seizedAt when
 * @param lookoutId the lookout the seizure followed, or null
 * @param personsArrested how many persons were arrested with it
 */
public record SeizureRecorded(
    SeizureId seizureId,
    String postCode,
    String postKind,
    String regionIso,
    AgencyCode agency,
    String drugType,
    BigDecimal quantity,
    String unit,
    Instant seizedAt,
    @Nullable LookoutId lookoutId,
    int personsArrested) {

  public SeizureRecorded {
    Objects.requireNonNull(seizureId, "seizureId");
    Objects.requireNonNull(postCode, "postCode");
    Objects.requireNonNull(postKind, "postKind");
    Objects.requireNonNull(drugType, "drugType");
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(seizedAt, "seizedAt");
    if (quantity.signum() <= 0) {
      throw new IllegalArgumentException("seized quantity must be positive: " + quantity);
    }
  }
}
