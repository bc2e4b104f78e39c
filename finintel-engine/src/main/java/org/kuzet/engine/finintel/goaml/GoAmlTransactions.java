package org.kuzet.engine.finintel.goaml;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.kuzet.engine.finintel.AccountRef;
import org.kuzet.engine.finintel.PaymentType;
import org.kuzet.engine.finintel.Transaction;

/**
 * Maps between goAML transactions and the canonical {@link Transaction}. goAML dates carry no zone:
 * they are local times of the reporting entity, read and written in the zone given (the one the
 * user chose at import, or the agency's), so a time reads back as it was written. A side without an
 * account becomes a pseudo-account at bank {@code person} or {@code entity}, numbered by the id or
 * name given.
 */
public final class GoAmlTransactions {
  private GoAmlTransactions() {}

  public static List<Transaction> toTransactions(GoAmlReport report, ZoneId zone) {
    List<Transaction> out = new ArrayList<>(report.transactions().size());
    for (GoAmlTransaction t : report.transactions()) {
      out.add(toTransaction(t, report.currencyCodeLocal(), zone));
    }
    return out;
  }

  public static Transaction toTransaction(GoAmlTransaction t, String localCurrency, ZoneId zone) {
    GoAmlParty f = t.from();
    GoAmlParty r = t.to();
    BigDecimal paid = f.foreignAmount() != null ? f.foreignAmount() : t.amountLocal();
    String paidCcy = f.foreignCurrencyCode() != null ? f.foreignCurrencyCode() : localCurrency;
    BigDecimal received = r.foreignAmount() != null ? r.foreignAmount() : t.amountLocal();
    String receivedCcy = r.foreignCurrencyCode() != null ? r.foreignCurrencyCode() : localCurrency;
    return new Transaction(
        t.transactionNumber(),
        t.date().atZone(zone).toInstant(),
        account(f),
        account(r),
        paid,
        paidCcy,
        received,
        receivedCcy,
        PaymentType.parse(t.transmodeCode()),
        f.country(),
        r.country());
  }

  private static AccountRef account(GoAmlParty p) {
    if (p.account() != null) {
      return new AccountRef(p.account().institutionCode(), p.account().account());
    }
    if (p.person() != null) {
      var x = p.person();
      return new AccountRef(
          "person", x.idNumber() != null ? x.idNumber() : x.firstName() + " " + x.lastName());
    }
    var e = p.entity();
    if (e == null) {
      throw new IllegalStateException(
          "a party has one of account, person, entity"); // GoAmlParty checks
    }
    return new AccountRef(
        "entity", e.incorporationNumber() != null ? e.incorporationNumber() : e.name());
  }

  /**
   * A goAML transaction for a canonical one, both sides as accounts at their banks; used to export
   * the evidence of an alert. Institution names default to the bank code.
   */
  public static GoAmlTransaction fromTransaction(
      Transaction t, String localCurrency, String defaultCountry, ZoneId zone) {
    return new GoAmlTransaction(
        t.id(),
        null,
        LocalDateTime.ofInstant(t.timestamp(), zone),
        t.paymentType().name(),
        t.paymentCurrency().equals(localCurrency) ? t.amountPaid() : t.amountReceived(),
        side(
            t.from(),
            t.paymentCurrency(),
            t.amountPaid(),
            localCurrency,
            t.fromCountry() == null ? defaultCountry : t.fromCountry()),
        side(
            t.to(),
            t.receivingCurrency(),
            t.amountReceived(),
            localCurrency,
            t.toCountry() == null ? defaultCountry : t.toCountry()));
  }

  private static GoAmlParty side(
      AccountRef a, String ccy, BigDecimal amount, String local, String country) {
    boolean foreign = !ccy.equals(local);
    String bank = a.bank().isEmpty() ? "UNKNOWN" : a.bank();
    return new GoAmlParty(
        false,
        "K",
        new GoAmlAccount(bank, bank, a.account(), ccy, null, null, List.of()),
        null,
        null,
        foreign ? ccy : null,
        foreign ? amount : null,
        country);
  }
}
