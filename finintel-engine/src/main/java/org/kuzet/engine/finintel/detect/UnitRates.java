package org.kuzet.engine.finintel.detect;

import org.jspecify.annotations.Nullable;

/**
 * {@link Parameters.UnitValues#value} with the last currency's rate at hand: a stream's payments
 * come in a few currencies, mostly runs of one, so most calls compare one reference instead of
 * hashing the code into the rate table. Gives exactly the values {@code UnitValues} gives. One per
 * stage instance (not thread-safe).
 */
final class UnitRates {
  private final Parameters.UnitValues units;
  private @Nullable String currency;
  private @Nullable Double rate;

  UnitRates(Parameters.UnitValues units) {
    this.units = units;
  }

  double value(double amount, String code) {
    if (code != currency) {
      if (currency == null || !code.equals(currency)) {
        rate = units.perUnit().get(code);
      }
      currency = code;
    }
    Double v = rate;
    return v == null ? amount : amount * v;
  }
}
