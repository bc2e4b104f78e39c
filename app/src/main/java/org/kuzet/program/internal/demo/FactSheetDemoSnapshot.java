package org.kuzet.program.internal.demo;

import org.kuzet.identity.AgencyCode;
import org.kuzet.program.internal.FactSheetSnapshots;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's public fact sheet: the Kazakhstan sheet as of January 20, 2009, published by one demo
 * program manager and approved by the other, after every module's demo data is in (the results
 * section reads indicators the results module seeds). It then carries the figures of the fact sheet
 * of that date and nothing of a later period.
 */
@Component
@Order(95)
@ConditionalOnProperty(name = "kuzet.demo.enabled", havingValue = "true")
class FactSheetDemoSnapshot implements ApplicationRunner {

  private final FactSheetSnapshots snapshots;

  FactSheetDemoSnapshot(FactSheetSnapshots snapshots) {
    this.snapshots = snapshots;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!snapshots.all().isEmpty()) {
      return;
    }
    AgencyCode inl = AgencyCode.INL;
    var s =
        snapshots.publish(
            new FactSheetSnapshots.Actor("pm.inl", inl),
            ProgramDemoData.COUNTRY,
            ProgramDemoData.ISSUED);
    snapshots.approve(new FactSheetSnapshots.Actor("pm.review", inl), s.id());
  }
}
