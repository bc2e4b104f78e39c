package org.kuzet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.TransactionSystemException;

class DatabaseOutageTest {

  @Test
  void aPoolTimeOutOrALostConnectionIsAnOutage() {
    assertThat(
            DatabaseOutage.isOutage(
                new RuntimeException(new SQLTransientConnectionException("pool"))))
        .isTrue();
    assertThat(DatabaseOutage.isOutage(new SQLException("connection refused", "08001"))).isTrue();
    assertThat(
            DatabaseOutage.isOutage(
                new UncategorizedSQLException(
                    "insert", "INSERT", new SQLException("terminating connection", "57P01"))))
        .isTrue();
  }

  @Test
  void aFailedRollbackDoesNotHideTheLostConnectionBehindIt() {
    var rollback =
        new TransactionSystemException(
            "JDBC rollback failed", new SQLException("Connection is closed"));
    assertThat(DatabaseOutage.isOutage(rollback)).isFalse();
    rollback.initApplicationException(
        new SQLException("terminating connection due to administrator command", "57P01"));
    assertThat(DatabaseOutage.isOutage(rollback)).isTrue();
  }

  @Test
  void otherFailuresAreNot() {
    assertThat(DatabaseOutage.isOutage(new DataIntegrityViolationException("duplicate key")))
        .isFalse();
    assertThat(DatabaseOutage.isOutage(new SQLException("syntax", "42601"))).isFalse();
    assertThat(DatabaseOutage.isOutage(new IllegalStateException())).isFalse();
    assertThat(DatabaseOutage.isStorageFull(new SQLException("syntax", "42601"))).isFalse();
  }

  @Test
  void aFullDiskIsStorageFullNotAnOutage() {
    var full =
        new UncategorizedSQLException(
            "insert", "INSERT", new SQLException("could not extend file", "53100"));
    assertThat(DatabaseOutage.isStorageFull(full)).isTrue();
    assertThat(DatabaseOutage.isOutage(full)).isFalse();
  }
}
