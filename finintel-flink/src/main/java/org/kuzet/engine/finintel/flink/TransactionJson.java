package org.kuzet.engine.finintel.flink;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.kuzet.engine.finintel.AccountRef;
import org.kuzet.engine.finintel.Alert;
import org.kuzet.engine.finintel.PaymentType;
import org.kuzet.engine.finintel.Transaction;

/**
 * The JSON form of transactions and alerts on Kafka topics. A transaction is one object:
 *
 * <pre>
 * {"id":"T1","timestamp":"2024-01-01T10:15:00Z","fromBank":"KZ01","fromAccount":"P0000001",
 *  "toBank":"KZ02","toAccount":"S12","amountPaid":"9500.00","paymentCurrency":"USD",
 *  "amountReceived":"9500.00","receivingCurrency":"USD","paymentType":"CASH",
 *  "fromCountry":null,"toCountry":"IR"}
 * </pre>
 *
 * <p>Amounts may be JSON numbers or strings (strings keep every digit); {@code amountReceived} and
 * {@code receivingCurrency} default to the paid ones, the countries to unknown. An alert is {@code
 * {"id","typology","score","detectedAt","accounts":["bank:account",...],
 * "transactions":[ids],"reason"}}.
 */
public final class TransactionJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private TransactionJson() {}

  /** Parses one transaction; a message naming the field says what is wrong. */
  public static Transaction parse(byte[] json) {
    JsonNode n;
    try {
      n = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new IllegalArgumentException("not JSON: " + e.getMessage());
    }
    if (n == null || !n.isObject()) {
      throw new IllegalArgumentException("a transaction must be a JSON object");
    }
    Instant ts;
    try {
      ts = Instant.parse(text(n, "timestamp"));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "field 'timestamp' is not an ISO-8601 instant: '" + text(n, "timestamp") + "'");
    }
    BigDecimal paid = amount(n, "amountPaid");
    String paidCcy = text(n, "paymentCurrency");
    BigDecimal received = n.hasNonNull("amountReceived") ? amount(n, "amountReceived") : paid;
    String receivedCcy = n.hasNonNull("receivingCurrency") ? text(n, "receivingCurrency") : paidCcy;
    PaymentType type;
    try {
      type = PaymentType.parse(text(n, "paymentType"));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("field 'paymentType': " + e.getMessage());
    }
    return new Transaction(
        text(n, "id"),
        ts,
        new AccountRef(optionalOr(n, "fromBank", ""), text(n, "fromAccount")),
        new AccountRef(optionalOr(n, "toBank", ""), text(n, "toAccount")),
        paid,
        paidCcy,
        received,
        receivedCcy,
        type,
        optional(n, "fromCountry", null),
        optional(n, "toCountry", null));
  }

  public static byte[] write(Transaction t) {
    ObjectNode n = JSON.createObjectNode();
    n.put("id", t.id());
    n.put("timestamp", t.timestamp().toString());
    n.put("fromBank", t.from().bank());
    n.put("fromAccount", t.from().account());
    n.put("toBank", t.to().bank());
    n.put("toAccount", t.to().account());
    n.put("amountPaid", t.amountPaid().toPlainString());
    n.put("paymentCurrency", t.paymentCurrency());
    n.put("amountReceived", t.amountReceived().toPlainString());
    n.put("receivingCurrency", t.receivingCurrency());
    n.put("paymentType", t.paymentType().name());
    n.put("fromCountry", t.fromCountry());
    n.put("toCountry", t.toCountry());
    return bytes(n);
  }

  public static byte[] write(Alert a) {
    ObjectNode n = JSON.createObjectNode();
    n.put("id", a.id());
    n.put("typology", a.typology().name().toLowerCase(Locale.ROOT));
    n.put("score", a.score());
    n.put("detectedAt", a.detectedAt().toString());
    ArrayNode accounts = n.putArray("accounts");
    a.accounts().forEach(r -> accounts.add(r.key()));
    ArrayNode txs = n.putArray("transactions");
    a.transactionIds().forEach(txs::add);
    n.put("reason", a.reason());
    return bytes(n);
  }

  /** Reads an alert back (for consumers and tests). */
  public static JsonNode readAlert(byte[] json) throws IOException {
    return JSON.readTree(json);
  }

  private static byte[] bytes(JsonNode n) {
    try {
      return JSON.writeValueAsBytes(n);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      throw new IllegalArgumentException("field '" + field + "' is missing");
    }
    if (!v.isValueNode() || v.asText().isEmpty()) {
      throw new IllegalArgumentException("field '" + field + "' must be a non-empty value");
    }
    return v.asText();
  }

  private static String optionalOr(JsonNode n, String field, String dflt) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? dflt : v.asText();
  }

  private static @Nullable String optional(JsonNode n, String field, @Nullable String dflt) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? dflt : v.asText();
  }

  private static BigDecimal amount(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v != null && v.isNumber()) {
      return v.decimalValue();
    }
    String s = text(n, field);
    try {
      return new BigDecimal(s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("field '" + field + "' is not a number: '" + s + "'");
    }
  }
}
