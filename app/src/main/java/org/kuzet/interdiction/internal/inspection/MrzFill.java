package org.kuzet.interdiction.internal.inspection;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.kuzet.interdiction.mrz.MrzFormatException;
import org.kuzet.interdiction.mrz.MrzParser;
import org.kuzet.interdiction.mrz.MrzProblem;
import org.kuzet.interdiction.mrz.MrzReading;

/** Fills a person slot of the inspection form from the document's machine-readable zone. */
public final class MrzFill {

  private MrzFill() {}

  /** The outcome for the form: problems (check digits, dates) or a format error, if any. */
  public record Result(
      List<MrzProblem> problems, String formatError, java.time.@Nullable LocalDate expires) {
    public boolean ok() {
      return problems.isEmpty() && formatError.isEmpty();
    }

    /** True when the document had expired by {@code on}. */
    public boolean expiredOn(LocalDate on) {
      return DocumentValidity.expiredOn(expires, on);
    }

    /** True when the document is still valid on {@code on} but expires within 90 days. */
    public boolean expiresSoonAfter(LocalDate on) {
      return DocumentValidity.expiresSoonAfter(expires, on);
    }
  }

  static Result fill(InspectionForm.PersonForm p, LocalDate today) {
    MrzReading r;
    try {
      r = new MrzParser(today).parse(p.getMrz());
    } catch (MrzFormatException e) {
      return new Result(List.of(), e.getMessage(), null);
    }
    p.setName(r.fullName());
    p.setDocumentType(
        r.documentCode().startsWith("P") ? DocumentType.PASSPORT : DocumentType.ID_CARD);
    p.setDocumentNumber(r.documentNumber());
    p.setDocumentCountry(r.issuingState());
    p.setNationality(r.nationality());
    p.setBirthDate(r.birthDate() == null ? "" : r.birthDate().toString());
    p.setSex(r.sex());
    p.setDocumentExpiry(r.expiryDate() == null ? "" : r.expiryDate().toString());
    p.setFromMrz(r.valid());
    return new Result(r.problems(), "", r.expiryDate());
  }
}
