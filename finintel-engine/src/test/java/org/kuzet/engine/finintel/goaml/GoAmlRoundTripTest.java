package org.kuzet.engine.finintel.goaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kuzet.engine.finintel.AccountRef;
import org.kuzet.engine.finintel.PaymentType;
import org.kuzet.engine.finintel.Transaction;
import org.kuzet.engine.finintel.io.InputRejectedException;

class GoAmlRoundTripTest {

  /**
   * A report as the Financial Police would send it: every element goAML 5.0.1 requires, codes from
   * the schema's lookups (conduction {@code C} and {@code A}, funds {@code K}, {@code E}, {@code
   * A}, indicator {@code -}). {@link GoAmlSchemaTest} validates it.
   */
  static GoAmlReport report() {
    var signatory =
        new GoAmlPerson("M", "Серик", "Ахметов", LocalDate.of(1980, 5, 17), "800517300123", "KZ");
    var company = new GoAmlEntity("Tumar Trade LLP", "190340012345", "KZ");
    var fromAccount =
        new GoAmlAccount(
            "Halyk Bank",
            "HSBKKZKX",
            "KZ12601A871001726091",
            "KZT",
            "Tumar Trade",
            company,
            List.of(signatory));
    var from = new GoAmlParty(false, "K", fromAccount, null, null, null, null, "KZ");
    var to =
        new GoAmlParty(
            false,
            "E",
            null,
            null,
            new GoAmlEntity("Sahand Co", null, "IR"),
            "USD",
            new BigDecimal("9800.00"),
            "IR");
    var cashIn =
        new GoAmlParty(
            false,
            "A",
            null,
            new GoAmlPerson(null, "Aigerim", "Nurlanova", null, "900101400555", "KZ"),
            null,
            null,
            null,
            "KZ");
    var toAccount =
        new GoAmlParty(
            false,
            "K",
            new GoAmlAccount(
                "Halyk Bank", "HSBKKZKX", "KZ12601A871001726091", "KZT", null, null, List.of()),
            null,
            null,
            null,
            null,
            "KZ");
    var t1 =
        new GoAmlTransaction(
            "TX-1",
            "payment for goods <urgent> & more",
            LocalDateTime.of(2024, 3, 1, 9, 30),
            "C",
            new BigDecimal("4900000.00"),
            from,
            to);
    var t2 =
        new GoAmlTransaction(
            "TX-2",
            "cash deposit",
            LocalDateTime.of(2024, 3, 1, 11, 0),
            "A",
            new BigDecimal("4950000.00"),
            cashIn,
            toAccount);
    return new GoAmlReport(
        "1234",
        "Financial monitoring unit",
        "E",
        "STR",
        "CASE-2024-17",
        LocalDateTime.of(2024, 3, 5, 12, 0),
        "KZT",
        signatory,
        new GoAmlAddress("3", "Dostyk 2", "Astana", "KZ"),
        "Structured cash deposits followed by a wire to Iran",
        "Account frozen",
        List.of(t1, t2),
        List.of("-"));
  }

  /**
   * A report of another FIU's making: sides that are the reporting entity's own clients ({@code
   * t_from_my_client}) and transmode codes written out as words, which the reader maps.
   */
  static GoAmlReport otherFiuReport() {
    GoAmlReport r = report();
    GoAmlTransaction t1 = r.transactions().get(0);
    GoAmlTransaction t2 = r.transactions().get(1);
    GoAmlParty f = t1.from();
    GoAmlParty mine =
        new GoAmlParty(true, f.fundsCode(), f.account(), null, null, null, null, f.country());
    GoAmlParty to2 = t2.to();
    GoAmlParty mineTo =
        new GoAmlParty(true, to2.fundsCode(), to2.account(), null, null, null, null, to2.country());
    return new GoAmlReport(
        r.rentityId(),
        r.rentityBranch(),
        r.submissionCode(),
        r.reportCode(),
        r.entityReference(),
        r.submissionDate(),
        r.currencyCodeLocal(),
        r.reportingPerson(),
        r.location(),
        r.reason(),
        r.action(),
        List.of(
            new GoAmlTransaction(
                "TX-1", t1.description(), t1.date(), "WIRE", t1.amountLocal(), mine, t1.to()),
            new GoAmlTransaction(
                "TX-2", null, t2.date(), "CASH", t2.amountLocal(), t2.from(), mineTo)),
        List.of("STRUCT", "HRJ"));
  }

  static byte[] write(GoAmlReport r) throws IOException {
    var out = new ByteArrayOutputStream();
    new GoAmlWriter().write(r, out);
    return out.toByteArray();
  }

  @Test
  void writtenReportReadsBackIdentically() throws IOException {
    for (GoAmlReport r : List.of(report(), otherFiuReport())) {
      byte[] xml = write(r);
      assertThat(new String(xml, StandardCharsets.UTF_8))
          .contains("<to_entity>")
          .contains("&lt;urgent&gt;")
          .contains("<location>");
      assertThat(new GoAmlReader().read(new ByteArrayInputStream(xml))).isEqualTo(r);
    }
    assertThat(new String(write(otherFiuReport()), StandardCharsets.UTF_8))
        .contains("<t_from_my_client>")
        .contains("<t_to_my_client>");
  }

  @Test
  void reportTransactionsMapToCanonicalOnes() {
    List<Transaction> txs = GoAmlTransactions.toTransactions(otherFiuReport(), ZoneOffset.UTC);
    Transaction wire = txs.get(0);
    assertThat(wire.from()).isEqualTo(new AccountRef("HSBKKZKX", "KZ12601A871001726091"));
    assertThat(wire.to()).isEqualTo(new AccountRef("entity", "Sahand Co"));
    assertThat(wire.amountPaid()).isEqualByComparingTo("4900000");
    assertThat(wire.paymentCurrency()).isEqualTo("KZT");
    assertThat(wire.amountReceived()).isEqualByComparingTo("9800");
    assertThat(wire.receivingCurrency()).isEqualTo("USD");
    assertThat(wire.toCountry()).isEqualTo("IR");
    assertThat(txs.get(1).paymentType()).isEqualTo(PaymentType.CASH);
    assertThat(txs.get(1).from()).isEqualTo(new AccountRef("person", "900101400555"));
  }

  @Test
  void canonicalTransactionsExportAndReadBack() throws IOException {
    Transaction t =
        new Transaction(
            "42",
            Instant.parse("2024-01-02T03:04:05Z"),
            new AccountRef("B1", "A1"),
            new AccountRef("B2", "A2"),
            new BigDecimal("10.5"),
            "USD",
            new BigDecimal("5000"),
            "KZT",
            PaymentType.WIRE,
            null,
            "KZ");
    var gt = GoAmlTransactions.fromTransaction(t, "KZT", "KZ", ZoneOffset.UTC);
    var r =
        new GoAmlReport(
            "1",
            "Head office",
            "E",
            "STR",
            null,
            LocalDateTime.of(2024, 1, 3, 0, 0),
            "KZT",
            null,
            null,
            null,
            null,
            List.of(gt),
            List.of());
    GoAmlReport back = new GoAmlReader().read(new ByteArrayInputStream(write(r)));
    assertThat(GoAmlTransactions.toTransactions(back, ZoneOffset.UTC))
        .containsExactly(
            new Transaction(
                "42",
                t.timestamp(),
                t.from(),
                t.to(),
                new BigDecimal("10.50"),
                "USD",
                new BigDecimal("5000.00"),
                "KZT",
                PaymentType.WIRE,
                "KZ",
                "KZ"));
  }

  @Test
  void externalEntitiesAreRefused() {
    String xxe =
        """
        <?xml version="1.0"?>
        <!DOCTYPE report [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
        <report><rentity_id>&xxe;</rentity_id></report>
        """;
    assertThatThrownBy(() -> new GoAmlReader().read(stream(xxe)))
        .isInstanceOf(InputRejectedException.class)
        .hasMessageNotContaining("root:")
        .hasMessageContaining("DOCTYPE");
  }

  @Test
  void entityExpansionIsRefused() {
    String bomb =
        """
        <?xml version="1.0"?>
        <!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
        <report>&b;</report>
        """;
    assertThatThrownBy(() -> new GoAmlReader().read(stream(bomb)))
        .isInstanceOf(InputRejectedException.class);
  }

  @Test
  void oversizeInputIsCutAtTheLimit() throws IOException {
    byte[] xml = write(report());
    assertThatThrownBy(() -> new GoAmlReader(xml.length / 2).read(new ByteArrayInputStream(xml)))
        .isInstanceOf(InputRejectedException.class)
        .hasMessageContaining("size limit");
  }

  @Test
  void brokenReportIsRefusedNamingTheElement() throws IOException {
    String xml = new String(write(otherFiuReport()), StandardCharsets.UTF_8);
    String badAmount =
        xml.replace("<amount_local>4950000.00</amount_local>", "<amount_local>lots</amount_local>");
    assertThatThrownBy(() -> new GoAmlReader().read(stream(badAmount)))
        .isInstanceOf(InputRejectedException.class)
        .hasMessageContaining("/report/transaction/amount_local")
        .hasMessageContaining("not a number");
    String noTo = xml.replaceAll("(?s)<t_to>.*?</t_to>", "");
    assertThatThrownBy(() -> new GoAmlReader().read(stream(noTo)))
        .hasMessageContaining("/report/transaction")
        .hasMessageContaining("t_to");
    String noAccountNumber = xml.replaceFirst("<account>KZ12601A871001726091</account>", "");
    assertThatThrownBy(() -> new GoAmlReader().read(stream(noAccountNumber)))
        .hasMessageContaining("/report/transaction/t_from_my_client/from_account")
        .hasMessageContaining("<account>");
    assertThatThrownBy(() -> new GoAmlReader().read(stream("<report><rentity_id>1</report>")))
        .isInstanceOf(InputRejectedException.class)
        .hasMessageContaining("malformed XML");
  }

  @Test
  void refusalsCarryACodeWithTheElementAndItsLine() throws IOException {
    String xml = new String(write(otherFiuReport()), StandardCharsets.UTF_8);
    String badAmount =
        xml.replace("<amount_local>4950000.00</amount_local>", "<amount_local>lots</amount_local>");
    var number = refusal(badAmount);
    assertThat(number.code()).isEqualTo("GOAML_NUMBER");
    assertThat(number.args()).hasSize(3);
    assertThat(number.args().get(0)).isEqualTo("/report/transaction/amount_local");
    assertThat(number.getMessage()).contains("(line " + number.args().get(1) + ")");
    assertThat(number.args().get(2)).isEqualTo("lots");

    var noTo = refusal(xml.replaceAll("(?s)<t_to>.*?</t_to>", ""));
    assertThat(noTo.code()).isEqualTo("GOAML_NO_TO");
    assertThat(noTo.args().get(0)).isEqualTo("/report/transaction");

    var missing = refusal(xml.replaceFirst("<account>KZ12601A871001726091</account>", ""));
    assertThat(missing.code()).isEqualTo("GOAML_MISSING");
    assertThat(missing.args())
        .containsExactly(
            "/report/transaction/t_from_my_client/from_account", missing.args().get(1), "account");

    var malformed = refusal("<report>\n<rentity_id>1</report>");
    assertThat(malformed.code()).isEqualTo("GOAML_XML_END_TAG");
    assertThat(malformed.args()).containsExactly("2", "rentity_id");
    assertThat(malformed.getMessage()).doesNotContain("ParseError");

    var truncated = refusal("<report>\n<rentity_id>1</rentity_id>\n<submission_code>E");
    assertThat(truncated.code()).isEqualTo("GOAML_XML_ENDS_EARLY");
    assertThat(truncated.args()).containsExactly("3");

    var entity = refusal("<report>\n<rentity_id>&nbsp;</rentity_id></report>");
    assertThat(entity.code()).isEqualTo("GOAML_ENTITY");
    assertThat(entity.args()).containsExactly("nbsp", "2");

    var attribute = refusal("<report>\n<rentity_id a=1>1</rentity_id></report>");
    assertThat(attribute.code()).isEqualTo("GOAML_XML_AT");
    assertThat(attribute.args().get(0)).isEqualTo("2");
    assertThat(attribute.getMessage()).contains("line 2");

    var root = refusal("<reports/>");
    assertThat(root.code()).isEqualTo("GOAML_ROOT");
    assertThat(root.args()).containsExactly("reports", "1");
  }

  private static InputRejectedException refusal(String xml) {
    return catchThrowableOfType(
        InputRejectedException.class, () -> new GoAmlReader().read(stream(xml)));
  }

  private static ByteArrayInputStream stream(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }
}
