package org.kuzet.finintel.internal.demo;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.kuzet.engine.finintel.io.TransactionFormat;
import org.kuzet.finintel.AlertId;
import org.kuzet.finintel.FinancialCaseId;
import org.kuzet.finintel.ImportId;
import org.kuzet.finintel.internal.alerts.Alerts;
import org.kuzet.finintel.internal.cases.Escalation;
import org.kuzet.finintel.internal.cases.FinancialCases;
import org.kuzet.finintel.internal.imports.ImportZones;
import org.kuzet.finintel.internal.imports.Imports;
import org.kuzet.identity.AgencyCode;
import org.kuzet.identity.KuzetUser;
import org.kuzet.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Demo installations: an illustrative bank extract for the Financial Police, made by the engine's
 * synthetic generator (a few thousand payments with planted schemes), imported through the ordinary
 * import path with detection, so the alert queue has work in it; then, as the demo investigator,
 * one alert assigned and the two strongest alerts escalated into an illustrative case, so the case
 * pages, link chart and exports have something to show (not when {@code kuzet.demo.activity} is
 * false, as in the tests). Runs once: an existing illustrative import of the agency is left alone.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "kuzet.demo.enabled", havingValue = "true")
class FinintelDemoData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(FinintelDemoData.class);
  static final long TRANSACTIONS = 4000;
  static final long SEED = 2009;

  private final JdbcClient db;
  private final Imports imports;
  private final Alerts alerts;
  private final FinancialCases cases;
  private final ImportZones zones;
  private final Escalation escalation;
  private final boolean activity;

  FinintelDemoData(
      JdbcClient db,
      Imports imports,
      Alerts alerts,
      FinancialCases cases,
      ImportZones zones,
      Escalation escalation,
      @Value("${kuzet.demo.activity:true}") boolean activity) {
    this.escalation = escalation;
    this.activity = activity;
    this.zones = zones;
    this.db = db;
    this.imports = imports;
    this.alerts = alerts;
    this.cases = cases;
  }

  @Override
  public void run(ApplicationArguments args) throws Exception {
    AgencyCode agency = AgencyCode.FINANCIAL_POLICE;
    boolean present =
        db.sql("SELECT COUNT(*) FROM fin_import WHERE agency_code = ? AND illustrative = TRUE")
                .param(agency.value())
                .query(Long.class)
                .single()
            > 0;
    if (present) {
      return;
    }
    Path file = SyntheticFiles.write(TRANSACTIONS, SEED);
    try {
      String hash;
      try (var in = new DigestInputStream(Files.newInputStream(file), Imports.sha256())) {
        in.transferTo(OutputStream.nullOutputStream());
        hash = HexFormat.of().formatHex(in.getMessageDigest().digest());
      }
      ImportId id =
          imports.create(
              agency,
              "system",
              "illustrative-bank-extract.csv",
              hash,
              TransactionFormat.IBM,
              Files.size(file),
              true);
      // The bank's local times, as an investigator importing the extract would read them.
      var zone = zones.defaultFor(agency);
      zones.record(id, zone);
      try (InputStream in = Files.newInputStream(file)) {
        imports.run(id, agency, TransactionFormat.IBM, in, null, () -> 0, Files.size(file), zone);
      }
      log.info("finintel demo: illustrative bank extract imported as import {}", id);
      if (activity) {
        openCase(id);
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** The investigator's first morning: one alert taken, the two strongest put into a case. */
  private void openCase(ImportId importId) {
    KuzetUser investigator = investigator();
    var auth = UsernamePasswordAuthenticationToken.authenticated(investigator, null, List.of());
    SecurityContextHolder.getContext().setAuthentication(auth);
    try {
      List<AlertId> strongest =
          db
              .sql("SELECT id FROM fin_alert WHERE import_id = ? ORDER BY score DESC, id LIMIT 3")
              .param(importId.value())
              .query(Long.class)
              .list()
              .stream()
              .map(AlertId::new)
              .toList();
      if (strongest.size() < 3) {
        return;
      }
      FinancialCaseId caseId =
          cases.create(
              investigator, "Условный пример: платежи через торговые компании Шымкента", true);
      escalation.escalate(investigator, strongest.get(0), caseId, null);
      escalation.escalate(investigator, strongest.get(1), caseId, null);
      alerts.assign(investigator, strongest.get(2), null);
      log.info(
          "finintel demo: illustrative case {} opened from alerts {}",
          caseId,
          strongest.subList(0, 2));
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  /** The demo financial investigator, as {@code investigator.fp} signs in. */
  private static KuzetUser investigator() {
    return new KuzetUser() {
      @Override
      public long accountId() {
        return 0;
      }

      @Override
      public String username() {
        return "investigator.fp";
      }

      @Override
      public String displayName() {
        return "investigator.fp";
      }

      @Override
      public AgencyCode agency() {
        return AgencyCode.FINANCIAL_POLICE;
      }

      @Override
      public Set<Role> roles() {
        return Set.of(Role.FINANCIAL_INVESTIGATOR);
      }
    };
  }
}
