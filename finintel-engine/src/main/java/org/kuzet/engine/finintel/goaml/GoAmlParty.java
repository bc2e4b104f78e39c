package org.kuzet.engine.finintel.goaml;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One side of a transaction ({@code t_from}/{@code t_from_my_client}, {@code t_to}/{@code
 * t_to_my_client}): exactly one of account, person or entity, the funds code, the country, and the
 * foreign-currency amount when the side was not in the local currency.
 */
public record GoAmlParty(
    boolean myClient,
    String fundsCode,
    @Nullable GoAmlAccount account,
    @Nullable GoAmlPerson person,
    @Nullable GoAmlEntity entity,
    @Nullable String foreignCurrencyCode,
    @Nullable BigDecimal foreignAmount,
    String country) {
  public GoAmlParty {
    Require.text(fundsCode, "funds_code");
    Require.text(country, "country");
    int n = (account != null ? 1 : 0) + (person != null ? 1 : 0) + (entity != null ? 1 : 0);
    if (n != 1) {
      throw new IllegalArgumentException(
          "a party needs exactly one of account, person, entity; has " + n);
    }
    if ((foreignCurrencyCode == null) != (foreignAmount == null)) {
      throw new IllegalArgumentException("foreign_currency needs both code and amount");
    }
  }
}
