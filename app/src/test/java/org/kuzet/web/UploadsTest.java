package org.kuzet.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class UploadsTest {

  @Test
  void textIsStrictUtf8WithoutItsByteOrderMark() throws Exception {
    assertThat(
            Uploads.utf8Text("\uFEFFid,name\n1,Жаксылыков\n".getBytes(StandardCharsets.UTF_8), 100))
        .isEqualTo("id,name\n1,Жаксылыков\n");
    byte[] cp1251 = "id,name\n1,Жаксылыков\n".getBytes(Charset.forName("windows-1251"));
    assertThatThrownBy(() -> Uploads.utf8Text(cp1251, 100))
        .isInstanceOfSatisfying(
            Uploads.Unreadable.class, e -> assertThat(e.limit()).isEqualTo(Uploads.Limit.NOT_UTF8));
  }

  @Test
  void emptyAndOversizedFilesAreRefusedBeforeDecoding() {
    assertThatThrownBy(() -> Uploads.utf8Text(new byte[0], 100))
        .isInstanceOfSatisfying(
            Uploads.Unreadable.class, e -> assertThat(e.limit()).isEqualTo(Uploads.Limit.EMPTY));
    assertThatThrownBy(() -> Uploads.firstSheet(new byte[101], 100, 10))
        .isInstanceOfSatisfying(
            Uploads.Unreadable.class, e -> assertThat(e.limit()).isEqualTo(Uploads.Limit.TOO_LARGE))
        .hasMessage("the file has 101 bytes, more than the limit of 100");
  }

  @Test
  void aSpreadsheetIsReadRowByRowUpToTheLimit() throws Exception {
    byte[] sheet = workbook(3, "cell");
    var rows = Uploads.firstSheet(sheet, 1_000_000, 10);
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0).number()).isEqualTo(1);
    assertThat(rows.get(2).cells()).containsExactly("cell 2");
    assertThatThrownBy(() -> Uploads.firstSheet(sheet, 1_000_000, 2))
        .isInstanceOfSatisfying(
            Uploads.Unreadable.class,
            e -> assertThat(e.limit()).isEqualTo(Uploads.Limit.TOO_MANY_ROWS));
  }

  @Test
  void aSpreadsheetThatInflatesLikeAZipBombIsRefused() throws Exception {
    // Rows of one repeated letter compress several hundredfold: a small upload, a huge sheet.
    byte[] bomb = workbook(400, "A".repeat(30_000));
    assertThat(bomb.length).isLessThan(200_000);
    assertThatThrownBy(() -> Uploads.firstSheet(bomb, 2_000_000, 100_000))
        .isInstanceOfSatisfying(
            Uploads.Unreadable.class,
            e -> assertThat(e.limit()).isEqualTo(Uploads.Limit.UNREADABLE));
    assertThat(ZipSecureFile.getMinInflateRatio()).isEqualTo(Uploads.MIN_INFLATE_RATIO);
    assertThat(ZipSecureFile.getMaxEntrySize()).isEqualTo(Uploads.MAX_ENTRY_BYTES);
  }

  @Test
  void aFileThatIsNoSpreadsheetIsUnreadable() {
    assertThatThrownBy(
            () ->
                Uploads.firstSheet(
                    "PK\u0003\u0004broken".getBytes(StandardCharsets.ISO_8859_1), 100, 10))
        .isInstanceOfSatisfying(
            Uploads.Unreadable.class,
            e -> assertThat(e.limit()).isEqualTo(Uploads.Limit.UNREADABLE));
  }

  private static byte[] workbook(int rows, String text) throws Exception {
    try (var workbook = new XSSFWorkbook();
        var out = new ByteArrayOutputStream()) {
      var sheet = workbook.createSheet();
      for (int i = 0; i < rows; i++) {
        sheet.createRow(i).createCell(0).setCellValue(text + " " + i);
      }
      workbook.write(out);
      return out.toByteArray();
    }
  }
}
