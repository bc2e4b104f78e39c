package org.kuzet.interdiction.internal.seizure;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.AgencyCode;
import org.kuzet.interdiction.LookoutId;
import org.kuzet.interdiction.SeizureId;
import org.kuzet.interdiction.internal.post.InspectionId;
import org.kuzet.interdiction.internal.post.PostId;

/** A recorded seizure (UNODC individual drug seizure fields). */
public record Seizure(
    SeizureId id,
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
    @Nullable String originBasis,
    @Nullable String departureCountry,
    @Nullable String departureBasis,
    @Nullable String transitCountries,
    @Nullable String transitBasis,
    @Nullable String destinationCountry,
    @Nullable String destinationBasis,
    String recordedBy,
    AgencyCode agency) {

  /** A person arrested with the seizure. */
  public record Arrested(
      long id, String name, String nationality, String gender, @Nullable LocalDate birthDate) {}

  /** A photo or file attached to the seizure (content read separately). */
  public record Attachment(
      long id,
      String filename,
      String contentType,
      long sizeBytes,
      String sha256,
      String uploadedBy,
      Instant uploadedAt) {}

  /**
   * One entry of the chain of custody: from {@code heldFrom} the evidence is with {@code holder}.
   */
  public record Custody(
      long id,
      int seq,
      String holder,
      String holderAgency,
      Instant heldFrom,
      @Nullable String handedBy,
      @Nullable String purpose,
      String recordedBy,
      Instant recordedAt,
      String prevHash,
      String hash) {}

  public record Page(
      Seizure seizure, List<Arrested> arrested, List<Attachment> files, List<Custody> custody) {}
}
