package org.kuzet.watchlist.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.kuzet.engine.screening.ScreeningHit;
import org.kuzet.identity.AccessRules;
import org.kuzet.identity.AuditDetail;
import org.kuzet.identity.AuditLog;
import org.kuzet.identity.KuzetUser;
import org.kuzet.watchlist.ScreeningResult;
import org.kuzet.watchlist.internal.Batches.BatchRow;
import org.kuzet.web.Exports;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/**
 * Batch screening: a CSV of names is checked on upload, then screened in the background on one
 * worker thread (batches queue, so they never take both cores from the officers' own checks), all
 * rows against the same list versions. Progress is written as it goes; the result is a CSV that
 * only its owner may download.
 */
@Service
class BatchScreenings implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(BatchScreenings.class);
  private static final int PROGRESS_EVERY = 25;
  static final List<String> RESULT_HEADER =
      List.of(
          "line",
          "query_id",
          "query_name",
          "outcome",
          "list",
          "entry_id",
          "matched_name",
          "score",
          "list_version",
          "detail");

  private final Batches batches;
  private final ActiveLists active;
  private final AuditLog audit;
  private final WatchlistSettings settings;
  private final Clock clock;
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "watchlist-batch");
            t.setDaemon(true);
            return t;
          });

  BatchScreenings(
      Batches batches,
      ActiveLists active,
      AuditLog audit,
      WatchlistSettings settings,
      Clock clock) {
    this.clock = clock;
    this.batches = batches;
    this.active = active;
    this.audit = audit;
    this.settings = settings;
  }

  /**
   * Checks the file and queues it.
   *
   * @throws BatchFile.Refused when the file as a whole cannot be used (nothing is stored)
   */
  long start(KuzetUser user, String fileName, byte[] csv) throws BatchFile.Refused {
    BatchFile file = BatchFile.read(csv, settings.batchMaxBytes(), settings.batchMaxRows());
    String name = fileName.isBlank() ? "batch.csv" : clip(fileName, 300);
    long id =
        batches.create(
            user.accountId(), user.username(), user.agency(), name, file.size(), clock.instant());
    audit.recordFacts(
        "SCREENING_BATCH_STARTED",
        "screening-batch",
        id,
        AuditDetail.of("screening.batchStarted", name, file.rows().size(), file.errors().size()));
    worker.submit(() -> run(id, file));
    return id;
  }

  /** The batch, when this user may see it (its owner, within the owner's agency). */
  Optional<BatchRow> find(long id, KuzetUser user) {
    return batches
        .find(id)
        .filter(b -> AccessRules.mayReadScreeningBatch(user, b.ownerAccountId(), b.ownerAgency()));
  }

  List<BatchRow> mine(KuzetUser user) {
    return batches.ownedBy(user.accountId(), 20);
  }

  List<BatchFile.RowError> errors(BatchRow batch) {
    return batches.errors(batch.id(), 200);
  }

  /** The result file of a finished batch this user may read; the download is audited. */
  Optional<byte[]> result(long id, KuzetUser user) {
    Optional<BatchRow> batch = find(id, user).filter(BatchRow::done);
    if (batch.isEmpty()) {
      return Optional.empty();
    }
    byte[] csv = batches.result(id);
    if (csv == null) {
      return Optional.empty();
    }
    audit.recordFacts(
        "SCREENING_BATCH_EXPORTED",
        "screening-batch",
        id,
        AuditDetail.of("screening.batchExported", batch.get().fileName()));
    return Optional.of(csv);
  }

  /** Batches left running by a stopped application are marked failed (done once at start-up). */
  void failInterrupted() {
    int n =
        batches.failRunning("interrupted: the application stopped while it ran", clock.instant());
    if (n > 0) {
      log.warn("{} batch screening(s) were interrupted by a restart and are marked failed", n);
    }
  }

  private void run(long id, BatchFile file) {
    try {
      // One snapshot for the whole batch: every row is screened against the same versions.
      ActiveLists.Snapshot snapshot = active.current();
      List<List<?>> out = new ArrayList<>();
      List<Object[]> lines = new ArrayList<>();
      int done = 0;
      int hits = 0;
      for (BatchFile.Row row : file.rows()) {
        ScreeningResult result = ActiveLists.screen(snapshot, row.query());
        if (result.hasHits()) {
          hits++;
          for (ScreeningHit h : result.hits()) {
            lines.add(new Object[] {row.line(), hitRow(row, h)});
          }
        } else {
          lines.add(
              new Object[] {
                row.line(),
                Arrays.asList(
                    row.line(),
                    row.id(),
                    row.query().name(),
                    "CLEAR",
                    null,
                    null,
                    null,
                    null,
                    null,
                    null)
              });
        }
        done++;
        if (done % PROGRESS_EVERY == 0) {
          batches.progress(id, done + file.errors().size(), hits, file.errors().size());
        }
      }
      for (BatchFile.RowError e : file.errors()) {
        lines.add(
            new Object[] {
              e.line(),
              Arrays.asList(
                  e.line(), e.id(), null, "ERROR", null, null, null, null, null, e.message())
            });
      }
      lines.sort((a, b) -> Long.compare((Long) a[0], (Long) b[0]));
      for (Object[] l : lines) {
        out.add((List<?>) l[1]);
      }
      var bytes = new ByteArrayOutputStream();
      Exports.writeCsv(bytes, new Exports.Table(RESULT_HEADER, out));
      batches.insertErrors(id, file.errors());
      String versions =
          snapshot.versions().entrySet().stream()
              .map(v -> v.getKey() + "=" + v.getValue())
              .collect(Collectors.joining(", "));
      batches.finish(
          id,
          done + file.errors().size(),
          hits,
          file.errors().size(),
          versions,
          bytes.toByteArray(),
          clock.instant());
    } catch (IOException | RuntimeException e) {
      log.error("batch screening {} failed", id, e);
      batches.fail(id, e.getClass().getSimpleName() + ": " + e.getMessage(), clock.instant());
    }
  }

  private static List<?> hitRow(BatchFile.Row row, ScreeningHit h) {
    return Arrays.asList(
        row.line(),
        row.id(),
        row.query().name(),
        "HIT",
        h.listName(),
        h.entryId(),
        h.matchedName(),
        h.score(),
        h.listVersion(),
        h.explanation().render().strip().replaceAll("\\s*\\n\\s*", "; "));
  }

  private static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }

  @Override
  public void destroy() {
    worker.shutdownNow();
  }
}
