package org.kuzet.watchlist.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

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
    var file = read("id,name,birth_date\nq1,,\nq2,Someone,31.02.1980\nq3,Fine,\nq4,Too,Many,Fields\n");
    assertThat(file.rows()).extracting(BatchFile.Row::id).containsExactly("q3");
    assertThat(file.errors())
        .extracting(e -> e.line() + " " + e.message())
        .containsExactly(
            "2 field name: empty",
            "3 field birth_date: no such date: 1980-2-31",
            "5 expected 3 fields, found 4");
  }

  @Test
  void aFileIsRefusedForItsHeaderSizeEncodingOrRowCount() {
    assertThatThrownBy(() -> read("name,surname\nA,B\n")).hasMessageStartingWith("line 1: unknown column 'surname'");
    assertThatThrownBy(() -> read("id,birth_date\n1,1980\n")).hasMessage("line 1: the header must have the columns id and name");
    assertThatThrownBy(() -> BatchFile.read(new byte[101], 100, 10)).hasMessageContaining("more than the limit of 100");
    assertThatThrownBy(() -> BatchFile.read(new byte[] {'i', 'd', (byte) 0xC3, 0x28}, 100, 10))
        .hasMessage("the file is not UTF-8 text");
    assertThatThrownBy(() -> BatchFile.read("id,name\n1,A\n2,B\n3,C\n".getBytes(StandardCharsets.UTF_8), 100, 2))
        .hasMessage("more than 2 rows; split the file");
    assertThatThrownBy(() -> read("id,name\n")).hasMessage("the file has a header but no rows");
  }
}
