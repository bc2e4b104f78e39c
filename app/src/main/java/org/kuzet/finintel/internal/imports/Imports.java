package org.kuzet.finintel.internal.imports;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;
import org.kuzet.engine.finintel.Transaction;
import org.kuzet.engine.finintel.goaml.GoAmlReader;
import org.kuzet.engine.finintel.goaml.GoAmlReport;
import org.kuzet.engine.finintel.goaml.GoAmlTransaction;
import org.kuzet.engine.finintel.goaml.GoAmlTransactions;
import org.kuzet.engine.finintel.io.CsvColumnMapping;
import org.kuzet.engine.finintel.io.InputRejectedException;
import org.kuzet.engine.finintel.io.RowError;
import org.kuzet.engine.finintel.io.TransactionFormat;
import org.kuzet.engine.finintel.io.TransactionSource;
import org.kuzet.finintel.ImportId;
import org.kuzet.finintel.internal.alerts.Detection;
import org.kuzet.finintel.internal.alerts.PartyScreening;
import org.kuzet.finintel.internal.ledger.Columns;
import org.kuzet.finintel.internal.ledger.FinintelAccess;
import org.kuzet.finintel.internal.ledger.ImportRow;
import org.kuzet.finintel.internal.ledger.PartyFacts;
import org.kuzet.finintel.internal.ledger.TransactionStore;
import org.kuzet.identity.AgencyCode;
import org.kuzet.identity.AuditDetail;
import org.kuzet.identity.AuditLog;
import org.kuzet.identity.KuzetUser;
import org.kuzet.web.DatabaseOutage;
import org.kuzet.web.ListPage;
import org.kuzet.web.NotFound;
import org.kuzet.web.Paging;
import org.kuzet.web.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports transaction files in the background: the upload is saved and hashed, then one worker
 * reads it with the engine's reader for its format, stores the rows in batches, runs detection on
 * them and screens the parties it named. One worker for the whole application: imports queue rather
 * than fight over the same accounts.
 */
@Service
public class Imports implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(Imports.class);

  /** Rejected rows kept for the report; all are counted. */
  static final int MAX_STORED_ERRORS = 1000;

  /** An import as the pages and the API show it. */
  public record ImportView(
      ImportId id,
      AgencyCode agency,
      String importedBy,
      String fileName,
      String format,
      String status,
      long bytesTotal,
      long rowsRead,
      long rowsAdded,
      long rowsRejected,
      long alertsAdded,
      long partiesAdded,
      @Nullable ImportId duplicateOf,
      @Nullable String message,
      boolean illustrative,
      OffsetDateTime startedAt,
      @Nullable OffsetDateTime finishedAt,
      String phase,
      int percent,
      String timeZone,
      @Nullable String messageCode,
      List<String> messageArgs) {
    public ImportView {
      // answers kept for retried uploads before the failure's values were kept have none
      messageArgs = messageArgs == null ? List.of() : List.copyOf(messageArgs);
    }

    public boolean running() {
      return !status.equals("DONE") && !status.equals("FAILED") && !status.equals("DUPLICATE");
    }

    /** True when the page words the failure by its code; else it shows the message as written. */
    public boolean failureWorded() {
      return messageCode != null && !messageCode.equals(FailureCodes.OTHER);
    }

    /** The failure's value {@code i}, or empty. */
    public String failureArg(int i) {
      return i < messageArgs.size() ? messageArgs.get(i) : "";
    }
  }

  /**
   * A rejected row: its line, why as a stable code ({@code RowError.Code}) with the field and the
   * value found, and the engine's English reason. The code is null for rows rejected before codes
   * were kept whose reason did not read back; they show their reason.
   */
  public record ImportError(
      long line,
      @Nullable String code,
      @Nullable String field,
      @Nullable String value,
      String reason) {}

  /** How long the phases of an import took, kept for the benchmark. */
  public record Timings(double importSeconds, double detectSeconds, double screenSeconds) {}

  private final Map<ImportId, Timings> timings = new ConcurrentHashMap<>();

  public Optional<Timings> timings(ImportId id) {
    return Optional.ofNullable(timings.get(id));
  }

  private final ImportStore db;
  private final TransactionStore store;
  private final Detection detection;
  private final PartyScreening screening;
  private final ImportProgress progress;
  private final AuditLog audit;
  private final ImportZones zones;
  private final Clock clock;
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "finintel-import");
            t.setDaemon(true);
            return t;
          });

  Imports(
      ImportStore db,
      TransactionStore store,
      Detection detection,
      PartyScreening screening,
      ImportProgress progress,
      AuditLog audit,
      ImportZones zones,
      Clock clock) {
    this.clock = clock;
    this.zones = zones;
    this.db = db;
    this.store = store;
    this.detection = detection;
    this.screening = screening;
    this.progress = progress;
    this.audit = audit;
  }

  /**
   * Starts the import of a file uploaded from the workbench page or the API, the one way both hand
   * a file over: an empty upload is refused, naming the field.
   */
  public ImportId submit(
      KuzetUser user,
      MultipartFile file,
      String format,
      @Nullable String mapping,
      @Nullable String zone)
      throws IOException {
    if (file.isEmpty()) {
      throw Refusal.of("file", "error.upload.empty");
    }
    String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
    return submit(user, name, format, mapping, zone, file.getInputStream());
  }

  /**
   * Saves the upload, records the import and queues it; returns its id at once. The format, mapping
   * and zone are checked here, so a wrong choice is refused before anything is stored.
   *
   * @param zoneName the zone the file's local times are in; blank for the agency's
   */
  public ImportId submit(
      KuzetUser user,
      String fileName,
      String formatName,
      @Nullable String mapping,
      @Nullable String zoneName,
      InputStream in)
      throws IOException {
    FinintelAccess.requireInvestigator(user);
    TransactionFormat format = TransactionFormat.parse(formatName);
    ZoneId zone = zones.chosen(zoneName, user.agency());
    CsvColumnMapping columns =
        mapping == null || mapping.isBlank() ? null : CsvColumnMapping.parse(mapping);
    Path file = Files.createTempFile("kuzet-finintel-", ".upload");
    String hash;
    try (var digest = new DigestInputStream(in, sha256());
        OutputStream out = Files.newOutputStream(file)) {
      digest.transferTo(out);
      hash = HexFormat.of().formatHex(digest.getMessageDigest().digest());
    }
    ImportId id =
        create(
            user.agency(), user.username(), clean(fileName), hash, format, Files.size(file), false);
    zones.record(id, zone);
    audit.recordFacts(
        "finintel.import",
        "fin_import",
        id,
        AuditDetail.of("finintel.import", clean(fileName), format.name(), zone.getId()));
    Runnable start = () -> worker.submit(() -> runFromFile(id, file, format, columns, zone));
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      // Inside a caller's transaction (an API call with an Idempotency-Key): the worker reads the
      // import's row, so it starts once that row is committed, and never for a rolled-back one.
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              if (status == STATUS_COMMITTED) {
                start.run();
              } else {
                try {
                  Files.deleteIfExists(file);
                } catch (IOException e) {
                  log.warn("could not delete upload {}", file, e);
                }
              }
            }
          });
    } else {
      start.run();
    }
    return id;
  }

  public ImportId create(
      AgencyCode agency,
      String by,
      String fileName,
      String hash,
      TransactionFormat format,
      long bytes,
      boolean illustrative) {
    ImportId id = db.create(agency, by, fileName, hash, format, bytes, illustrative);
    progress.update(id, "QUEUED", 0, bytes, 0, 0);
    return id;
  }

  private void runFromFile(
      ImportId id,
      Path file,
      TransactionFormat format,
      @Nullable CsvColumnMapping mapping,
      ZoneId zone) {
    try {
      AgencyCode agency = agencyOf(id);
      Optional<ImportId> earlier = db.earlierDone(agency, db.fileHash(id), id);
      if (earlier.isPresent()) {
        db.markDuplicate(id, earlier.get());
        return;
      }
      long total = Files.size(file);
      try (InputStream raw = Files.newInputStream(file)) {
        Counting in = new Counting(raw);
        run(id, agency, format, in, mapping, in::count, total, zone);
      }
    } catch (Exception e) {
      fail(id, e);
    } finally {
      progress.finished(id);
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        log.warn("could not delete upload {}", file, e);
      }
    }
  }

  /**
   * Reads, stores, detects and screens, in the calling thread, with local times read in {@code
   * zone}. Used by uploads, demo and bench.
   */
  public void run(
      ImportId id,
      AgencyCode agency,
      TransactionFormat format,
      InputStream in,
      @Nullable CsvColumnMapping mapping,
      LongSupplier bytesRead,
      long bytesTotal,
      ZoneId zone)
      throws IOException {
    try {
      load(id, agency, format, in, mapping, bytesRead, bytesTotal, zone);
    } finally {
      progress.finished(id);
    }
  }

  private void load(
      ImportId id,
      AgencyCode agency,
      TransactionFormat format,
      InputStream in,
      @Nullable CsvColumnMapping mapping,
      LongSupplier bytesRead,
      long bytesTotal,
      ZoneId zone)
      throws IOException {
    long t0 = System.nanoTime();
    TransactionStore.Writer writer = store.writer(id, agency);
    AtomicLong rejected = new AtomicLong();
    long read = 0;
    setStatus(id, "IMPORTING");
    try {
      if (format == TransactionFormat.GOAML) {
        GoAmlReport report = new GoAmlReader().read(in);
        for (GoAmlTransaction t : report.transactions()) {
          Transaction tx = GoAmlTransactions.toTransaction(t, report.currencyCodeLocal(), zone);
          writer.add(new ImportRow(tx, PartyFacts.holderOf(t.from()), PartyFacts.holderOf(t.to())));
          read++;
        }
      } else {
        try (TransactionSource source =
            format.open(in, e -> rejectRow(id, e, rejected), mapping, zone)) {
          for (Transaction t = source.next(); t != null; t = source.next()) {
            writer.add(
                new ImportRow(
                    t,
                    PartyFacts.holderNamed(source.fromHolder()),
                    PartyFacts.holderNamed(source.toHolder())));
            if (++read % 5000 == 0) {
              progress.update(
                  id, "IMPORTING", bytesRead.getAsLong(), bytesTotal, read, rejected.get());
            }
          }
        }
      }
      writer.flush();
    } catch (InputRejectedException e) {
      writer.flush();
      counts(id, read, writer, rejected.get());
      throw e;
    }
    counts(id, read, writer, rejected.get());
    long added = writer.added();
    long t1 = System.nanoTime();
    setStatus(id, "DETECTING");
    long alerts =
        detection.run(
            id, agency, n -> progress.update(id, "DETECTING", n, added, added, rejected.get()));
    long t2 = System.nanoTime();
    setStatus(id, "SCREENING");
    progress.update(id, "SCREENING", 0, 1, added, rejected.get());
    long hits = screening.screenUnscreened(agency);
    long t3 = System.nanoTime();
    if (timings.size() > 100) {
      timings.clear();
    }
    timings.put(id, new Timings((t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9));
    log.info(
        "import {}: {} rows read, {} added, {} rejected, {} alerts; import {} s, detection {} s",
        id,
        read,
        added,
        rejected.get(),
        alerts + hits,
        (t1 - t0) / 1e9,
        (t2 - t1) / 1e9);
    db.done(id, alerts + hits);
  }

  private void counts(ImportId id, long read, TransactionStore.Writer writer, long rejected) {
    db.counts(id, read, writer.added(), rejected, writer.newParties());
  }

  private void rejectRow(ImportId id, RowError e, AtomicLong rejected) {
    if (rejected.incrementAndGet() <= MAX_STORED_ERRORS) {
      db.rejectRow(id, e);
    }
  }

  private void fail(ImportId id, Exception e) {
    log.warn("import {} failed", id, e);
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    if (DatabaseOutage.isOutage(e)) {
      message =
          "the database could not be reached for "
              + TransactionStore.OUTAGE_PATIENCE.toMinutes()
              + " minutes ("
              + message
              + "). "
              + RESUME;
    }
    String recorded = Columns.clip(message, 2000);
    // Why, as a code and its values, so the page words it in the reader's language.
    String code = FailureCodes.OTHER;
    List<String> args = List.of();
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof InputRejectedException r && r.code() != null) {
        code = r.code();
        args = r.args();
        break;
      }
    }
    if (DatabaseOutage.isOutage(e)) {
      code = FailureCodes.OUTAGE;
      args = List.of(Long.toString(TransactionStore.OUTAGE_PATIENCE.toMinutes()));
    }
    String storedArgs = FailureCodes.stored(args);
    if (storedArgs.length() > 2000) {
      // values too long to keep: the page shows the message as written
      code = FailureCodes.OTHER;
      storedArgs = "";
    }
    String storedCode = code;
    // The database may be why the import failed: keep trying to record the failure while it
    // comes back, so that the import does not stay "importing" for ever.
    long deadline = System.nanoTime() + TransactionStore.OUTAGE_PATIENCE.toNanos();
    while (true) {
      try {
        db.failed(id, recorded, storedCode, storedArgs);
        return;
      } catch (RuntimeException again) {
        if (!DatabaseOutage.isOutage(again) || System.nanoTime() > deadline) {
          log.error(
              "import {} failed and its status could not be recorded; it is marked failed at the next start",
              id,
              again);
          return;
        }
        try {
          Thread.sleep(2000);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  /** What to do after an import that stopped half-way. */
  static final String RESUME =
      "The rows stored so far are kept: import the same file again to add the rest"
          + " (rows already stored are skipped, so nothing is doubled).";

  /**
   * Imports that were running when the application stopped (a crash, a kill, a power cut) can never
   * finish: at start, they are marked failed with what to do. One application instance per
   * database, as the single import worker assumes.
   */
  @EventListener(ApplicationReadyEvent.class)
  void markInterruptedImports() {
    int n =
        db.failRunning(
            "Interrupted: the application stopped while this import ran. " + RESUME,
            FailureCodes.INTERRUPTED);
    if (n > 0) {
      log.warn(
          "{} import(s) interrupted by the last stop marked failed; import their files again", n);
    }
  }

  private void setStatus(ImportId id, String status) {
    db.setStatus(id, status);
  }

  private AgencyCode agencyOf(ImportId id) {
    return db.agencyOf(id).orElseThrow(() -> new NotFound("import", id.value()));
  }

  // ---- reading -------------------------------------------------------------------------------

  public ImportView get(KuzetUser user, ImportId id) {
    FinintelAccess.requireInvestigator(user);
    ImportView v = find(id).orElseThrow(() -> new NotFound("import", id.value()));
    FinintelAccess.requireOwner(user, v.agency(), audit, "import", id.value());
    return v;
  }

  public Optional<ImportView> find(ImportId id) {
    return db.find(id).map(this::live);
  }

  public List<ImportView> list(KuzetUser user, int limit) {
    FinintelAccess.requireInvestigator(user);
    return db.list(user.agency(), limit).stream().map(this::live).toList();
  }

  /** One page of the agency's imports, for the API. */
  public ListPage<ImportView> page(KuzetUser user, Paging paging) {
    FinintelAccess.requireInvestigator(user);
    return db.page(user.agency(), paging).map(this::live);
  }

  /** One page of an import's rejected rows, by line, for the API: an import may reject millions. */
  public ListPage<ImportError> errors(KuzetUser user, ImportId id, Paging paging) {
    get(user, id);
    return db.errors(id, paging);
  }

  public List<ImportError> errors(KuzetUser user, ImportId id) {
    get(user, id);
    return db.errors(id);
  }

  /** The import as stored, with the live phase, counts and percentage while it runs. */
  private ImportView live(ImportView v) {
    var running = progress.get(v.id());
    if (running.isEmpty()) {
      return v;
    }
    ImportProgress.Snapshot p = running.get();
    boolean done = v.status().equals("DONE") || v.status().equals("DUPLICATE");
    return new ImportView(
        v.id(),
        v.agency(),
        v.importedBy(),
        v.fileName(),
        v.format(),
        v.status(),
        v.bytesTotal(),
        p.rows(),
        v.rowsAdded(),
        p.rejected(),
        v.alertsAdded(),
        v.partiesAdded(),
        v.duplicateOf(),
        v.message(),
        v.illustrative(),
        v.startedAt(),
        v.finishedAt(),
        p.phase(),
        done ? 100 : p.percent(),
        v.timeZone(),
        v.messageCode(),
        v.messageArgs());
  }

  private static String clean(String fileName) {
    String name = fileName.replaceAll("[\\\\/]", "_").strip();
    return Columns.clip(name.isEmpty() ? "upload" : name, 255);
  }

  public static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void destroy() {
    worker.shutdownNow();
  }

  /** Counts the bytes read, for the progress bar. */
  static final class Counting extends FilterInputStream {
    private volatile long count;

    Counting(InputStream in) {
      super(in);
    }

    long count() {
      return count;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }
}
