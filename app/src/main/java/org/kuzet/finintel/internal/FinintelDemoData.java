package org.kuzet.finintel.internal;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.util.HexFormat;
import org.kuzet.engine.finintel.io.TransactionFormat;
import org.kuzet.identity.AgencyCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo installations: an illustrative bank extract for the Financial Police, made by the
 * engine's synthetic generator (a few thousand payments with planted schemes), imported through
 * the ordinary import path with detection, so the alert queue has work in it. Runs once: an
 * existing illustrative import of the agency is left alone.
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

  FinintelDemoData(JdbcClient db, Imports imports) {
    this.db = db;
    this.imports = imports;
  }

  @Override
  public void run(ApplicationArguments args) throws Exception {
    String agency = AgencyCode.FINANCIAL_POLICE.value();
    boolean present =
        db.sql("SELECT COUNT(*) FROM fin_import WHERE agency_code = ? AND illustrative = TRUE")
                .param(agency)
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
        in.transferTo(java.io.OutputStream.nullOutputStream());
        hash = HexFormat.of().formatHex(in.getMessageDigest().digest());
      }
      long id =
          imports.create(agency, "system", "illustrative-bank-extract.csv", hash, TransactionFormat.IBM,
              Files.size(file), true);
      try (InputStream in = Files.newInputStream(file)) {
        imports.run(id, agency, TransactionFormat.IBM, in, null, () -> 0, Files.size(file));
      }
      log.info("finintel demo: illustrative bank extract imported as import {}", id);
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
