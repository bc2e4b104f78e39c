package org.kuzet.identity;

import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the audit log under {@code kuzet.audit}: the keys its chain is sealed with (kept in
 * configuration, never in the database) and where and how often the chain's head is anchored
 * outside the database.
 */
@ConfigurationProperties("kuzet.audit")
record AuditSettings(@DefaultValue Keys keys, @DefaultValue Anchors anchors) {

  /**
   * Key ids mapped to base64 HMAC-SHA256 keys, and the id new entries are sealed with. Older keys
   * stay in the ring for as long as entries sealed with them are kept.
   */
  record Keys(@Nullable String active, Map<String, String> ring) {
    /** An unset ring reads as empty. */
    Keys(@Nullable String active, @Nullable Map<String, String> ring) {
      this.active = active;
      this.ring = ring == null ? Map.of() : Map.copyOf(ring);
    }
  }

  /**
   * The anchor file lives in {@code directory}; the head is written there every {@code interval}.
   */
  record Anchors(
      @DefaultValue("./data/audit-anchors") String directory,
      @DefaultValue("5m") Duration interval) {
    Anchors {
      if (directory.isBlank()) {
        throw new IllegalArgumentException("kuzet.audit.anchors.directory must name a directory");
      }
      if (interval.isNegative() || interval.isZero()) {
        throw new IllegalArgumentException("kuzet.audit.anchors.interval must be positive");
      }
    }
  }
}
