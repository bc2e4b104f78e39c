package org.kuzet.engine.finintel.goaml;

import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A goAML {@code report} (e.g. an STR): reporting entity, codes, local currency, the reporting
 * person, reason and action, indicators, and the transactions. Elements Kuzet does not use
 * (locations, goods and services, multi-party transactions) are not modelled.
 */
public record GoAmlReport(
    String rentityId,
    String submissionCode,
    String reportCode,
    @Nullable String entityReference,
    LocalDateTime submissionDate,
    String currencyCodeLocal,
    @Nullable GoAmlPerson reportingPerson,
    @Nullable String reason,
    @Nullable String action,
    List<GoAmlTransaction> transactions,
    List<String> indicators) {
  public GoAmlReport {
    Require.text(rentityId, "rentity_id");
    Require.text(submissionCode, "submission_code");
    Require.text(reportCode, "report_code");
    java.util.Objects.requireNonNull(submissionDate, "submission_date");
    Require.text(currencyCodeLocal, "currency_code_local");
    transactions = List.copyOf(transactions);
    indicators = List.copyOf(indicators);
  }
}
