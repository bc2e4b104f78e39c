package org.kuzet.watchlist.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class BatchFileTest {

  static BatchFile read(String text) throws BatchFile.Refused {
    return BatchFile.read(text.getBytes(StandardCharsets.UTF_8), 100_000, 100);
  }

  @Test
  void rowsKeepTheirLineNumbersAcrossBlankLinesAndMultiLineCells() throws Exception {
    var file =
        read(
            "id,name,birth_date,nationality,document\n"
                + "a,Серікбаев Нұрлан,1979-04-12,KZ,N123\n"
                + "\n"
                + "b,\"Ivanov\nIvan\",,,\n"
                + "c,Petrov,,,\n");
    assertThat(file.rows()).extracting(BatchFile.Row::line).containsExactly(2L, 4L, 6L);
    var first = file.rows().get(0).query();
    assertThat(first.name()).isEqualTo("Серікбаев Нұрлан");
    assertThat(first.birthDate()).hasToString("1979-04-12");
    assertThat(first.nationality()).isEqualTo("KZ");
    assertThat(first.documentNumber()).isEqualTo("N123");
  }

  @Test
  void badRowsBecomeErrorsNamingLineAndField() throws Exception {
    var file =
        read("id,name,birth_date\nq1,,\nq2,Someone,31.02.1980\nq3,Fine,\nq4,Too,Many,Fields\n");
    assertThat(file.rows()).extracting(BatchFile.Row::id).containsExactly("q3");
    assertThat(file.errors())
        .extracting(e -> e.line() + " " + e.message())
        .containsExactly(
            "2 field name: empty",
            "3 field birth_date: no such date: 1980-2-31",
            "5 expected 3 fields, found 4");
    // The same errors as codes and arguments, worded in each language on the batch page.
    assertThat(file.errors())
        .extracting(e -> e.code() + " " + e.args())
        .containsExactly("NAME_EMPTY []", "BIRTH_DATE [31.02.1980]", "FIELD_COUNT [3, 4]");
    var words = new ResourceBundleMessageSource();
    words.setBasenames("i18n/watchlist");
    words.setDefaultEncoding("UTF-8");
    words.setFallbackToSystemLocale(false);
    var count = file.errors().get(2);
    assertThat(words.getMessage(count.key(), count.arguments(), Locale.forLanguageTag("ru")))
        .isEqualTo("В заголовке полей: 3, в строке: 4");
    assertThat(words.getMessage(count.key(), count.arguments(), Locale.forLanguageTag("kk")))
        .isEqualTo("Тақырыпта 3 өріс, жолда 4");
  }

  @Test
  void storedErrorsReadBackAndOnesWhoseCodeDoesNotReadShowTheirMessage() {
    var e =
        new BatchFile.RowError(
            4, "q4", BatchFile.Problem.BIRTH_DATE, List.of("31.02.1980"), "field birth_date: x");
    var back = Batches.rowError(4, e.message(), e.code(), Batches.storedArgs(e.args()));
    assertThat(back.problem()).isEqualTo(BatchFile.Problem.BIRTH_DATE);
    assertThat(back.args()).containsExactly("31.02.1980");
    assertThat(Batches.rowError(4, "old message", null, null).key()).isNull();
    assertThat(Batches.rowError(4, "old message", "NO_SUCH", null).key()).isNull();
    // The wrong number of arguments for the code: the message, not a half-worded sentence.
    assertThat(Batches.rowError(4, "old message", "FIELD_COUNT", "3").key()).isNull();
    assertThat(Batches.storedArgs(List.of())).isNull();
  }

  @Test
  void aFileIsRefusedForItsHeaderSizeEncodingOrRowCount() {
    assertThatThrownBy(() -> read("name,surname\nA,B\n"))
        .hasMessageStartingWith("line 1: unknown column 'surname'");
    assertThatThrownBy(() -> read("id,birth_date\n1,1980\n"))
        .hasMessage("line 1: the header must have the columns id and name");
    assertThatThrownBy(() -> BatchFile.read(new byte[101], 100, 10))
        .hasMessageContaining("more than the limit of 100");
    assertThatThrownBy(() -> BatchFile.read(new byte[] {'i', 'd', (byte) 0xC3, 0x28}, 100, 10))
        .hasMessage("the file is not UTF-8 text");
    assertThatThrownBy(
            () ->
                BatchFile.read("id,name\n1,A\n2,B\n3,C\n".getBytes(StandardCharsets.UTF_8), 100, 2))
        .hasMessage("more than 2 rows; split the file");
    assertThatThrownBy(() -> read("id,name\n")).hasMessage("the file has a header but no rows");
  }
}
