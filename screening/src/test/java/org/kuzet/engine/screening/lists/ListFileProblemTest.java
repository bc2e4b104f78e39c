package org.kuzet.engine.screening.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kuzet.engine.screening.ListFileProblem;
import org.kuzet.engine.screening.WatchlistFormatException;

/** Each refusal carries a code, its arguments and a place in parts beside the English text. */
class ListFileProblemTest {

  private static final Clock CLOCK = Clock.systemUTC();

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void csvFieldCountNamesTheLineAndCounts() {
    var e =
        catchThrowableOfType(
            WatchlistFormatException.class,
            () ->
                NationalCsvReader.parse(
                    utf8("id,name\nA1,Ivan Petrov\nA2,Oleg,extra\n"),
                    "kz.csv",
                    "KZ",
                    "upload",
                    CLOCK));
    assertThat(e.problem()).isEqualTo(ListFileProblem.FIELD_COUNT);
    assertThat(e.args()).containsExactly("2", "3");
    assertThat(e.getMessage()).isEqualTo("kz.csv, line 3: expected 2 fields, found 3");
    assertThat(e.place().line()).isEqualTo("3");
    assertThat(e.place().part()).isNull();
  }

  @Test
  void csvBadBirthDateKeepsTheDateReadersEnglishAndTheTextAsArgument() {
    var e =
        catchThrowableOfType(
            WatchlistFormatException.class,
            () ->
                NationalCsvReader.parse(
                    utf8("id,name,birth_date\nA1,Ivan Petrov,soon\n"),
                    "kz.csv",
                    "KZ",
                    "upload",
                    CLOCK));
    assertThat(e.problem()).isEqualTo(ListFileProblem.BIRTH_DATE);
    assertThat(e.args()).containsExactly("soon");
    assertThat(e.reason()).isEqualTo("not a birth date: 'soon'");
    assertThat(e.place().line()).isEqualTo("2");
    assertThat(e.place().part()).isEqualTo("field");
    assertThat(e.place().name()).isEqualTo("birth_date");
  }

  @Test
  void unDuplicateReferenceNamesLineColumnAndNumber() {
    String xml =
        "<CONSOLIDATED_LIST><INDIVIDUALS>\n"
            + "<INDIVIDUAL><REFERENCE_NUMBER>QDi.1</REFERENCE_NUMBER><FIRST_NAME>A</FIRST_NAME>"
            + "</INDIVIDUAL>\n"
            + "<INDIVIDUAL><REFERENCE_NUMBER>QDi.1</REFERENCE_NUMBER><FIRST_NAME>B</FIRST_NAME>"
            + "</INDIVIDUAL>\n"
            + "</INDIVIDUALS></CONSOLIDATED_LIST>\n";
    var e =
        catchThrowableOfType(
            WatchlistFormatException.class,
            () -> UnConsolidatedReader.parse(utf8(xml), "un.xml", "upload", CLOCK));
    assertThat(e.problem()).isEqualTo(ListFileProblem.DUPLICATE_ID);
    assertThat(e.args()).containsExactly("REFERENCE_NUMBER", "QDi.1");
    assertThat(e.reason()).isEqualTo("duplicate REFERENCE_NUMBER QDi.1");
    assertThat(e.place().line()).isEqualTo("3");
    assertThat(e.place().column()).isNotNull();
  }

  @Test
  void hostileXmlIsRefusedWithItsOwnCode() {
    String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY a \"b\">]>\n<CONSOLIDATED_LIST/>";
    var e =
        catchThrowableOfType(
            WatchlistFormatException.class,
            () -> UnConsolidatedReader.parse(utf8(xml), "un.xml", "upload", CLOCK));
    assertThat(e.problem()).isEqualTo(ListFileProblem.DOCTYPE);
    assertThat(e.args()).isEmpty();
  }

  @Test
  void bytesThatAreNotUtf8() {
    var e =
        catchThrowableOfType(
            WatchlistFormatException.class,
            () ->
                NationalCsvReader.parse(
                    new byte[] {'i', 'd', (byte) 0xC3, (byte) 0x28},
                    "kz.csv",
                    "KZ",
                    "upload",
                    CLOCK));
    assertThat(e.problem()).isEqualTo(ListFileProblem.NOT_UTF8);
    assertThat(e.place().isEmpty()).isTrue();
  }

  @Test
  void englishTextPutsArgumentsInPlaceOnce() {
    assertThat(ListFileProblem.NO_NAME.english(List.of("entry", "{1}", "name")))
        .isEqualTo("entry {1} has no name");
    assertThat(ListFileProblem.OTHER.english(List.of("as written"))).isEqualTo("as written");
  }

  @Test
  void uncodedRefusalIsOtherWithItsReason() {
    var e = new WatchlistFormatException("f.csv", "", "something odd");
    assertThat(e.problem()).isEqualTo(ListFileProblem.OTHER);
    assertThat(e.args()).containsExactly("something odd");
    assertThat(e.getMessage()).isEqualTo("f.csv: something odd");
  }

  @Test
  void placesReadInParts() {
    var p = WatchlistFormatException.Place.of("line 40, column 7, element birthdate");
    assertThat(p.line()).isEqualTo("40");
    assertThat(p.column()).isEqualTo("7");
    assertThat(p.part()).isEqualTo("element");
    assertThat(p.name()).isEqualTo("birthdate");
    assertThat(WatchlistFormatException.Place.of("line 1-3").line()).isEqualTo("1-3");
    assertThat(WatchlistFormatException.Place.of("Group ID 123").part()).isEqualTo("group");
    assertThat(WatchlistFormatException.Place.of("end of file").part()).isEqualTo("end");
    var odd = WatchlistFormatException.Place.of("somewhere");
    assertThat(odd.known()).isFalse();
    assertThat(odd.text()).isEqualTo("somewhere");
  }
}
