package org.kuzet.finintel.internal.ledger;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.kuzet.engine.finintel.AccountRef;
import org.kuzet.engine.finintel.PaymentType;
import org.kuzet.engine.finintel.Transaction;
import org.kuzet.identity.AgencyCode;
import org.kuzet.web.Countries;
import org.kuzet.web.Refusal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads stored transactions and accounts for the pages, the charts and the reports. Callers have
 * checked the agency already; every query is still limited to it.
 */
@Component
public class Ledger {

  /** A stored transaction with both accounts resolved. */
  public record Tx(
      long id,
      String extId,
      OffsetDateTime at,
      long fromId,
      String fromBank,
      String fromAccount,
      @Nullable String fromHolder,
      long toId,
      String toBank,
      String toAccount,
      @Nullable String toHolder,
      BigDecimal amountPaid,
      String paidCurrency,
      BigDecimal amountReceived,
      String receivedCurrency,
      String paymentType,
      @Nullable String fromCountry,
      @Nullable String toCountry) {

    public String fromKey() {
      return fromBank + ":" + fromAccount;
    }

    public String toKey() {
      return toBank + ":" + toAccount;
    }

    /** The engine's form, with the database id as its id. */
    public Transaction engine() {
      return new Transaction(
          Long.toString(id),
          at.toInstant(),
          new AccountRef(fromBank, fromAccount),
          new AccountRef(toBank, toAccount),
          amountPaid,
          paidCurrency,
          amountReceived,
          receivedCurrency,
          PaymentType.valueOf(paymentType),
          engineCountry(fromCountry),
          engineCountry(toCountry));
    }
  }

  /** An account with its holder, when known. */
  public record Account(
      long id,
      String bank,
      String account,
      @Nullable Long holderId,
      @Nullable String holderName,
      @Nullable String holderKind) {
    public String key() {
      return bank + ":" + account;
    }
  }

  /** A person or company. */
  record Party(
      long id,
      String kind,
      String name,
      @Nullable String idNumber,
      java.time.@Nullable LocalDate birthDate,
      @Nullable String country) {}

  static final String TX_SELECT =
      """
      SELECT t.id, t.ext_id, t.at, fa.id AS fa_id, fa.bank_code AS fa_bank, fa.account_no AS fa_no,
             fp.name AS fa_holder, ta.id AS ta_id, ta.bank_code AS ta_bank, ta.account_no AS ta_no,
             tp.name AS ta_holder, t.amount_paid, t.paid_currency, t.amount_received,
             t.received_currency, t.payment_type, t.from_country, t.to_country
      FROM fin_transaction t
      JOIN fin_account fa ON fa.id = t.from_account_id
      JOIN fin_account ta ON ta.id = t.to_account_id
      LEFT JOIN fin_party fp ON fp.id = fa.holder_party_id
      LEFT JOIN fin_party tp ON tp.id = ta.holder_party_id
      """;

  private final JdbcClient db;

  Ledger(JdbcClient db) {
    this.db = db;
  }

  public List<Tx> transactions(AgencyCode agency, Collection<Long> ids) {
    List<Tx> out = new ArrayList<>();
    List<Long> all = List.copyOf(ids);
    for (int from = 0; from < all.size(); from += 500) {
      List<Long> chunk = all.subList(from, Math.min(all.size(), from + 500));
      out.addAll(
          db.sql(
                  TX_SELECT
                      + " WHERE t.agency_code = ? AND t.id IN ("
                      + placeholders(chunk.size())
                      + ") ORDER BY t.at, t.id")
              .params(concat(agency.value(), chunk))
              .query(Ledger::tx)
              .list());
    }
    out.sort(Comparator.comparing(Tx::at).thenComparingLong(Tx::id));
    return out;
  }

  /**
   * Payments of the accounts, in or out, within the period, newest first, at most {@code limit}.
   */
  public List<Tx> around(
      AgencyCode agency,
      Collection<Long> accountIds,
      @Nullable Instant from,
      @Nullable Instant to,
      int limit) {
    if (accountIds.isEmpty()) {
      return List.of();
    }
    String in = placeholders(accountIds.size());
    List<Object> params = new ArrayList<>();
    params.add(agency.value());
    params.addAll(accountIds);
    params.addAll(accountIds);
    StringBuilder sql =
        new StringBuilder(TX_SELECT)
            .append(" WHERE t.agency_code = ? AND (t.from_account_id IN (")
            .append(in)
            .append(") OR t.to_account_id IN (")
            .append(in)
            .append("))");
    if (from != null) {
      sql.append(" AND t.at >= ?");
      params.add(from.atOffset(ZoneOffset.UTC));
    }
    if (to != null) {
      sql.append(" AND t.at <= ?");
      params.add(to.atOffset(ZoneOffset.UTC));
    }
    sql.append(" ORDER BY t.at DESC, t.id LIMIT ?");
    params.add(limit);
    return db.sql(sql.toString()).params(params).query(Ledger::tx).list();
  }

  /** Outgoing payments of the accounts within the period, for tracing money onwards. */
  public List<Tx> outgoing(
      AgencyCode agency, Collection<Long> accountIds, Instant from, Instant to, int limit) {
    if (accountIds.isEmpty()) {
      return List.of();
    }
    List<Object> params = new ArrayList<>();
    params.add(agency.value());
    params.addAll(accountIds);
    params.add(from.atOffset(ZoneOffset.UTC));
    params.add(to.atOffset(ZoneOffset.UTC));
    params.add(limit);
    return db.sql(
            TX_SELECT
                + " WHERE t.agency_code = ? AND t.from_account_id IN ("
                + placeholders(accountIds.size())
                + ") AND t.at >= ? AND t.at <= ? ORDER BY t.at, t.id LIMIT ?")
        .params(params)
        .query(Ledger::tx)
        .list();
  }

  public List<Account> accounts(AgencyCode agency, Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return db.sql(
            "SELECT a.id, a.bank_code, a.account_no, p.id, p.name, p.kind FROM fin_account a"
                + " LEFT JOIN fin_party p ON p.id = a.holder_party_id WHERE a.agency_code = ?"
                + " AND a.id IN ("
                + placeholders(ids.size())
                + ") ORDER BY a.bank_code, a.account_no")
        .params(concat(agency.value(), List.copyOf(ids)))
        .query(
            (rs, n) ->
                new Account(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getObject(4) == null ? null : rs.getLong(4),
                    rs.getString(5),
                    rs.getString(6)))
        .list();
  }

  /**
   * An account of the agency as a person or a script names it: {@code bank:account}, or its chart
   * id {@code a123}. Refused, naming {@code field}, when the agency holds no such account.
   */
  public long accountOf(AgencyCode agency, String field, String text) {
    String s = text.strip();
    if (s.matches("a\\d+")) {
      long id = Long.parseLong(s.substring(1));
      if (accounts(agency, List.of(id)).isEmpty()) {
        throw Refusal.of(field, "fin.refusal.noAccount", s);
      }
      return id;
    }
    int colon = s.indexOf(':');
    if (colon < 0) {
      throw Refusal.of(field, "fin.refusal.accountFormat", s);
    }
    return accountId(agency, s.substring(0, colon), s.substring(colon + 1))
        .orElseThrow(() -> Refusal.of(field, "fin.refusal.noAccount", s));
  }

  public Optional<Long> accountId(AgencyCode agency, String bank, String account) {
    return db.sql(
            "SELECT id FROM fin_account WHERE agency_code = ? AND bank_code = ? AND account_no = ?")
        .params(agency.value(), bank, account)
        .query(Long.class)
        .optional();
  }

  public List<Party> parties(AgencyCode agency, Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return db.sql(
            "SELECT id, kind, name, id_number, birth_date, country FROM fin_party WHERE agency_code = ?"
                + " AND id IN ("
                + placeholders(ids.size())
                + ") ORDER BY name")
        .params(concat(agency.value(), List.copyOf(ids)))
        .query(
            (rs, n) ->
                new Party(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getObject(5, LocalDate.class),
                    rs.getString(6)))
        .list();
  }

  static Tx tx(ResultSet rs, int n) throws SQLException {
    return new Tx(
        rs.getLong("id"),
        rs.getString("ext_id"),
        rs.getObject("at", OffsetDateTime.class),
        rs.getLong("fa_id"),
        rs.getString("fa_bank"),
        rs.getString("fa_no"),
        rs.getString("fa_holder"),
        rs.getLong("ta_id"),
        rs.getString("ta_bank"),
        rs.getString("ta_no"),
        rs.getString("ta_holder"),
        rs.getBigDecimal("amount_paid"),
        rs.getString("paid_currency").trim(),
        rs.getBigDecimal("amount_received"),
        rs.getString("received_currency").trim(),
        rs.getString("payment_type"),
        trimmed(rs.getString("from_country")),
        trimmed(rs.getString("to_country")));
  }

  /**
   * The engine and goAML write countries as ISO alpha-2; the table holds alpha-3. A two-letter code
   * the ISO table lacks (Kosovo's XK) was stored as the file gave it and goes back as it is.
   */
  public static @Nullable String engineCountry(@Nullable String stored) {
    if (stored == null || stored.isBlank()) {
      return null;
    }
    String s = stored.trim();
    return Countries.iso2(s).orElse(s.length() == 2 ? s : null);
  }

  private static @Nullable String trimmed(@Nullable String s) {
    return s == null ? null : s.trim();
  }

  static String placeholders(int n) {
    return IntStream.range(0, n).mapToObj(i -> "?").collect(Collectors.joining(", "));
  }

  static List<Object> concat(Object first, List<Long> rest) {
    List<Object> all = new ArrayList<>(rest.size() + 1);
    all.add(first);
    all.addAll(rest);
    return all;
  }
}
