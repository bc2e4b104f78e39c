package org.kuzet.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An audit entry's detail as facts: a key and its arguments (texts as written, whole numbers),
 * worded in the reader's language by the message {@code audit.detail.<key>}. It is stored in the
 * entry's detail column as a small JSON object, {@code {"k":"<key>","a":[...]}}, so the seal covers
 * it like any detail and the log stays readable without the application.
 */
public record AuditDetail(String key, List<Object> args) {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  public AuditDetail {
    Objects.requireNonNull(key, "key");
    if (!key.matches("[A-Za-z0-9_.]{1,100}")) {
      throw new IllegalArgumentException(
          "an audit detail key is letters, digits, dots and underscores: " + key);
    }
    args = List.copyOf(args);
    for (Object a : args) {
      if (!(a instanceof String || a instanceof Long || a instanceof Integer)) {
        throw new IllegalArgumentException(
            "an audit detail argument is a text or a whole number: " + a);
      }
    }
  }

  /** The detail {@code key} with its arguments. */
  public static AuditDetail of(String key, Object... args) {
    return new AuditDetail(key, List.of(args));
  }

  /** The message key that words it. */
  public String messageKey() {
    return "audit.detail." + key;
  }

  /** The detail as the column stores it. */
  public String stored() {
    ObjectNode node = JSON.createObjectNode();
    node.put("k", key);
    ArrayNode a = node.putArray("a");
    for (Object arg : args) {
      if (arg instanceof String s) {
        a.add(s);
      } else {
        a.add(((Number) arg).longValue());
      }
    }
    return JSON.writeValueAsString(node);
  }

  /**
   * The facts of a stored detail, or empty when it is a sentence written before facts were kept.
   */
  public static Optional<AuditDetail> read(@Nullable String stored) {
    if (stored == null || !stored.startsWith("{\"k\":")) {
      return Optional.empty();
    }
    try {
      JsonNode node = JSON.readTree(stored);
      List<Object> args = new ArrayList<>();
      for (JsonNode a : node.path("a")) {
        args.add(a.isIntegralNumber() ? (Object) a.longValue() : a.asString());
      }
      return Optional.of(new AuditDetail(node.path("k").asString(), args));
    } catch (JacksonException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
