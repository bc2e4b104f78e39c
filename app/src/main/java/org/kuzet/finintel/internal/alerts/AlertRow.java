package org.kuzet.finintel.internal.alerts;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kuzet.finintel.AlertId;
import org.kuzet.finintel.FinancialCaseId;
import org.kuzet.finintel.ImportId;
import org.kuzet.identity.AgencyCode;

/** An alert of the queue as the pages, the API and case reports show it. */
public record AlertRow(
    AlertId id,
    AgencyCode agency,
    String engineId,
    String typology,
    BigDecimal score,
    String reason,
    String status,
    @Nullable String assignee,
    @Nullable BigDecimal amount,
    @Nullable String currency,
    @Nullable OffsetDateTime firstAt,
    @Nullable OffsetDateTime lastAt,
    OffsetDateTime createdAt,
    @Nullable ImportId importId,
    @Nullable Long partyId,
    @Nullable String listVersions,
    @Nullable String dismissReason,
    @Nullable FinancialCaseId caseId,
    @Nullable String reasonFacts) {

  static final Set<String> OPEN = Set.of("NEW", "ASSIGNED");

  public boolean open() {
    return OPEN.contains(status);
  }

  public int percent() {
    return score.movePointRight(2).intValue();
  }
}
