package org.kuzet.interdiction.internal.targeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.kuzet.interdiction.internal.post.PostId;

/**
 * What the officer has typed so far about a vehicle: enough to score it.
 *
 * @param plateKey the normalised plate (look-alike letters folded), empty when not typed yet
 */
public record RiskInput(
    PostId postId,
    Instant at,
    String plateKey,
    String plateCountry,
    String vehicleType,
    @Nullable String cargo,
    @Nullable String origin,
    @Nullable String destination,
    List<Traveller> travellers) {

  /** A traveller as far as scoring needs: document number, name key, birth date. */
  public record Traveller(
      @Nullable String documentNumber, String nameKey, @Nullable LocalDate birthDate) {}

  public RiskInput {
    travellers = List.copyOf(travellers);
  }
}
