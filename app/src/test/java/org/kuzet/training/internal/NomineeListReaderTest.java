package org.kuzet.training.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.kuzet.web.Refusal;

class NomineeListReaderTest {

  @Test
  void readsSemicolonCsvWithRussianHeadingsAndKeepsLineNumbers() {
    String csv =
        "\uFEFFТабельный номер;ФИО;Пол;Ведомство\nMP-1;Ерлан Ахметов;М;MIGRATION_POLICE\n\nMP-2;\"Алия; Касымова\";Ж;MIGRATION_POLICE\n";
    var lines = NomineeListReader.read("list.csv", csv.getBytes(StandardCharsets.UTF_8));
    assertThat(lines).extracting(NomineeListReader.Line::number).containsExactly(2, 3);
    assertThat(lines.get(1).get("full_name")).isEqualTo("Алия; Касымова");
    assertThat(lines.get(0).get("service_number")).isEqualTo("MP-1");
  }

  @Test
  void namesTheMissingColumns() {
    assertThatThrownBy(
            () ->
                NomineeListReader.read(
                    "list.csv", "name,gender\nA,F\n".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(
            Refusal.class,
            r -> {
              assertThat(r.first().key()).isEqualTo("training.refusal.import.columns");
              assertThat(r.first().args()).containsExactly("service_number, agency");
            });
  }

  @Test
  void refusesWhatIsNotAUtf8CsvOrAWorkbook() {
    byte[] cp1251 = {(byte) 0xD4, (byte) 0xC8, (byte) 0xCE, ',', 'x', '\n'};
    assertThatThrownBy(() -> NomineeListReader.read("list.csv", cp1251))
        .hasMessage("training.refusal.import.encoding");
    assertThatThrownBy(
            () -> NomineeListReader.read("list.pdf", "%PDF".getBytes(StandardCharsets.UTF_8)))
        .hasMessage("training.refusal.import.format");
    assertThatThrownBy(
            () ->
                NomineeListReader.read(
                    "list.xlsx", "PK\u0003\u0004broken".getBytes(StandardCharsets.ISO_8859_1)))
        .hasMessage("training.refusal.import.unreadable");
    assertThatThrownBy(() -> NomineeListReader.read("list.csv", new byte[0]))
        .hasMessage("training.refusal.import.empty");
    assertThatThrownBy(
            () -> NomineeListReader.read("list.csv", new byte[NomineeListReader.MAX_BYTES + 1]))
        .hasMessage("training.refusal.import.tooLarge");
  }
}
