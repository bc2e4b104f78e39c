package org.kuzet.finintel.internal.ledger;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kuzet.engine.finintel.AccountRef;
import org.kuzet.engine.finintel.Transaction;
import org.kuzet.finintel.ImportId;
import org.kuzet.identity.AgencyCode;
import org.kuzet.web.Countries;
import org.kuzet.web.DatabaseOutage;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes imported transactions in batches, with their banks, accounts and parties. Each batch is
 * one database transaction, so a failed import keeps what it stored and importing the file again
 * completes it: every row is inserted only when its natural key is not there yet. A batch cut off
 * by a database restart is stored again once the database is back.
 */
@Component
public class TransactionStore {

  static final int BATCH = 2000;

  /** How long an import waits for a database that went away before it fails. */
  public static final Duration OUTAGE_PATIENCE = Duration.ofMinutes(2);

  private static final Logger log = LoggerFactory.getLogger(TransactionStore.class);

  /** Rows per multi-row insert: 14 parameters each stays far below the drivers' limits. */
  static final int ROWS_PER_INSERT = 500;

  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;

  TransactionStore(JdbcTemplate jdbc, TransactionTemplate tx) {
    this.jdbc = jdbc;
    this.tx = tx;
  }

  public Writer writer(ImportId importId, AgencyCode agency) {
    return new Writer(importId, agency);
  }

  private @Nullable Boolean copyIn;

  /** Whether the database is PostgreSQL, whose COPY the import uses; H2 takes multi-row inserts. */
  private boolean copyIn() {
    if (copyIn == null) {
      copyIn =
          jdbc.execute((ConnectionCallback<Boolean>) con -> con.isWrapperFor(BaseConnection.class));
    }
    return Boolean.TRUE.equals(copyIn);
  }

  /** A CSV field for COPY: always quoted, quotes doubled. */
  private static StringBuilder quoted(StringBuilder b, String v) {
    b.append('"');
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      b.append(c);
      if (c == '"') {
        b.append('"');
      }
    }
    return b.append('"');
  }

  public long nextId() {
    Long id = jdbc.queryForObject("SELECT nextval('kuzet_seq')", Long.class);
    if (id == null) {
      throw new IllegalStateException("kuzet_seq gave no value");
    }
    return id;
  }

  /** Stores one import's rows; not thread-safe, one per import. */
  public final class Writer {
    private final long importId;
    private final String agency;
    private final NaturalKeys keys = new NaturalKeys();
    private final Map<AccountRef, Long> accounts = new HashMap<>();
    private final Set<String> banks = new HashSet<>();
    private final Set<AccountRef> withHolder = new HashSet<>();
    private final Map<String, Long> parties = new HashMap<>();
    private final List<ImportRow> pending = new ArrayList<>(BATCH);
    private long added;
    private long newParties;

    private Writer(ImportId importId, AgencyCode agency) {
      this.importId = importId.value();
      this.agency = agency.value();
    }

    public void add(ImportRow row) {
      pending.add(row);
      if (pending.size() >= BATCH) {
        flush();
      }
    }

    /** Rows stored that were not there before, so far. */
    public long added() {
      return added;
    }

    public long newParties() {
      return newParties;
    }

    public void flush() {
      if (pending.isEmpty()) {
        return;
      }
      List<ImportRow> rows = List.copyOf(pending);
      pending.clear();
      added += storeThroughOutages(rows);
    }

    /**
     * Stores one batch in one transaction. When the database goes away in the middle (a restart, a
     * fail-over), the batch's transaction is rolled back: the import waits for the database and
     * stores the same batch again, for up to {@link #OUTAGE_PATIENCE}. Had the commit landed before
     * the connection broke, the natural keys make the second attempt skip its rows.
     */
    private long storeThroughOutages(List<ImportRow> rows) {
      long deadline = System.nanoTime() + OUTAGE_PATIENCE.toNanos();
      long pause = 1000;
      while (true) {
        long partiesBefore = newParties;
        try {
          Long stored = tx.execute(status -> store(rows));
          return stored == null ? 0 : stored;
        } catch (RuntimeException e) {
          if (!DatabaseOutage.isOutage(e) || System.nanoTime() + pause * 1_000_000 > deadline) {
            throw e;
          }
          // Ids found or created in the rolled-back transaction may not exist any more.
          newParties = partiesBefore;
          accounts.clear();
          banks.clear();
          withHolder.clear();
          parties.clear();
          log.warn(
              "import {}: database unavailable ({}); storing the batch again in {} ms",
              importId,
              e.getMessage(),
              pause);
          try {
            Thread.sleep(pause);
          } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw e;
          }
          pause = Math.min(pause * 2, 5000);
        }
      }
    }

    private long store(List<ImportRow> rows) {
      resolveAccounts(rows);
      List<String> naturalKeys = new ArrayList<>(rows.size());
      long[][] ends = new long[rows.size()][];
      for (int i = 0; i < rows.size(); i++) {
        ImportRow r = rows.get(i);
        naturalKeys.add(keys.keyOf(r.tx()));
        ends[i] =
            new long[] {account(r.tx().from(), r.fromHolder()), account(r.tx().to(), r.toHolder())};
      }
      if (copyIn()) {
        return copyTransactions(rows, naturalKeys, ends);
      }
      long n = 0;
      for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
        int to = Math.min(rows.size(), from + ROWS_PER_INSERT);
        n += insertTransactions(rows, naturalKeys, ends, from, to);
      }
      return n;
    }

    /**
     * One multi-row insert for many payments: one round trip and one statement for the database to
     * run set-wise, instead of one per row. A payment whose natural key the agency already has is
     * skipped by the unique constraint ({@code ON CONFLICT DO NOTHING}, which H2 also understands
     * in PostgreSQL mode); the count says how many were new.
     */
    private int insertTransactions(
        List<ImportRow> rows, List<String> naturalKeys, long[][] ends, int from, int to) {
      StringBuilder sql =
          new StringBuilder(
              """
              INSERT INTO fin_transaction (agency_code, import_id, natural_key, ext_id, at,
                from_account_id, to_account_id, amount_paid, paid_currency, amount_received,
                received_currency, payment_type, from_country, to_country) VALUES """);
      for (int i = from; i < to; i++) {
        sql.append(i == from ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
      }
      sql.append(" ON CONFLICT DO NOTHING");
      return jdbc.update(
          sql.toString(),
          ps -> {
            int k = 1;
            for (int i = from; i < to; i++) {
              Transaction t = rows.get(i).tx();
              ps.setString(k++, agency);
              ps.setLong(k++, importId);
              ps.setString(k++, naturalKeys.get(i));
              ps.setString(k++, Columns.clip(t.id(), 100));
              ps.setObject(k++, OffsetDateTime.ofInstant(t.timestamp(), ZoneOffset.UTC));
              ps.setLong(k++, ends[i][0]);
              ps.setLong(k++, ends[i][1]);
              ps.setBigDecimal(k++, t.amountPaid());
              ps.setString(k++, t.paymentCurrency());
              ps.setBigDecimal(k++, t.amountReceived());
              ps.setString(k++, t.receivingCurrency());
              ps.setString(k++, t.paymentType().name());
              setNullable(ps, k++, Countries.stored(t.fromCountry()));
              setNullable(ps, k++, Countries.stored(t.toCountry()));
            }
          });
    }

    /**
     * PostgreSQL: the batch goes by COPY into a session's staging table (no indexes, no
     * constraints, so cheap per row), then one INSERT ... SELECT moves the rows the agency does not
     * have yet, in file order. The staging table empties itself at commit.
     */
    private long copyTransactions(List<ImportRow> rows, List<String> naturalKeys, long[][] ends) {
      jdbc.execute(
          """
          CREATE TEMPORARY TABLE IF NOT EXISTS fin_transaction_stage (
            ord INTEGER, agency_code VARCHAR(40), import_id BIGINT, natural_key VARCHAR(32),
            ext_id VARCHAR(100), at TIMESTAMP WITH TIME ZONE, from_account_id BIGINT,
            to_account_id BIGINT, amount_paid NUMERIC(24, 8), paid_currency CHAR(3),
            amount_received NUMERIC(24, 8), received_currency CHAR(3), payment_type VARCHAR(20),
            from_country VARCHAR(3), to_country VARCHAR(3)) ON COMMIT DELETE ROWS""");
      StringBuilder csv = new StringBuilder(rows.size() * 160);
      for (int i = 0; i < rows.size(); i++) {
        Transaction t = rows.get(i).tx();
        csv.append(i).append(',');
        quoted(csv, agency).append(',').append(importId).append(',');
        quoted(csv, naturalKeys.get(i)).append(',');
        quoted(csv, Columns.clip(t.id(), 100)).append(',');
        csv.append(t.timestamp())
            .append(',')
            .append(ends[i][0])
            .append(',')
            .append(ends[i][1])
            .append(',');
        csv.append(t.amountPaid().toPlainString()).append(',');
        quoted(csv, t.paymentCurrency()).append(',');
        csv.append(t.amountReceived().toPlainString()).append(',');
        quoted(csv, t.receivingCurrency()).append(',');
        quoted(csv, t.paymentType().name()).append(',');
        // An unquoted empty field is NULL in COPY's CSV format.
        String fromCountry = Countries.stored(t.fromCountry());
        String toCountry = Countries.stored(t.toCountry());
        if (fromCountry != null) {
          quoted(csv, fromCountry);
        }
        csv.append(',');
        if (toCountry != null) {
          quoted(csv, toCountry);
        }
        csv.append('\n');
      }
      jdbc.execute(
          (ConnectionCallback<Long>)
              con -> {
                try {
                  return new CopyManager(con.unwrap(BaseConnection.class))
                      .copyIn(
                          "COPY fin_transaction_stage FROM STDIN WITH (FORMAT csv)",
                          new StringReader(csv.toString()));
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
      return jdbc.update(
          """
          INSERT INTO fin_transaction (agency_code, import_id, natural_key, ext_id, at,
            from_account_id, to_account_id, amount_paid, paid_currency, amount_received,
            received_currency, payment_type, from_country, to_country)
          SELECT agency_code, import_id, natural_key, ext_id, at, from_account_id, to_account_id,
            amount_paid, paid_currency, amount_received, received_currency, payment_type,
            from_country, to_country
          FROM fin_transaction_stage ORDER BY ord
          ON CONFLICT DO NOTHING""");
    }

    /**
     * Finds or creates, set-wise, the accounts of a batch this import has not met yet: one query
     * for those already kept, one multi-row insert for the new ones and one query for their ids.
     * Holders are attached afterwards, row by row, by {@link #account}.
     */
    private void resolveAccounts(List<ImportRow> rows) {
      Set<AccountRef> unknown = new LinkedHashSet<>();
      for (ImportRow r : rows) {
        if (!accounts.containsKey(r.tx().from())) {
          unknown.add(r.tx().from());
        }
        if (!accounts.containsKey(r.tx().to())) {
          unknown.add(r.tx().to());
        }
      }
      List<AccountRef> all = List.copyOf(unknown);
      for (int from = 0; from < all.size(); from += ROWS_PER_INSERT) {
        List<AccountRef> chunk = all.subList(from, Math.min(all.size(), from + ROWS_PER_INSERT));
        chunk.forEach(ref -> bank(ref.bank()));
        lookUp(chunk);
        List<AccountRef> fresh = chunk.stream().filter(ref -> !accounts.containsKey(ref)).toList();
        if (!fresh.isEmpty()) {
          StringBuilder sql =
              new StringBuilder(
                  "INSERT INTO fin_account (agency_code, bank_code, account_no) VALUES ");
          for (int i = 0; i < fresh.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?)");
          }
          sql.append(" ON CONFLICT DO NOTHING");
          jdbc.update(
              sql.toString(),
              ps -> {
                int k = 1;
                for (AccountRef ref : fresh) {
                  ps.setString(k++, agency);
                  ps.setString(k++, ref.bank());
                  ps.setString(k++, Columns.clip(ref.account(), 200));
                }
              });
          lookUp(fresh);
        }
      }
    }

    /** Puts the ids of those of the accounts the agency already has into the cache. */
    private void lookUp(List<AccountRef> refs) {
      Map<String, AccountRef> byKey = new HashMap<>();
      List<Object> params = new ArrayList<>();
      params.add(agency);
      StringBuilder sql =
          new StringBuilder(
              "SELECT id, bank_code, account_no FROM fin_account WHERE agency_code = ? AND (");
      for (int i = 0; i < refs.size(); i++) {
        AccountRef ref = refs.get(i);
        String no = Columns.clip(ref.account(), 200);
        byKey.put(ref.bank() + ":" + no, ref);
        sql.append(i == 0 ? "" : " OR ").append("(bank_code = ? AND account_no = ?)");
        params.add(ref.bank());
        params.add(no);
      }
      sql.append(")");
      jdbc.query(
          sql.toString(),
          rs -> {
            AccountRef ref = byKey.get(rs.getString(2) + ":" + rs.getString(3));
            if (ref != null) {
              accounts.put(ref, rs.getLong(1));
            }
          },
          params.toArray());
    }

    private long account(AccountRef ref, @Nullable PartyFacts holder) {
      Long known = accounts.get(ref);
      // A CSV names the holder on every row: once an account has one, later rows change nothing.
      if (known != null && (holder == null || withHolder.contains(ref))) {
        return known;
      }
      if (holder != null) {
        withHolder.add(ref);
      }
      Long holderId = holder == null ? null : party(holder);
      if (known != null) {
        jdbc.update(
            "UPDATE fin_account SET holder_party_id = ? WHERE id = ? AND holder_party_id IS NULL",
            holderId,
            known);
        return known;
      }
      bank(ref.bank());
      List<Long> found =
          jdbc.queryForList(
              "SELECT id FROM fin_account WHERE agency_code = ? AND bank_code = ? AND account_no = ?",
              Long.class,
              agency,
              ref.bank(),
              ref.account());
      long id;
      if (found.isEmpty()) {
        id = nextId();
        jdbc.update(
            "INSERT INTO fin_account (id, agency_code, bank_code, account_no, holder_party_id)"
                + " VALUES (?, ?, ?, ?, ?)",
            id,
            agency,
            ref.bank(),
            Columns.clip(ref.account(), 200),
            holderId);
      } else {
        id = found.get(0);
        if (holderId != null) {
          jdbc.update(
              "UPDATE fin_account SET holder_party_id = ? WHERE id = ? AND holder_party_id IS NULL",
              holderId,
              id);
        }
      }
      accounts.put(ref, id);
      return id;
    }

    private void bank(String code) {
      if (banks.add(code)) {
        jdbc.update(
            "INSERT INTO fin_bank (agency_code, code) SELECT ?, ? WHERE NOT EXISTS"
                + " (SELECT 1 FROM fin_bank WHERE agency_code = ? AND code = ?)",
            agency,
            code,
            agency,
            code);
      }
    }

    private long party(PartyFacts p) {
      String key = p.naturalKey();
      Long known = parties.get(key);
      if (known != null) {
        return known;
      }
      List<Long> found =
          jdbc.queryForList(
              "SELECT id FROM fin_party WHERE agency_code = ? AND natural_key = ?",
              Long.class,
              agency,
              key);
      long id;
      if (found.isEmpty()) {
        id = nextId();
        jdbc.update(
            "INSERT INTO fin_party (id, agency_code, kind, name, birth_date, id_number, country,"
                + " natural_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            id,
            agency,
            p.kind().name(),
            Columns.clip(p.name(), 300),
            p.birthDate(),
            p.idNumber(),
            p.country() == null ? null : Columns.clip(p.country(), 3),
            key);
        newParties++;
      } else {
        id = found.get(0);
      }
      parties.put(key, id);
      return id;
    }
  }

  public static void setNullable(PreparedStatement ps, int i, @Nullable String v)
      throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.VARCHAR);
    } else {
      ps.setString(i, v);
    }
  }

  static BigDecimal zeroIfNull(@Nullable BigDecimal v) {
    return v == null ? BigDecimal.ZERO : v;
  }
}
