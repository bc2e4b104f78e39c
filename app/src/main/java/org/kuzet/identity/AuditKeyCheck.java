package org.kuzet.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * What production needs of the audit keys, read from the environment before anything starts: a ring
 * of its own, an active key in it, and never the published demo key.
 */
public final class AuditKeyCheck {

  private AuditKeyCheck() {}

  /** Every problem with {@code kuzet.audit.keys}; empty when production may start. */
  public static List<String> problems(Environment env) {
    var binder = Binder.get(env);
    Map<String, String> ring =
        binder
            .bind("kuzet.audit.keys.ring", Bindable.mapOf(String.class, String.class))
            .orElse(Map.of());
    String active = binder.bind("kuzet.audit.keys.active", String.class).orElse(null);
    var problems = new ArrayList<String>();
    if (ring.isEmpty()) {
      problems.add(
          "kuzet.audit.keys must be set (e.g. KUZET_AUDIT_KEYS_ACTIVE=a2026 and"
              + " KUZET_AUDIT_KEYS_RING_A2026=<base64 of 32 random bytes>): the audit log is sealed"
              + " with a key kept outside the database");
      return problems;
    }
    try {
      var keys = AuditKeys.from(new AuditSettings.Keys(active, ring));
      if (!keys.demoKeyIds().isEmpty()) {
        problems.add(
            "kuzet.audit.keys.ring holds the published demo key (as "
                + keys.demoKeyIds()
                + "): remove it; production seals the audit log with a key of its own");
      }
    } catch (IllegalStateException e) {
      problems.add(e.getMessage());
    }
    return problems;
  }
}
