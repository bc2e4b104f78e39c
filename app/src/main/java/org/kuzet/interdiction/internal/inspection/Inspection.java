package org.kuzet.interdiction.internal.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.AgencyCode;
import org.kuzet.interdiction.internal.post.InspectionId;
import org.kuzet.interdiction.internal.post.PostId;

/** A logged inspection, with its persons and hits. */
public record Inspection(
    InspectionId id,
    PostId postId,
    Instant inspectedAt,
    String plate,
    String plateKey,
    String plateCountry,
    @Nullable String vehicleMake,
    VehicleType vehicleType,
    @Nullable String cargo,
    @Nullable String origin,
    @Nullable String destination,
    Direction direction,
    InspectionResult result,
    int personCount,
    int hitCount,
    @Nullable InspectionId duplicateOf,
    boolean screened,
    String officer,
    AgencyCode agency,
    List<Person> persons,
    List<Hit> hits) {

  /** A driver or passenger as recorded. */
  public record Person(
      long id,
      PersonRole role,
      String name,
      DocumentType documentType,
      @Nullable String documentNumber,
      @Nullable String documentCountry,
      @Nullable LocalDate birthDate,
      @Nullable String nationality,
      @Nullable String sex,
      boolean fromMrz,
      @Nullable LocalDate documentExpiry) {

    /** The document had expired when the person was inspected on {@code day}. */
    public boolean expiredOn(LocalDate day) {
      return DocumentValidity.expiredOn(documentExpiry, day);
    }

    /** The document expired within 90 days of {@code day}. */
    public boolean expiresSoonAfter(LocalDate day) {
      return DocumentValidity.expiresSoonAfter(documentExpiry, day);
    }
  }

  public List<Hit> hitsOf(long personId) {
    return hits.stream().filter(h -> h.personId() != null && h.personId() == personId).toList();
  }

  public List<Hit> vehicleHits() {
    return hits.stream().filter(h -> h.personId() == null).toList();
  }
}
