package org.kuzet.engine.finintel.goaml;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A bi-party {@code transaction}: number, date, transmode, local amount and both sides. */
public record GoAmlTransaction(
    String transactionNumber,
    @Nullable String description,
    LocalDateTime date,
    String transmodeCode,
    BigDecimal amountLocal,
    GoAmlParty from,
    GoAmlParty to) {
  public GoAmlTransaction {
    Require.text(transactionNumber, "transactionnumber");
    Objects.requireNonNull(date, "date_transaction");
    Require.text(transmodeCode, "transmode_code");
    Objects.requireNonNull(amountLocal, "amount_local");
    if (amountLocal.signum() < 0) {
      throw new IllegalArgumentException("amount_local is negative: " + amountLocal);
    }
    Objects.requireNonNull(from, "t_from");
    Objects.requireNonNull(to, "t_to");
  }

  /**
   * The same transaction with the reporting FIU's transmode code (goAML lookups are each FIU's own)
   * and a description.
   */
  public GoAmlTransaction withCodes(String transmodeCode, @Nullable String description) {
    return new GoAmlTransaction(
        transactionNumber, description, date, transmodeCode, amountLocal, from, to);
  }
}
