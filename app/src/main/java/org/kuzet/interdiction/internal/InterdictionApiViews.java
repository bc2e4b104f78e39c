package org.kuzet.interdiction.internal;

import com.fasterxml.jackson.annotation.JsonAlias;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.kuzet.interdiction.LookoutId;
import org.kuzet.interdiction.internal.inspection.Direction;
import org.kuzet.interdiction.internal.inspection.DocumentType;
import org.kuzet.interdiction.internal.inspection.Hit;
import org.kuzet.interdiction.internal.inspection.Inspection;
import org.kuzet.interdiction.internal.inspection.InspectionResult;
import org.kuzet.interdiction.internal.inspection.NewInspection;
import org.kuzet.interdiction.internal.inspection.NewPerson;
import org.kuzet.interdiction.internal.inspection.PersonRole;
import org.kuzet.interdiction.internal.inspection.VehicleType;
import org.kuzet.interdiction.internal.lookout.Lookout;
import org.kuzet.interdiction.internal.lookout.LookoutIssuing;
import org.kuzet.interdiction.internal.lookout.LookoutScope;
import org.kuzet.interdiction.internal.lookout.LookoutSubject;
import org.kuzet.interdiction.internal.post.InspectionId;
import org.kuzet.interdiction.internal.post.Post;
import org.kuzet.interdiction.internal.post.PostId;
import org.kuzet.interdiction.internal.post.PostKind;
import org.kuzet.interdiction.internal.seizure.Basis;
import org.kuzet.interdiction.internal.seizure.DrugType;
import org.kuzet.interdiction.internal.seizure.NewSeizure;
import org.kuzet.interdiction.internal.seizure.QuantityUnit;
import org.kuzet.interdiction.internal.seizure.Seizure;
import org.kuzet.interdiction.internal.seizure.TransportMode;
import org.kuzet.interdiction.internal.targeting.RiskScore;
import org.kuzet.web.FormInput;
import org.kuzet.web.Refusal;

/**
 * The interdiction API's documents: what a caller sends and what it gets back. Times are instants
 * (ISO 8601, UTC, e.g. {@code 2026-12-07T09:45:00Z}); a request may give any offset.
 */
public final class InterdictionApiViews {

  private InterdictionApiViews() {}

  record PostView(
      long id,
      String code,
      String name,
      PostKind kind,
      String agency,
      String section,
      String region,
      double latitude,
      double longitude) {
    static PostView of(Post p) {
      return new PostView(
          p.id().value(),
          p.code(),
          p.name(),
          p.kind(),
          p.agency().value(),
          p.section(),
          p.regionIso(),
          p.latitude(),
          p.longitude());
    }
  }

  @Schema(description = "A person in the vehicle, as read from the document or typed.")
  public record PersonRequest(
      @Schema(
              description = "DRIVER or PASSENGER; one driver per vehicle",
              requiredMode = Schema.RequiredMode.REQUIRED)
          @Nullable PersonRole role,
      @Schema(
              description = "the name as written on the document, in any script",
              example = "Жаксылыков Ерлан",
              requiredMode = Schema.RequiredMode.REQUIRED)
          @Nullable String name,
      @Schema(description = "default PASSPORT when a document number is given, NONE otherwise")
          @Nullable DocumentType documentType,
      @Schema(description = "document number (also accepted as 'document')", example = "N12345678")
          @JsonAlias("document")
          @Nullable String documentNumber,
      @Schema(description = "ICAO code of the issuing state", example = "KAZ")
          @Nullable String documentCountry,
      @Schema(example = "1985-11-03") @Nullable LocalDate birthDate,
      @Schema(description = "ICAO three-letter code", example = "KAZ") @Nullable String nationality,
      @Schema(description = "M, F or X") @Nullable String sex,
      @Schema(description = "the document's expiry date", example = "2031-05-20")
          @Nullable LocalDate documentExpiry) {}

  @Schema(description = "An inspection as a post's device logs it: the form's fields.")
  public record InspectionRequest(
      @Schema(
              description = "the post's id (GET /api/interdiction/posts)",
              example = "1001",
              requiredMode = Schema.RequiredMode.REQUIRED)
          @Nullable Long post,
      @Schema(
              description = "when the vehicle was stopped, with its offset; default now",
              example = "2026-12-07T14:45:00+05:00")
          @Nullable OffsetDateTime inspectedAt,
      @Schema(example = "123ABC02", requiredMode = Schema.RequiredMode.REQUIRED)
          @Nullable String plate,
      @Schema(
              description =
                  "country: ISO alpha-3, alpha-2 or ICAO code, or its name; stored as alpha-3; default KAZ",
              example = "KAZ")
          @Nullable String plateCountry,
      @Nullable String vehicleMake,
      @Schema(description = "default CAR") @Nullable VehicleType vehicleType,
      @Nullable String cargo,
      @Nullable String origin,
      @Nullable String destination,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable Direction direction,
      @Schema(description = "default CLEARED") @Nullable InspectionResult result,
      @Schema(
              description =
                  "true to log a second inspection of the same plate at the post in the same minute")
          @Nullable Boolean confirmDuplicate,
      @Nullable List<PersonRequest> persons) {

    /** The command the page also builds; missing required fields are refused together. */
    NewInspection toCommand(Instant now) {
      var problems = new ArrayList<Refusal.Problem>();
      if (post == null) {
        problems.add(Refusal.Problem.of("post", "error.value.missing"));
      }
      if (direction == null) {
        problems.add(Refusal.Problem.of("direction", "error.value.missing"));
      }
      var people = new ArrayList<NewPerson>();
      List<PersonRequest> given = persons == null ? List.of() : persons;
      for (int i = 0; i < given.size(); i++) {
        PersonRequest p = given.get(i);
        if (p == null || p.role() == null) {
          problems.add(Refusal.Problem.of("persons[" + i + "].role", "error.value.missing"));
          continue;
        }
        DocumentType type =
            p.documentType() != null
                ? p.documentType()
                : p.documentNumber() == null || p.documentNumber().isBlank()
                    ? DocumentType.NONE
                    : DocumentType.PASSPORT;
        people.add(
            new NewPerson(
                p.role(),
                p.name() == null ? "" : p.name(),
                type,
                p.documentNumber(),
                p.documentCountry(),
                p.birthDate(),
                p.nationality(),
                p.sex(),
                false,
                p.documentExpiry()));
      }
      if (!problems.isEmpty()) {
        throw new Refusal(problems);
      }
      return new NewInspection(
          new PostId(FormInput.checked(post)),
          inspectedAt == null ? now : inspectedAt.toInstant(),
          plate == null ? "" : plate,
          plateCountry == null ? "KAZ" : plateCountry,
          vehicleMake,
          vehicleType == null ? VehicleType.CAR : vehicleType,
          cargo,
          origin,
          destination,
          FormInput.checked(direction),
          result == null ? InspectionResult.CLEARED : result,
          people);
    }
  }

  @Schema(
      description =
          "What a check found: a watchlist entry a person matched, or an active lookout the vehicle or a person matched.")
  record HitView(
      long id,
      @Schema(description = "WATCHLIST or LOOKOUT") String kind,
      @Schema(description = "index of the person in the request's persons; null for the vehicle")
          @Nullable Integer person,
      @Schema(description = "the watchlist, for WATCHLIST hits", example = "UN")
          @Nullable String list,
      @Schema(description = "the watchlist entry's id, or the lookout's id")
          @Nullable String entryId,
      @Nullable String matchedName,
      @Schema(description = "0-100; lookouts always 100") int score,
      String explanation,
      @Nullable Long lookout,
      @Schema(description = "LOGGING (at the post) or RESCREEN (after a list changed)")
          String foundBy,
      Instant foundAt) {

    static HitView of(Hit h, Map<Long, Integer> personIndex) {
      return new HitView(
          h.id(),
          h.kind(),
          h.personId() == null ? null : personIndex.get(h.personId()),
          h.listName(),
          h.entryId(),
          h.matchedName(),
          h.score(),
          h.explanation(),
          LookoutId.numberOf(h.lookoutId()),
          h.foundBy(),
          h.foundAt());
    }
  }

  record RuleView(String code, String description, int weight, String detail) {}

  @Schema(
      description =
          "The vehicle's risk score when it was logged, and the targeting rules that fired.")
  record RiskView(int score, int rulesVersion, List<RuleView> rules) {
    static @Nullable RiskView of(Optional<RiskScore> stored) {
      return stored
          .map(
              r ->
                  new RiskView(
                      r.score(),
                      r.version(),
                      r.fired().stream()
                          .map(f -> new RuleView(f.code(), f.description(), f.weight(), f.detail()))
                          .toList()))
          .orElse(null);
    }
  }

  @Schema(description = "The inspection just logged, with everything the checks found.")
  record Logged(
      long id,
      @Schema(description = "false when no watchlist was available to screen against")
          boolean screened,
      @Nullable Long duplicateOf,
      List<HitView> hits,
      @Nullable RiskView risk) {}

  record PersonView(
      long id,
      int index,
      PersonRole role,
      String name,
      DocumentType documentType,
      @Nullable String documentNumber,
      @Nullable String documentCountry,
      @Nullable LocalDate birthDate,
      @Nullable String nationality,
      @Nullable String sex,
      boolean fromMrz,
      @Nullable LocalDate documentExpiry) {}

  record VehicleView(String plate, String plateCountry, @Nullable String make, VehicleType type) {}

  record InspectionSummary(
      long id,
      long post,
      Instant inspectedAt,
      VehicleView vehicle,
      Direction direction,
      InspectionResult result,
      int personCount,
      int hitCount,
      String officer) {
    static InspectionSummary of(Inspection i) {
      return new InspectionSummary(
          i.id().value(),
          i.postId().value(),
          i.inspectedAt(),
          vehicleOf(i),
          i.direction(),
          i.result(),
          i.personCount(),
          i.hitCount(),
          i.officer());
    }
  }

  static VehicleView vehicleOf(Inspection i) {
    return new VehicleView(i.plate(), i.plateCountry(), i.vehicleMake(), i.vehicleType());
  }

  record InspectionView(
      long id,
      long post,
      Instant inspectedAt,
      VehicleView vehicle,
      @Nullable String cargo,
      @Nullable String origin,
      @Nullable String destination,
      Direction direction,
      InspectionResult result,
      @Nullable Long duplicateOf,
      boolean screened,
      String officer,
      String agency,
      List<PersonView> persons,
      List<HitView> hits,
      @Nullable RiskView risk) {

    static InspectionView of(Inspection i, Optional<RiskScore> risk) {
      var index = personIndex(i);
      var persons = new ArrayList<PersonView>();
      for (var p : i.persons()) {
        persons.add(
            new PersonView(
                p.id(),
                Objects.requireNonNull(index.get(p.id()), "every person is indexed"),
                p.role(),
                p.name(),
                p.documentType(),
                p.documentNumber(),
                p.documentCountry(),
                p.birthDate(),
                p.nationality(),
                p.sex(),
                p.fromMrz(),
                p.documentExpiry()));
      }
      return new InspectionView(
          i.id().value(),
          i.postId().value(),
          i.inspectedAt(),
          vehicleOf(i),
          i.cargo(),
          i.origin(),
          i.destination(),
          i.direction(),
          i.result(),
          InspectionId.numberOf(i.duplicateOf()),
          i.screened(),
          i.officer(),
          i.agency().value(),
          persons,
          i.hits().stream().map(h -> HitView.of(h, index)).toList(),
          RiskView.of(risk));
    }
  }

  /** Person id to its place in the inspection, in the order the persons were logged. */
  static Map<Long, Integer> personIndex(Inspection i) {
    var index = new HashMap<Long, Integer>();
    for (int n = 0; n < i.persons().size(); n++) {
      index.put(i.persons().get(n).id(), n);
    }
    return index;
  }

  // ---- seizures --------------------------------------------------------------------------

  record ArrestRequest(
      @Nullable String name,
      @Nullable String nationality,
      @Nullable String gender,
      @Nullable LocalDate birthDate) {}

  @Schema(description = "A seizure in the fields of UNODC's individual drug seizure report.")
  record SeizureRequest(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "1001") @Nullable Long post,
      @Nullable Long inspection,
      @Nullable Long lookout,
      @Schema(description = "default now", example = "2026-12-07T14:50:00+05:00")
          @Nullable OffsetDateTime seizedAt,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable DrugType drugType,
      @Nullable String drugDetail,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "12.5")
          @Nullable BigDecimal quantity,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable QuantityUnit unit,
      @Nullable BigDecimal purityPercent,
      @Nullable String concealment,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable TransportMode transportMode,
      @Nullable String conveyance,
      @Nullable String place,
      @Nullable String originCountry,
      @Nullable Basis originBasis,
      @Nullable String departureCountry,
      @Nullable Basis departureBasis,
      @Nullable List<String> transitCountries,
      @Nullable Basis transitBasis,
      @Nullable String destinationCountry,
      @Nullable Basis destinationBasis,
      @Nullable List<ArrestRequest> arrests) {

    NewSeizure toCommand(Instant now, String defaultPlace) {
      var problems = new ArrayList<Refusal.Problem>();
      require(problems, "post", post);
      require(problems, "drugType", drugType);
      require(problems, "quantity", quantity);
      require(problems, "unit", unit);
      require(problems, "transportMode", transportMode);
      if (!problems.isEmpty()) {
        throw new Refusal(problems);
      }
      return new NewSeizure(
          new PostId(FormInput.checked(post)),
          InspectionId.ofNullable(inspection),
          LookoutId.ofNullable(lookout),
          seizedAt == null ? now : seizedAt.toInstant(),
          FormInput.checked(drugType),
          drugDetail,
          FormInput.checked(quantity),
          FormInput.checked(unit),
          purityPercent,
          concealment,
          FormInput.checked(transportMode),
          conveyance,
          place == null || place.isBlank() ? defaultPlace : place,
          originCountry,
          originBasis,
          departureCountry,
          departureBasis,
          transitCountries == null ? List.of() : transitCountries,
          transitBasis,
          destinationCountry,
          destinationBasis,
          arrests == null
              ? List.of()
              : arrests.stream()
                  .map(
                      a ->
                          new NewSeizure.Arrest(
                              a.name(), a.nationality(), a.gender(), a.birthDate()))
                  .toList());
    }
  }

  static void require(List<Refusal.Problem> problems, String field, @Nullable Object value) {
    if (value == null) {
      problems.add(Refusal.Problem.of(field, "error.value.missing"));
    }
  }

  record SeizureSummary(
      long id,
      long post,
      @Nullable Long inspection,
      @Nullable Long lookout,
      Instant seizedAt,
      DrugType drugType,
      BigDecimal quantity,
      QuantityUnit unit,
      TransportMode transportMode,
      String place,
      String recordedBy) {
    static SeizureSummary of(Seizure s) {
      return new SeizureSummary(
          s.id().value(),
          s.postId().value(),
          InspectionId.numberOf(s.inspectionId()),
          LookoutId.numberOf(s.lookoutId()),
          s.seizedAt(),
          s.drugType(),
          s.quantity(),
          s.unit(),
          s.transportMode(),
          s.place(),
          s.recordedBy());
    }
  }

  record CustodyView(
      long id,
      int seq,
      String holder,
      String holderAgency,
      Instant heldFrom,
      @Nullable String handedBy,
      @Nullable String purpose,
      String recordedBy,
      Instant recordedAt,
      String hash) {
    static CustodyView of(Seizure.Custody c) {
      return new CustodyView(
          c.id(),
          c.seq(),
          c.holder(),
          c.holderAgency(),
          c.heldFrom(),
          c.handedBy(),
          c.purpose(),
          c.recordedBy(),
          c.recordedAt(),
          c.hash());
    }
  }

  record FileView(
      long id,
      String filename,
      String contentType,
      long sizeBytes,
      String sha256,
      Instant uploadedAt) {}

  record SeizureView(
      Seizure seizure,
      List<Seizure.Arrested> arrested,
      List<FileView> files,
      List<CustodyView> custody,
      boolean custodyIntact) {}

  @Schema(description = "The evidence handed to a new holder.")
  record CustodyRequest(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Evidence room, Shymkent")
          @Nullable String holder,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "CDC_MOI")
          @Nullable String holderAgency,
      @Schema(description = "default now") @Nullable OffsetDateTime at,
      @Nullable String purpose) {}

  // ---- lookouts --------------------------------------------------------------------------

  @Schema(description = "A lookout to the posts for a vehicle or a person.")
  record LookoutRequest(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable LookoutSubject subject,
      @Schema(description = "for a VEHICLE lookout", example = "777KZA02") @Nullable String plate,
      @Nullable String personName,
      @Nullable LocalDate birthDate,
      @Nullable String documentNumber,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String reason,
      @Schema(description = "ALL, REGION or POSTS; default ALL") @Nullable LookoutScope scope,
      @Nullable String regionIso,
      @Nullable List<Long> postIds,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2027-01-07T00:00:00+05:00")
          @Nullable OffsetDateTime expiresAt) {

    LookoutIssuing.Request toCommand() {
      var problems = new ArrayList<Refusal.Problem>();
      require(problems, "subject", subject);
      require(problems, "expiresAt", expiresAt);
      if (!problems.isEmpty()) {
        throw new Refusal(problems);
      }
      return new LookoutIssuing.Request(
          FormInput.checked(subject),
          plate,
          personName,
          birthDate,
          documentNumber,
          reason == null ? "" : reason,
          scope == null ? LookoutScope.ALL : scope,
          regionIso,
          postIds == null
              ? Set.of()
              : postIds.stream().map(PostId::new).collect(Collectors.toSet()),
          FormInput.checked(expiresAt).toInstant());
    }
  }

  record LookoutView(
      long id,
      LookoutSubject subject,
      @Nullable String plate,
      @Nullable String personName,
      @Nullable LocalDate birthDate,
      @Nullable String documentNumber,
      String reason,
      LookoutScope scope,
      @Nullable String regionIso,
      List<Long> postIds,
      String issuedBy,
      String issuerAgency,
      Instant issuedAt,
      Instant expiresAt,
      @Nullable Instant closedAt) {
    static LookoutView of(Lookout l) {
      return new LookoutView(
          l.id().value(),
          l.subject(),
          l.plate(),
          l.personName(),
          l.birthDate(),
          l.documentNumber(),
          l.reason(),
          l.scope(),
          l.regionIso(),
          l.postIds().stream().map(PostId::value).sorted().toList(),
          l.issuedBy(),
          l.issuerAgency().value(),
          l.issuedAt(),
          l.expiresAt(),
          l.cancelledAt());
    }
  }

  record LookoutHitView(
      long id,
      long inspection,
      @Nullable Long person,
      int score,
      String explanation,
      Instant foundAt) {
    static LookoutHitView of(Hit h) {
      return new LookoutHitView(
          h.id(), h.inspectionId().value(), h.personId(), h.score(), h.explanation(), h.foundAt());
    }
  }

  /** The id of what was created. */
  record Created(long id) {}
}
