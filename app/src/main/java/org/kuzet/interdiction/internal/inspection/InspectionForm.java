package org.kuzet.interdiction.internal.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.kuzet.interdiction.internal.post.PostId;
import org.kuzet.web.FormInput;
import org.kuzet.web.Refusal;
import org.kuzet.web.Refusal.Problem;

/**
 * The inspection form as the officer fills it in. Dates stay text until {@link #toCommand} reads
 * them, so a mistyped date comes back with its field named rather than as a binding error.
 */
public class InspectionForm {

  private String inspectedAt = "";
  private String plate = "";
  private String plateCountry = "KZ";
  private String vehicleMake = "";
  private VehicleType vehicleType = VehicleType.CAR;
  private String cargo = "";
  private String origin = "";
  private String destination = "";
  private Direction direction = Direction.NORTH;
  private InspectionResult result = InspectionResult.CLEARED;
  private boolean confirmDuplicate;
  private List<PersonForm> persons = new ArrayList<>();

  /** One driver or passenger slot of the form. */
  public static class PersonForm {
    private PersonRole role = PersonRole.PASSENGER;
    private String name = "";
    private DocumentType documentType = DocumentType.PASSPORT;
    private String documentNumber = "";
    private String documentCountry = "";
    private String birthDate = "";
    private String documentExpiry = "";
    private String nationality = "";
    private String sex = "";
    private String mrz = "";
    private boolean fromMrz;

    public PersonRole getRole() {
      return role;
    }

    public void setRole(PersonRole role) {
      this.role = role;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public DocumentType getDocumentType() {
      return documentType;
    }

    public void setDocumentType(DocumentType documentType) {
      this.documentType = documentType;
    }

    public String getDocumentNumber() {
      return documentNumber;
    }

    public void setDocumentNumber(String documentNumber) {
      this.documentNumber = documentNumber;
    }

    public String getDocumentCountry() {
      return documentCountry;
    }

    public void setDocumentCountry(String documentCountry) {
      this.documentCountry = documentCountry;
    }

    public String getBirthDate() {
      return birthDate;
    }

    public void setBirthDate(String birthDate) {
      this.birthDate = birthDate;
    }

    public String getDocumentExpiry() {
      return documentExpiry;
    }

    public void setDocumentExpiry(String documentExpiry) {
      this.documentExpiry = documentExpiry == null ? "" : documentExpiry;
    }

    public String getNationality() {
      return nationality;
    }

    public void setNationality(String nationality) {
      this.nationality = nationality;
    }

    public String getSex() {
      return sex;
    }

    public void setSex(String sex) {
      this.sex = sex;
    }

    public String getMrz() {
      return mrz;
    }

    public void setMrz(String mrz) {
      this.mrz = mrz;
    }

    public boolean isFromMrz() {
      return fromMrz;
    }

    public void setFromMrz(boolean fromMrz) {
      this.fromMrz = fromMrz;
    }

    boolean blank() {
      return name.isBlank() && documentNumber.isBlank() && mrz.isBlank();
    }

    /** The document's expiry date as read or typed; null when blank or not a date. */
    public @Nullable LocalDate expiry() {
      try {
        return documentExpiry.isBlank() ? null : LocalDate.parse(documentExpiry.strip());
      } catch (DateTimeParseException e) {
        return null;
      }
    }

    /** For the form's warning: the document had expired by {@code on}. */
    public boolean expiredOn(LocalDate on) {
      return DocumentValidity.expiredOn(expiry(), on);
    }

    /** For the form's warning: the document expires within 90 days of {@code on}. */
    public boolean expiresSoonAfter(LocalDate on) {
      return DocumentValidity.expiresSoonAfter(expiry(), on);
    }
  }

  /** A fresh form: now, a driver and two passenger slots. */
  static InspectionForm blank(ZoneId zone) {
    var f = new InspectionForm();
    f.inspectedAt = LocalDateTime.now(zone).withSecond(0).withNano(0).toString();
    var driver = new PersonForm();
    driver.setRole(PersonRole.DRIVER);
    f.persons.add(driver);
    f.persons.add(new PersonForm());
    f.persons.add(new PersonForm());
    return f;
  }

  /** The command to log, reading dates in the officer's zone; blank person slots are skipped. */
  NewInspection toCommand(PostId postId, ZoneId zone) {
    var problems = new ArrayList<Refusal.Problem>();
    Instant at = null;
    try {
      at = LocalDateTime.parse(inspectedAt.strip()).atZone(zone).toInstant();
    } catch (DateTimeParseException e) {
      problems.add(
          inspectedAt == null || inspectedAt.isBlank()
              ? Problem.of("inspectedAt", "interdiction.refusal.required")
              : Problem.of("inspectedAt", "interdiction.refusal.dateTime", inspectedAt.strip()));
    }
    var people = new ArrayList<NewPerson>();
    for (int i = 0; i < persons.size(); i++) {
      PersonForm p = persons.get(i);
      if (p.blank()) {
        continue;
      }
      LocalDate born = null;
      if (!p.birthDate.isBlank()) {
        try {
          born = LocalDate.parse(p.birthDate.strip());
        } catch (DateTimeParseException e) {
          problems.add(
              Problem.of(
                  "persons[" + i + "].birthDate",
                  "interdiction.refusal.date",
                  String.valueOf(p.birthDate)));
        }
      }
      LocalDate expires = null;
      if (!p.documentExpiry.isBlank()) {
        expires = p.expiry();
        if (expires == null) {
          problems.add(
              Problem.of(
                  "persons[" + i + "].documentExpiry",
                  "interdiction.refusal.date",
                  p.documentExpiry));
        }
      }
      people.add(
          new NewPerson(
              p.role,
              p.name,
              p.documentType,
              p.documentNumber,
              p.documentCountry,
              born,
              p.nationality,
              p.sex,
              p.fromMrz,
              expires));
    }
    if (!problems.isEmpty()) {
      throw new Refusal(problems);
    }
    return new NewInspection(
        postId,
        FormInput.checked(at),
        plate,
        plateCountry,
        vehicleMake,
        vehicleType,
        cargo,
        origin,
        destination,
        direction,
        result,
        people);
  }

  public String getInspectedAt() {
    return inspectedAt;
  }

  public void setInspectedAt(String inspectedAt) {
    this.inspectedAt = inspectedAt;
  }

  public String getPlate() {
    return plate;
  }

  public void setPlate(String plate) {
    this.plate = plate;
  }

  public String getPlateCountry() {
    return plateCountry;
  }

  public void setPlateCountry(String plateCountry) {
    this.plateCountry = plateCountry;
  }

  public String getVehicleMake() {
    return vehicleMake;
  }

  public void setVehicleMake(String vehicleMake) {
    this.vehicleMake = vehicleMake;
  }

  public VehicleType getVehicleType() {
    return vehicleType;
  }

  public void setVehicleType(VehicleType vehicleType) {
    this.vehicleType = vehicleType;
  }

  public String getCargo() {
    return cargo;
  }

  public void setCargo(String cargo) {
    this.cargo = cargo;
  }

  public String getOrigin() {
    return origin;
  }

  public void setOrigin(String origin) {
    this.origin = origin;
  }

  public String getDestination() {
    return destination;
  }

  public void setDestination(String destination) {
    this.destination = destination;
  }

  public Direction getDirection() {
    return direction;
  }

  public void setDirection(Direction direction) {
    this.direction = direction;
  }

  public InspectionResult getResult() {
    return result;
  }

  public void setResult(InspectionResult result) {
    this.result = result;
  }

  public boolean isConfirmDuplicate() {
    return confirmDuplicate;
  }

  public void setConfirmDuplicate(boolean confirmDuplicate) {
    this.confirmDuplicate = confirmDuplicate;
  }

  public List<PersonForm> getPersons() {
    return persons;
  }

  public void setPersons(List<PersonForm> persons) {
    this.persons = persons;
  }
}
