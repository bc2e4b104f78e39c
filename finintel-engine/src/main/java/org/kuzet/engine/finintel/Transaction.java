package org.kuzet.engine.finintel;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One movement of money, the canonical form every reader maps into.
 *
 * <p>Amounts are paid and received separately because cross-currency payments have both. Currencies
 * are ISO 4217 codes, plus {@code XBT} for bitcoin (as IBM's data uses it). The countries are ISO
 * 3166 alpha-2 codes when the source format carries them, else null.
 */
public record Transaction(
    String id,
    Instant timestamp,
    AccountRef from,
    AccountRef to,
    BigDecimal amountPaid,
    String paymentCurrency,
    BigDecimal amountReceived,
    String receivingCurrency,
    PaymentType paymentType,
    @Nullable String fromCountry,
    @Nullable String toCountry) {

  public Transaction {
    Objects.requireNonNull(id, "id");
    if (id.isBlank() || id.indexOf(';') >= 0) {
      throw new IllegalArgumentException("transaction id '" + id + "' is empty or contains ';'");
    }
    Objects.requireNonNull(timestamp, "timestamp");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    checkAmount(amountPaid, "amount paid");
    checkAmount(amountReceived, "amount received");
    checkCurrency(paymentCurrency, "payment currency");
    checkCurrency(receivingCurrency, "receiving currency");
    Objects.requireNonNull(paymentType, "paymentType");
    fromCountry = country(fromCountry, "from country");
    toCountry = country(toCountry, "to country");
  }

  /** A same-currency transaction without country information. */
  public Transaction(
      String id,
      Instant timestamp,
      AccountRef from,
      AccountRef to,
      BigDecimal amount,
      String currency,
      PaymentType paymentType) {
    this(id, timestamp, from, to, amount, currency, amount, currency, paymentType, null, null);
  }

  private static void checkAmount(BigDecimal amount, String what) {
    Objects.requireNonNull(amount, what);
    if (amount.signum() < 0) {
      throw new IllegalArgumentException(what + " is negative: " + amount);
    }
  }

  private static void checkCurrency(String code, String what) {
    Objects.requireNonNull(code, what);
    if (code.length() != 3) {
      throw new IllegalArgumentException(what + " '" + code + "' is not a 3-letter code");
    }
    for (int i = 0; i < 3; i++) {
      char c = code.charAt(i);
      if (c < 'A' || c > 'Z') {
        throw new IllegalArgumentException(what + " '" + code + "' is not a 3-letter code");
      }
    }
  }

  private static @Nullable String country(@Nullable String code, String what) {
    if (code == null || code.isBlank()) {
      return null;
    }
    String c = code.trim().toUpperCase(Locale.ROOT);
    if (c.length() != 2 || !Character.isLetter(c.charAt(0)) || !Character.isLetter(c.charAt(1))) {
      throw new IllegalArgumentException(what + " '" + code + "' is not an ISO 3166 alpha-2 code");
    }
    return c;
  }

  /** Event time in epoch milliseconds, the unit the detectors keep. */
  public long epochMillis() {
    return timestamp.toEpochMilli();
  }
}
