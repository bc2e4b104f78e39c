package org.kuzet.engine.finintel.goaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kuzet.engine.finintel.AccountRef;
import org.kuzet.engine.finintel.PaymentType;
import org.kuzet.engine.finintel.Transaction;

class GoAmlSchemaTest {

  @Test
  void theRoundTripFixtureFollowsTheSchema() throws IOException {
    byte[] xml = GoAmlRoundTripTest.write(GoAmlRoundTripTest.report());
    assertThatCode(() -> GoAmlSchema.validate(xml)).doesNotThrowAnyException();
  }

  @Test
  void anExportedTransactionFollowsTheSchema() throws IOException {
    Transaction t =
        new Transaction(
            "42",
            Instant.parse("2024-01-02T03:04:05Z"),
            new AccountRef("B1", "A1"),
            new AccountRef("B2", "A2"),
            new BigDecimal("10.5"),
            "USD",
            new BigDecimal("5000.12345678"),
            "KZT",
            PaymentType.WIRE,
            null,
            "KZ");
    GoAmlTransaction exported =
        GoAmlTransactions.fromTransaction(t, "KZT", "KZ", ZoneId.of("Asia/Almaty"))
            .withCodes("C", "WIRE");
    var reporter = new GoAmlPerson(null, "Ерлан", "Сапаров", null, null, null);
    var r =
        new GoAmlReport(
            "7",
            "Head office",
            "E",
            "STR",
            null,
            LocalDateTime.of(2024, 1, 3, 0, 0),
            "KZT",
            reporter,
            new GoAmlAddress("3", "Dostyk 2", "Astana", "KZ"),
            null,
            null,
            List.of(exported),
            List.of("-"));
    byte[] xml = GoAmlRoundTripTest.write(r);
    String text = new String(xml, StandardCharsets.UTF_8);
    assertThat(text).contains("<amount_local>5000.12</amount_local>");
    assertThat(text).contains("<date_transaction>2024-01-02T09:04:05</date_transaction>");
    assertThatCode(() -> GoAmlSchema.validate(xml)).doesNotThrowAnyException();
  }

  @Test
  void aReportWithCodesOutsideTheLookupsIsRefused() throws IOException {
    byte[] xml = GoAmlRoundTripTest.write(GoAmlRoundTripTest.otherFiuReport());
    assertThatThrownBy(() -> GoAmlSchema.validate(xml))
        .isInstanceOf(GoAmlSchema.InvalidReportException.class)
        .hasMessageContaining("transmode_code");
  }

  @Test
  void aReportBreakingTheSchemaIsRefusedNamingTheElement() {
    String xml =
        new String(assertDoesNotThrow(GoAmlRoundTripTest.report()), StandardCharsets.UTF_8)
            .replace("<rentity_id>1234</rentity_id>", "<rentity_id>FINANCIAL_POLICE</rentity_id>");
    assertThatThrownBy(() -> GoAmlSchema.validate(xml.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(
            GoAmlSchema.InvalidReportException.class,
            e -> assertThat(e.element()).isEqualTo("rentity_id"))
        .hasMessageContaining("rentity_id")
        .hasMessageContaining("FINANCIAL_POLICE");
  }

  @Test
  void eachBreakIsClassifiedWithItsElementAndValue() {
    String xml =
        new String(assertDoesNotThrow(GoAmlRoundTripTest.report()), StandardCharsets.UTF_8);

    var value =
        violation(xml.replace("<rentity_id>1234</rentity_id>", "<rentity_id>FIU</rentity_id>"));
    assertThat(value.kind()).isEqualTo(GoAmlSchema.Kind.INVALID_VALUE);
    assertThat(value.values()).containsExactly("rentity_id", "FIU");
    assertThat(value.message()).startsWith("cvc-");

    var unexpected =
        violation(
            xml.replace("<rentity_id>1234</rentity_id>", "<rentity_id>1234</rentity_id><fiu/>"));
    assertThat(unexpected.kind()).isEqualTo(GoAmlSchema.Kind.UNEXPECTED_ELEMENT);
    assertThat(unexpected.values().get(0)).isEqualTo("fiu");
    assertThat(unexpected.values().get(1)).doesNotContain("\"").isNotEmpty();

    var missing = violation(xml.replaceAll("(?s)<t_to>.*?</t_to>", "<t_to></t_to>"));
    assertThat(missing.kind()).isEqualTo(GoAmlSchema.Kind.MISSING_ELEMENT);
    assertThat(missing.values().get(0)).isEqualTo("t_to");
    assertThat(missing.values().get(1)).isNotEmpty();
  }

  private static GoAmlSchema.Violation violation(String xml) {
    try {
      GoAmlSchema.validate(xml.getBytes(StandardCharsets.UTF_8));
    } catch (GoAmlSchema.InvalidReportException e) {
      return e.violations().get(0);
    }
    throw new AssertionError("the report was valid");
  }

  @Test
  void aDoctypeIsRefused() {
    String xml =
        "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><report>&x;</report>";
    assertThatThrownBy(() -> GoAmlSchema.validate(xml.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(GoAmlSchema.InvalidReportException.class)
        .hasMessageNotContaining("root:");
  }

  private static byte[] assertDoesNotThrow(GoAmlReport r) {
    try {
      return GoAmlRoundTripTest.write(r);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
