package org.kuzet.engine.finintel.goaml;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A goAML {@code report} (e.g. an STR): reporting entity and its branch, codes, local currency, the
 * reporting person, reason and action, indicators, and the transactions. Elements Kuzet does not
 * use (locations, goods and services, multi-party transactions) are not modelled.
 *
 * @param rentityId the reporting entity's id as the financial intelligence unit registered it (a
 *     positive whole number in goAML 5; {@link GoAmlWriter} refuses anything else)
 * @param rentityBranch the reporting unit within the entity; goAML 5.0.1 requires it in a report
 * @param location the reporting entity's address; goAML 5.0.1 requires it in a report
 */
public record GoAmlReport(
    String rentityId,
    @Nullable String rentityBranch,
    String submissionCode,
    String reportCode,
    @Nullable String entityReference,
    LocalDateTime submissionDate,
    String currencyCodeLocal,
    @Nullable GoAmlPerson reportingPerson,
    @Nullable GoAmlAddress location,
    @Nullable String reason,
    @Nullable String action,
    List<GoAmlTransaction> transactions,
    List<String> indicators) {
  public GoAmlReport {
    Require.text(rentityId, "rentity_id");
    Require.text(submissionCode, "submission_code");
    Require.text(reportCode, "report_code");
    Objects.requireNonNull(submissionDate, "submission_date");
    Require.text(currencyCodeLocal, "currency_code_local");
    transactions = List.copyOf(transactions);
    indicators = List.copyOf(indicators);
  }
}
