package org.kuzet.engine.finintel.goaml;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;

/**
 * Writes a {@link GoAmlReport} as goAML XML in the schema's element order, so a financial
 * intelligence unit's goAML portal accepts it and {@link GoAmlReader} reads back the same report.
 * Whether a written report is complete is for {@link GoAmlSchema#validate} to say: the writer
 * writes what the report holds.
 */
public final class GoAmlWriter {

  /**
   * Writes the report.
   *
   * @throws IllegalArgumentException when the report cannot be a goAML 5 report: its {@code
   *     rentity_id} is not a positive whole number, or it has no {@code rentity_branch}
   */
  public void write(GoAmlReport report, OutputStream out) throws IOException {
    requireRentityId(report.rentityId());
    if (report.rentityBranch() == null || report.rentityBranch().isBlank()) {
      throw new IllegalArgumentException("rentity_branch: goAML 5 needs the reporting unit's name");
    }
    try {
      XMLStreamWriter w =
          XMLOutputFactory.newFactory()
              .createXMLStreamWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
      Indenting x = new Indenting(w);
      w.writeStartDocument("UTF-8", "1.0");
      x.open("report");
      x.leaf("rentity_id", report.rentityId());
      x.leaf("rentity_branch", report.rentityBranch());
      x.leaf("submission_code", report.submissionCode());
      x.leaf("report_code", report.reportCode());
      x.leaf("entity_reference", report.entityReference());
      x.leaf("submission_date", dateTime(report.submissionDate()));
      x.leaf("currency_code_local", report.currencyCodeLocal());
      if (report.reportingPerson() != null) {
        person(x, "reporting_person", report.reportingPerson());
      }
      if (report.location() != null) {
        GoAmlAddress a = report.location();
        x.open("location");
        x.leaf("address_type", a.addressType());
        x.leaf("address", a.address());
        x.leaf("city", a.city());
        x.leaf("country_code", a.countryCode());
        x.close();
      }
      x.leaf("reason", report.reason());
      x.leaf("action", report.action());
      for (GoAmlTransaction t : report.transactions()) {
        x.open("transaction");
        x.leaf("transactionnumber", t.transactionNumber());
        // Both required, both may be empty: where the payment was made is not in bank extracts.
        x.leaf("transaction_location", "");
        x.leaf("transaction_description", t.description() == null ? "" : t.description());
        x.leaf("date_transaction", dateTime(t.date()));
        x.leaf("transmode_code", t.transmodeCode());
        x.leaf("amount_local", money(t.amountLocal()));
        party(x, t.from(), "from", t.amountLocal());
        party(x, t.to(), "to", t.amountLocal());
        x.close();
      }
      if (!report.indicators().isEmpty()) {
        x.open("report_indicators");
        for (String i : report.indicators()) {
          x.leaf("indicator", i);
        }
        x.close();
      }
      x.close();
      w.writeEndDocument();
      w.flush();
      w.close();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write goAML report: " + e.getMessage(), e);
    }
  }

  /** goAML 5 identifies the reporting entity by a positive {@code xs:int}. */
  static void requireRentityId(String id) {
    boolean ok = id.matches("[1-9][0-9]{0,9}") && Long.parseLong(id) <= Integer.MAX_VALUE;
    if (!ok) {
      throw new IllegalArgumentException(
          "rentity_id must be the reporting entity's goAML id, a positive whole number, not '"
              + id
              + "'");
    }
  }

  /** Amounts as goAML portals show them: two decimals. */
  static String money(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
  }

  /** A local date and time with seconds, as {@code xs:dateTime} needs: 2008-03-01T09:37:00. */
  static String dateTime(LocalDateTime t) {
    return t.truncatedTo(ChronoUnit.SECONDS).format(DATE_TIME);
  }

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss", Locale.ROOT);

  private static void party(Indenting x, GoAmlParty p, String side, BigDecimal local)
      throws XMLStreamException {
    x.open(p.myClient() ? "t_" + side + "_my_client" : "t_" + side);
    x.leaf(side + "_funds_code", p.fundsCode());
    if (p.foreignCurrencyCode() != null && p.foreignAmount() != null) {
      x.open(side + "_foreign_currency");
      x.leaf("foreign_currency_code", p.foreignCurrencyCode());
      x.leaf("foreign_amount", money(p.foreignAmount()));
      BigDecimal rate =
          p.foreignAmount().signum() == 0
              ? BigDecimal.ZERO
              : local.divide(p.foreignAmount(), 6, RoundingMode.HALF_EVEN);
      x.leaf("foreign_exchange_rate", rate.toPlainString());
      x.close();
    }
    if (p.account() != null) {
      account(x, side + "_account", p.account());
    } else if (p.person() != null) {
      person(x, side + "_person", p.person());
    } else if (p.entity() != null) {
      entity(x, side + "_entity", p.entity());
    }
    x.leaf(side + "_country", p.country());
    x.close();
  }

  private static void account(Indenting x, String element, GoAmlAccount a)
      throws XMLStreamException {
    x.open(element);
    x.leaf("institution_name", a.institutionName());
    x.leaf("institution_code", a.institutionCode());
    x.leaf("account", a.account());
    x.leaf("currency_code", a.currencyCode());
    x.leaf("account_name", a.accountName());
    if (a.entity() != null) {
      entity(x, "t_entity", a.entity());
    }
    for (GoAmlPerson s : a.signatories()) {
      x.open("signatory");
      person(x, "t_person", s);
      x.close();
    }
    x.close();
  }

  private static void person(Indenting x, String element, GoAmlPerson p) throws XMLStreamException {
    x.open(element);
    x.leaf("gender", p.gender());
    x.leaf("first_name", p.firstName());
    x.leaf("last_name", p.lastName());
    x.leaf("birthdate", p.birthdate() == null ? null : p.birthdate() + "T00:00:00");
    x.leaf("ssn", p.idNumber());
    x.leaf("nationality1", p.nationality());
    x.close();
  }

  private static void entity(Indenting x, String element, GoAmlEntity e) throws XMLStreamException {
    x.open(element);
    x.leaf("name", e.name());
    x.leaf("incorporation_number", e.incorporationNumber());
    x.leaf("incorporation_country_code", e.incorporationCountry());
    x.close();
  }

  /** Two-space indentation; the JDK writer has none. */
  private static final class Indenting {
    private final XMLStreamWriter w;
    private int depth;

    Indenting(XMLStreamWriter w) {
      this.w = w;
    }

    void open(String name) throws XMLStreamException {
      newline();
      w.writeStartElement(name);
      depth++;
    }

    void close() throws XMLStreamException {
      depth--;
      newline();
      w.writeEndElement();
    }

    void leaf(String name, @Nullable String value) throws XMLStreamException {
      if (value == null) {
        return;
      }
      newline();
      w.writeStartElement(name);
      w.writeCharacters(value);
      w.writeEndElement();
    }

    private void newline() throws XMLStreamException {
      w.writeCharacters("\n" + "  ".repeat(depth));
    }
  }
}
