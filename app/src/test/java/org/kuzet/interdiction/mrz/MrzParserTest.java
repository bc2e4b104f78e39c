package org.kuzet.interdiction.mrz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The specimen zones printed in ICAO Doc 9303 (Utopia, Anna Maria Eriksson) and broken copies. */
class MrzParserTest {

  static final String TD3_SPECIMEN =
      "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
          + "L898902C36UTO7408122F1204159ZE184226B<<<<<10";

  static final String TD1_SPECIMEN =
      "I<UTOD231458907<<<<<<<<<<<<<<<\n"
          + "7408122F1204159UTO<<<<<<<<<<<6\n"
          + "ERIKSSON<<ANNA<MARIA<<<<<<<<<<";

  final MrzParser parser = new MrzParser(LocalDate.of(2009, 1, 20));

  @Test
  void readsThePassportSpecimen() {
    MrzReading r = parser.parse(TD3_SPECIMEN);
    assertThat(r.problems()).isEmpty();
    assertThat(r.format()).isEqualTo(MrzFormat.TD3);
    assertThat(r.documentCode()).isEqualTo("P");
    assertThat(r.issuingState()).isEqualTo("UTO");
    assertThat(r.surname()).isEqualTo("ERIKSSON");
    assertThat(r.givenNames()).isEqualTo("ANNA MARIA");
    assertThat(r.fullName()).isEqualTo("ANNA MARIA ERIKSSON");
    assertThat(r.documentNumber()).isEqualTo("L898902C3");
    assertThat(r.nationality()).isEqualTo("UTO");
    assertThat(r.birthDate()).isEqualTo(LocalDate.of(1974, 8, 12));
    assertThat(r.sex()).isEqualTo("F");
    assertThat(r.expiryDate()).isEqualTo(LocalDate.of(2012, 4, 15));
    assertThat(r.optionalData()).isEqualTo("ZE184226B");
  }

  @Test
  void readsTheIdentityCardSpecimen() {
    MrzReading r = parser.parse(TD1_SPECIMEN);
    assertThat(r.problems()).isEmpty();
    assertThat(r.format()).isEqualTo(MrzFormat.TD1);
    assertThat(r.documentCode()).isEqualTo("I");
    assertThat(r.documentNumber()).isEqualTo("D23145890");
    assertThat(r.surname()).isEqualTo("ERIKSSON");
    assertThat(r.givenNames()).isEqualTo("ANNA MARIA");
    assertThat(r.birthDate()).isEqualTo(LocalDate.of(1974, 8, 12));
    assertThat(r.expiryDate()).isEqualTo(LocalDate.of(2012, 4, 15));
    assertThat(r.nationality()).isEqualTo("UTO");
  }

  @Test
  void checkDigitsOfTheSpecimenFields() {
    assertThat(MrzParser.checkDigit("L898902C3")).isEqualTo(6);
    assertThat(MrzParser.checkDigit("740812")).isEqualTo(2);
    assertThat(MrzParser.checkDigit("120415")).isEqualTo(9);
    assertThat(MrzParser.checkDigit("ZE184226B<<<<<")).isEqualTo(1);
    assertThat(MrzParser.checkDigit("D23145890")).isEqualTo(7);
  }

  @Test
  void acceptsLowerCaseSpacesAndOneRunFromAScanner() {
    String oneRun = TD3_SPECIMEN.replace("\n", "").toLowerCase();
    assertThat(parser.parse(oneRun).valid()).isTrue();
    assertThat(parser.parse("  " + TD1_SPECIMEN.replace("\n", "\r\n") + "\n").valid()).isTrue();
  }

  @Test
  void aWrongDocumentNumberDigitIsNamedWithItsPlace() {
    // The document number's check digit changed from 6 to 5 (line 2, column 10).
    String broken = TD3_SPECIMEN.replace("L898902C36", "L898902C35");
    MrzReading r = parser.parse(broken);
    assertThat(r.valid()).isFalse();
    MrzProblem p = r.problemWith("documentNumber");
    assertThat(p).isNotNull();
    assertThat(p.line()).isEqualTo(2);
    assertThat(p.column()).isEqualTo(10);
    assertThat(p.message()).contains("document number").contains("is 5").contains("gives 6");
    // The composite digit covers the changed character too.
    assertThat(r.problemWith("composite")).isNotNull();
    assertThat(r.problemWith("birthDate")).isNull();
  }

  @Test
  void aMistypedBirthDateFailsItsOwnCheckDigit() {
    // 740812 typed as 740813: the birth date's check digit 2 no longer fits.
    MrzReading r = parser.parse(TD3_SPECIMEN.replace("7408122F", "7408132F"));
    assertThat(r.problemWith("birthDate")).isNotNull();
    assertThat(r.problemWith("birthDate").column()).isEqualTo(20);
    assertThat(r.problemWith("documentNumber")).isNull();
  }

  @Test
  void aWrongDigitOnAnIdentityCardIsFound() {
    MrzReading r = parser.parse(TD1_SPECIMEN.replace("D231458907", "D231458908"));
    assertThat(r.problemWith("documentNumber")).isNotNull();
    assertThat(r.problemWith("documentNumber").line()).isEqualTo(1);
    assertThat(r.problemWith("documentNumber").column()).isEqualTo(15);
    MrzReading c = parser.parse(TD1_SPECIMEN.replace("<<<<<<6\n", "<<<<<<3\n"));
    assertThat(c.problems()).extracting(MrzProblem::field).containsExactly("composite");
  }

  @Test
  void aDateThatIsNotOnTheCalendarIsReported() {
    // 13th month, with check digits recomputed so only the date itself is wrong.
    String line2 =
        "L898902C36UTO741312" + MrzParser.checkDigit("741312") + "F1204159ZE184226B<<<<<1";
    String composite = line2.substring(0, 10) + line2.substring(13, 20) + line2.substring(21, 43);
    line2 = line2 + MrzParser.checkDigit(composite);
    MrzReading r = parser.parse("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n" + line2);
    assertThat(r.birthDate()).isNull();
    assertThat(r.problemWith("birthDate").message()).contains("not a calendar date");
  }

  @Test
  void refusesWhatIsNotAZone() {
    assertThatThrownBy(() -> parser.parse(""))
        .isInstanceOf(MrzFormatException.class)
        .hasMessageContaining("empty");
    assertThatThrownBy(() -> parser.parse(TD3_SPECIMEN.replace("ANNA", "ANNÄ")))
        .isInstanceOf(MrzFormatException.class)
        .hasMessageContaining("line 1, column 19");
    assertThatThrownBy(() -> parser.parse(TD3_SPECIMEN.substring(0, 80)))
        .isInstanceOf(MrzFormatException.class)
        .hasMessageContaining("line 2 has 35 characters");
    assertThatThrownBy(() -> parser.parse("P<UTO"))
        .isInstanceOf(MrzFormatException.class)
        .hasMessageContaining("1 line(s)");
    assertThatThrownBy(() -> parser.parse("<".repeat(5000)))
        .isInstanceOf(MrzFormatException.class)
        .hasMessageContaining("too long");
  }
}
