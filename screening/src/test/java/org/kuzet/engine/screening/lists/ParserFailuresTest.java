package org.kuzet.engine.screening.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.kuzet.engine.screening.ListFileProblem;
import org.kuzet.engine.screening.WatchlistFormatException;

/**
 * A parser's failure becomes a code with its place and value; the parser's English is only the
 * detail, never an argument a translated sentence would show.
 */
class ParserFailuresTest {

  private static final Clock CLOCK = Clock.systemUTC();

  private static WatchlistFormatException un(String xml) {
    return catchThrowableOfType(
        WatchlistFormatException.class,
        () ->
            UnConsolidatedReader.parse(
                xml.getBytes(StandardCharsets.UTF_8), "un.xml", "upload", CLOCK));
  }

  private static WatchlistFormatException csv(String text) {
    return catchThrowableOfType(
        WatchlistFormatException.class,
        () ->
            NationalCsvReader.parse(
                text.getBytes(StandardCharsets.UTF_8), "kz.csv", "KZ", "upload", CLOCK));
  }

  @Test
  void truncatedXmlSaysWhereItEnds() {
    var e =
        un(
            "<CONSOLIDATED_LIST><INDIVIDUALS>\n<INDIVIDUAL><REFERENCE_NUMBER>QDi.1"
                + "</REFERENCE_NUMBER>\n<FIRST_NAME>Ivan");
    assertThat(e.problem()).isEqualTo(ListFileProblem.XML_ENDS_EARLY);
    assertThat(e.args()).isEmpty();
    assertThat(e.place().line()).isEqualTo("3");
    assertThat(e.place().column()).isNotNull();
    assertThat(e.detail()).contains("must start and end within the same entity");
    assertThat(e.reason()).startsWith("the XML ends before its elements are closed");
  }

  @Test
  void undeclaredEntityNamesTheEntity() {
    var e = un("<CONSOLIDATED_LIST>\n<INDIVIDUALS>&nbsp;</INDIVIDUALS></CONSOLIDATED_LIST>");
    assertThat(e.problem()).isEqualTo(ListFileProblem.XML_UNDECLARED_ENTITY);
    assertThat(e.args()).containsExactly("nbsp");
    assertThat(e.place().line()).isEqualTo("2");
    assertThat(e.detail()).contains("\"nbsp\"");
  }

  @Test
  void wrongEndTagNamesTheElementLeftOpen() {
    var e = un("<CONSOLIDATED_LIST>\n<INDIVIDUALS><INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>");
    assertThat(e.problem()).as(e.detail()).isEqualTo(ListFileProblem.XML_END_TAG_MISMATCH);
    assertThat(e.args()).containsExactly("INDIVIDUAL");
    assertThat(e.place().line()).isEqualTo("2");
    assertThat(e.place().part()).isEqualTo("element");
    assertThat(e.place().name()).isEqualTo("INDIVIDUAL");
  }

  @Test
  void otherXmlErrorsKeepTheirPlaceUnderTheGeneralCode() {
    var e = un("<CONSOLIDATED_LIST>\n<INDIVIDUALS a=1/></CONSOLIDATED_LIST>");
    assertThat(e.problem()).isEqualTo(ListFileProblem.MALFORMED_XML);
    assertThat(e.args()).isEmpty();
    assertThat(e.place().line()).isEqualTo("2");
    assertThat(e.detail()).isNotEmpty();
  }

  @Test
  void unclosedQuoteNamesTheLineItOpensOn() {
    var e = csv("id,name\nA1,Ivan Petrov\nA2,\"Oleg\nA3,Anna\n");
    assertThat(e.problem()).isEqualTo(ListFileProblem.CSV_UNCLOSED_QUOTE);
    assertThat(e.args()).isEmpty();
    assertThat(e.place().line()).isEqualTo("3");
    assertThat(e.detail()).contains("EOF reached before encapsulated token finished");
  }

  @Test
  void textAfterAClosingQuoteNamesLineAndColumn() {
    var e = csv("id,name\nA1,\"Ivan\"x\n");
    assertThat(e.problem()).isEqualTo(ListFileProblem.CSV_TEXT_AFTER_QUOTE);
    assertThat(e.place().line()).isEqualTo("2");
    assertThat(e.place().column()).isNotNull();
  }
}
