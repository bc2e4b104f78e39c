package org.kuzet.program.internal;

import java.time.Clock;
import org.kuzet.identity.AuditDetail;
import org.kuzet.identity.AuditLog;
import org.kuzet.program.OfficersTrained;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Records {@link OfficersTrained} events published by other modules, once per source reference: a
 * redelivered or republished event changes nothing.
 */
@Component
class OfficersTrainedListener {

  private static final Logger log = LoggerFactory.getLogger(OfficersTrainedListener.class);

  private final OfficersTrainedRecords records;
  private final AuditLog audit;
  private final Clock clock;

  OfficersTrainedListener(OfficersTrainedRecords records, AuditLog audit, Clock clock) {
    this.clock = clock;
    this.records = records;
    this.audit = audit;
  }

  @ApplicationModuleListener
  void on(OfficersTrained event) {
    if (records.recordOnce(event, clock.instant())) {
      audit.recordFactsAs(
          "system",
          null,
          "PROGRAM_OFFICERS_TRAINED",
          "officers-trained",
          event.sourceRef(),
          AuditDetail.of(
              "program.officersTrained",
              event.programCode(),
              event.agency().value(),
              event.fiscalYear(),
              event.officers(),
              event.women()));
    } else {
      log.info("officers trained {} already recorded; ignored", event.sourceRef());
    }
  }
}
