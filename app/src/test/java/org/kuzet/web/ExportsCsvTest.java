package org.kuzet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV cells a spreadsheet would run as a formula are written as plain text. */
class ExportsCsvTest {

  static String csv(Object cell) throws Exception {
    var out = new ByteArrayOutputStream();
    Exports.writeCsv(out, new Exports.Table(List.of("h"), List.of(List.of(cell))));
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void formulaStartsAreNeutralisedIncludingTabAndCarriageReturn() throws Exception {
    assertThat(csv("=1+1")).contains("'=1+1");
    assertThat(csv("@SUM(A1)")).contains("'@SUM(A1)");
    assertThat(csv("\t=HYPERLINK(\"x\")")).contains("'\t=HYPERLINK");
    assertThat(csv("\r=cmd")).contains("'\r=cmd");
    assertThat(csv(-3)).doesNotContain("'");
    assertThat(csv("plain")).doesNotContain("'");
  }
}
