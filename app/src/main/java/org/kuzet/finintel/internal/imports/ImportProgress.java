package org.kuzet.finintel.internal.imports;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.kuzet.finintel.ImportId;
import org.springframework.stereotype.Component;

/**
 * Progress of running imports, kept in memory: updating a database row for every thousand rows
 * would cost more than the import itself. Finished imports are read from the database.
 */
@Component
class ImportProgress {

  /** Where an import stands: the phase and how far it got in it, out of {@code total}. */
  record Snapshot(String phase, long done, long total, long rows, long rejected) {
    public int percent() {
      return total <= 0 ? 0 : (int) Math.min(100, done * 100 / total);
    }
  }

  private final Map<ImportId, Snapshot> running = new ConcurrentHashMap<>();

  void update(ImportId importId, String phase, long done, long total, long rows, long rejected) {
    running.put(importId, new Snapshot(phase, done, total, rows, rejected));
  }

  Optional<Snapshot> get(ImportId importId) {
    return Optional.ofNullable(running.get(importId));
  }

  void finished(ImportId importId) {
    running.remove(importId);
  }
}
