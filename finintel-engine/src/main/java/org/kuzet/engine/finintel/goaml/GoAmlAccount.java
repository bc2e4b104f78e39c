package org.kuzet.engine.finintel.goaml;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A bank account ({@code t_account}): the institution (name and code or SWIFT), the number, its
 * currency and holder, an entity when a company holds it, and the signatories.
 */
public record GoAmlAccount(
    String institutionName,
    String institutionCode,
    String account,
    @Nullable String currencyCode,
    @Nullable String accountName,
    @Nullable GoAmlEntity entity,
    List<GoAmlPerson> signatories) {
  public GoAmlAccount {
    Require.text(institutionName, "institution_name");
    Require.text(institutionCode, "institution_code");
    Require.text(account, "account");
    signatories = List.copyOf(signatories);
  }
}
