package org.kuzet.finintel.internal.imports;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kuzet.finintel.ImportId;
import org.kuzet.identity.AgencyCode;
import org.kuzet.web.AgencyZones;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one rule for times in imported files: a time without an offset is a local time in the zone
 * the user chose at import (by default the agency's zone, by the application's one rule for zones,
 * {@link AgencyZones}); it is stored as a UTC instant, shown in the reader's agency's zone, and
 * written to goAML as the same local time in the import's zone again. The zone of each import is
 * kept with it ({@code fin_import.time_zone}; imports made before it was kept were read as UTC).
 */
@Component
public class ImportZones {

  /** Zones offered first on the import form: the region's, then the usual trading partners'. */
  static final List<String> OFFERED =
      List.of(
          "Asia/Almaty",
          "Asia/Qyzylorda",
          "Asia/Aqtobe",
          "Asia/Aqtau",
          "Asia/Oral",
          "Asia/Atyrau",
          "Asia/Bishkek",
          "Asia/Tashkent",
          "Asia/Dushanbe",
          "Asia/Ashgabat",
          "Europe/Moscow",
          "Asia/Urumqi",
          "Asia/Shanghai",
          "Asia/Dubai",
          "Europe/Istanbul",
          "Europe/London",
          "UTC");

  private final JdbcClient db;
  private final AgencyZones zones;

  ImportZones(JdbcClient db, AgencyZones zones) {
    this.db = db;
    this.zones = zones;
  }

  /** The agency's zone: where its files' local times are read unless the user says otherwise. */
  public ZoneId defaultFor(AgencyCode agency) {
    return zones.of(agency);
  }

  /** The zone the user chose, or the agency's when none was chosen. */
  ZoneId chosen(@Nullable String zone, AgencyCode agency) {
    if (zone == null || zone.isBlank()) {
      return defaultFor(agency);
    }
    try {
      return ZoneId.of(zone.strip());
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "zone: '" + zone.strip() + "' is not a time zone; choose one such as Asia/Almaty");
    }
  }

  /** The zones for the form: the agency's first, then {@link #OFFERED}. */
  public List<String> choices(AgencyCode agency) {
    Set<String> out = new LinkedHashSet<>();
    out.add(defaultFor(agency).getId());
    out.addAll(OFFERED);
    return List.copyOf(out);
  }

  public void record(ImportId importId, ZoneId zone) {
    db.sql("UPDATE fin_import SET time_zone = ? WHERE id = ?")
        .params(zone.getId(), importId.value())
        .update();
  }

  ZoneId of(ImportId importId) {
    return db.sql("SELECT time_zone FROM fin_import WHERE id = ?")
        .param(importId.value())
        .query(String.class)
        .optional()
        .map(ZoneId::of)
        .orElse(ZoneOffset.UTC);
  }

  /** The zone each transaction's file was read in, by transaction id. */
  public Map<Long, ZoneId> ofTransactions(Collection<Long> transactionIds) {
    Map<Long, ZoneId> out = new HashMap<>();
    List<Long> ids = List.copyOf(transactionIds);
    for (int from = 0; from < ids.size(); from += 500) {
      List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
      db.sql(
              "SELECT t.id, i.time_zone FROM fin_transaction t JOIN fin_import i ON i.id = t.import_id"
                  + " WHERE t.id IN ("
                  + "?,".repeat(chunk.size() - 1)
                  + "?)")
          .params(chunk)
          .query((rs, n) -> out.put(rs.getLong(1), ZoneId.of(rs.getString(2))))
          .list();
    }
    return out;
  }
}
