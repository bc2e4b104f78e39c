package org.kuzet.watchlist.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import org.jspecify.annotations.Nullable;
import org.kuzet.engine.screening.ListFileProblem;
import org.kuzet.engine.screening.Watchlist;
import org.kuzet.engine.screening.WatchlistFormatException;
import org.kuzet.identity.AuditDetail;
import org.kuzet.identity.AuditLog;
import org.kuzet.identity.CurrentUser;
import org.kuzet.identity.KuzetUser;
import org.kuzet.watchlist.WatchlistActivated;
import org.kuzet.watchlist.internal.ListVersions.ListRow;
import org.kuzet.watchlist.internal.ListVersions.Status;
import org.kuzet.watchlist.internal.ListVersions.VersionRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Uploads, compares and activates list versions.
 *
 * <p>An upload is parsed by the engine's loaders before anything is stored: a malformed or
 * truncated file is refused with the loader's reason and the active version stays. A stored version
 * is compared with the active one and waits (STAGED) until someone activates it; activation builds
 * a new engine, commits the change with its audit entry and the {@link WatchlistActivated} event,
 * and only then swaps the engine in.
 */
@Service
public class WatchlistManagement {

  private static final Logger log = LoggerFactory.getLogger(WatchlistManagement.class);
  private static final String SYSTEM = "system";

  private final ListVersions versions;
  private final ActiveLists active;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate tx;
  private final WatchlistSettings settings;
  private final Clock clock;

  /** Versions parsed at upload, kept a while so activating them does not parse them again. */
  private final Map<Long, Watchlist> recentlyParsed =
      Collections.synchronizedMap(
          new LinkedHashMap<>(8, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Watchlist> eldest) {
              return size() > 4;
            }
          });

  /** Uploads and activations one at a time: each builds on the state the previous one left. */
  private final Object changes = new Object();

  WatchlistManagement(
      ListVersions versions,
      ActiveLists active,
      AuditLog audit,
      ApplicationEventPublisher events,
      TransactionTemplate tx,
      WatchlistSettings settings,
      Clock clock) {
    this.clock = clock;
    this.versions = versions;
    this.active = active;
    this.audit = audit;
    this.events = events;
    this.tx = tx;
    this.settings = settings;
  }

  /** A stored version; {@code alreadyStored} when the very same files were uploaded before. */
  public record Uploaded(VersionRow version, boolean alreadyStored) {}

  /**
   * Parses and stores a new version (STAGED) with its changes against the active version.
   *
   * @param description the list's description, used only when the upload creates the list
   * @throws WatchlistFormatException when the files cannot be trusted; nothing is stored
   * @throws IllegalArgumentException when the upload does not fit the list (format, size)
   */
  public Uploaded upload(ListUpload upload, @Nullable String description)
      throws WatchlistFormatException {
    if (upload.size() > settings.maxUploadBytes()) {
      throw new WatchlistFormatException(
          upload.sourceName(),
          "",
          ListFileProblem.UPLOAD_TOO_LARGE,
          String.valueOf(upload.size()),
          String.valueOf(settings.maxUploadBytes()));
    }
    Optional<ListRow> existing = versions.findList(upload.listName());
    if (existing.isPresent() && existing.get().format() != upload.format()) {
      throw new IllegalArgumentException(
          "list "
              + upload.listName()
              + " is in the format "
              + existing.get().format()
              + ", not "
              + upload.format());
    }
    long started = System.nanoTime();
    Watchlist parsed = ListParsing.parse(upload, clock);
    long parsedAt = System.nanoTime();
    String by = actor();
    synchronized (changes) {
      if (existing.isPresent()) {
        Optional<VersionRow> same = versions.findBySha(existing.get().id(), parsed.version());
        if (same.isPresent()) {
          return new Uploaded(same.get(), true);
        }
      }
      Watchlist before = active.list(upload.listName());
      Instant at = clock.instant();
      long id =
          tx.execute(
              status -> {
                long listId =
                    existing.isPresent()
                        ? existing.get().id()
                        : versions.createList(upload.listName(), upload.format(), description, at);
                // Compared with what screening uses now: the active version, as loaded.
                Long comparedWith =
                    before == null
                        ? null
                        : versions.activeVersion(listId).map(VersionRow::id).orElse(null);
                ListDiff diff = ListDiff.between(comparedWith == null ? null : before, parsed);
                long versionId =
                    versions.insertVersion(
                        listId,
                        parsed.version(),
                        upload.sourceName(),
                        by,
                        at,
                        parsed.entries().size(),
                        comparedWith,
                        diff);
                upload
                    .files()
                    .forEach(
                        (part, f) ->
                            versions.insertFile(versionId, part, f.fileName(), f.content()));
                versions.insertChanges(versionId, diff.changes());
                audit.recordFacts(
                    "WATCHLIST_VERSION_UPLOADED",
                    "watchlist-version",
                    versionId,
                    AuditDetail.of(
                        "watchlist.uploaded",
                        upload.listName(),
                        parsed.entries().size(),
                        parsed.version(),
                        upload.sourceName(),
                        diff.count(ListDiff.Kind.ADDED),
                        diff.count(ListDiff.Kind.CHANGED),
                        diff.count(ListDiff.Kind.REMOVED)));
                return versionId;
              });
      recentlyParsed.put(id, parsed);
      log.info(
          "watchlist {}: version of {} entries stored (parsed in {} ms, compared and stored in {} ms)",
          upload.listName(),
          parsed.entries().size(),
          (parsedAt - started) / 1_000_000,
          (System.nanoTime() - parsedAt) / 1_000_000);
      return new Uploaded(versions.find(id).orElseThrow(), false);
    }
  }

  /**
   * Records an upload the loaders refused (nothing else changes), as facts: the files, the file and
   * place the loader names, and its reason's code and arguments, worded when the log is read.
   */
  void recordRefusal(String listName, String sourceName, WatchlistFormatException refusal) {
    audit.recordFacts(
        "WATCHLIST_UPLOAD_REFUSED",
        "watchlist",
        listName,
        ListRefusalAuditWords.detail(sourceName, refusal));
  }

  /** Makes a stored version the active one of its list, without restart. */
  List<WatchlistActivated> activate(long versionId) {
    return activateAll(List.of(versionId));
  }

  /**
   * Makes these versions active together: one engine is built for all of them. Versions already
   * active are left alone.
   *
   * @throws NoSuchElementException for an unknown version id
   */
  public List<WatchlistActivated> activateAll(List<Long> versionIds) {
    synchronized (changes) {
      List<VersionRow> rows = new ArrayList<>();
      for (long id : versionIds) {
        VersionRow row =
            versions
                .find(id)
                .orElseThrow(() -> new NoSuchElementException("no list version " + id));
        if (!row.active()) {
          rows.add(row);
        }
      }
      if (rows.isEmpty()) {
        return List.of();
      }
      List<Watchlist> lists = new ArrayList<>();
      for (VersionRow row : rows) {
        lists.add(parsedVersion(row));
      }
      // Built before anything is written: should it fail, nothing has changed.
      long started = System.nanoTime();
      ActiveLists.Snapshot next = ActiveLists.with(active.current(), lists);
      long builtIn = (System.nanoTime() - started) / 1_000_000;
      String by = actor();
      Instant at = clock.instant();
      List<WatchlistActivated> published =
          tx.execute(
              status -> {
                // Swap only once the change is committed, and before the event's listeners
                // (which run after commit) screen anybody again.
                TransactionSynchronizationManager.registerSynchronization(
                    new TransactionSynchronization() {
                      @Override
                      public void afterCommit() {
                        active.swap(next);
                      }
                    });
                List<WatchlistActivated> out = new ArrayList<>();
                for (VersionRow row : rows) {
                  versions
                      .activeVersion(row.listId())
                      .ifPresent(old -> versions.setStatus(old.id(), Status.RETIRED));
                  versions.markActive(row.id(), by, at);
                  audit.recordFacts(
                      "WATCHLIST_VERSION_ACTIVATED",
                      "watchlist-version",
                      row.id(),
                      AuditDetail.of(
                          "watchlist.activated",
                          row.listName(),
                          row.seqNo(),
                          row.sha256(),
                          row.entryCount()));
                  var event = new WatchlistActivated(row.listName(), row.sha256(), at);
                  events.publishEvent(event);
                  out.add(event);
                }
                return out;
              });
      rows.forEach(r -> recentlyParsed.remove(r.id()));
      for (VersionRow row : rows) {
        log.info(
            "watchlist {} version {} ({} entries, sha256 {}) activated by {}; index built in {} ms",
            row.listName(),
            row.seqNo(),
            row.entryCount(),
            row.shortSha(),
            by,
            builtIn);
      }
      return published;
    }
  }

  /**
   * Builds the engine from the active versions in the database: done once at start-up. A version
   * that no longer parses is left out with an error in the log; screening goes on with the others.
   */
  void loadActiveVersions() {
    synchronized (changes) {
      long start = System.nanoTime();
      Map<String, Watchlist> lists = new ConcurrentSkipListMap<>();
      List<ListUpload> stored = versions.activeVersions().stream().map(this::stored).toList();
      // The lists are read side by side: start-up waits for the slowest, not for the sum.
      stored.parallelStream()
          .forEach(
              upload -> {
                try {
                  lists.put(upload.listName(), ListParsing.parse(upload, clock));
                } catch (WatchlistFormatException | IllegalArgumentException e) {
                  log.error(
                      "the active version of watchlist {} no longer loads ({}); screening goes on"
                          + " without this list until a good version is activated",
                      upload.listName(),
                      e.getMessage());
                }
              });
      active.swap(ActiveLists.with(ActiveLists.Snapshot.empty(), lists.values()));
      if (!lists.isEmpty()) {
        log.info(
            "watchlists loaded in {} ms: {}, {} names indexed",
            (System.nanoTime() - start) / 1_000_000,
            lists.values(),
            active.nameCount());
      }
    }
  }

  private Watchlist parsedVersion(VersionRow row) {
    Watchlist cached = recentlyParsed.get(row.id());
    if (cached != null) {
      return cached;
    }
    try {
      return ListParsing.parse(stored(row), clock);
    } catch (WatchlistFormatException e) {
      throw new IllegalStateException(
          "stored version "
              + row.seqNo()
              + " of "
              + row.listName()
              + " no longer loads: "
              + e.getMessage(),
          e);
    }
  }

  private ListUpload stored(VersionRow row) {
    return new ListUpload(row.listName(), row.format(), versions.files(row.id()));
  }

  private static String actor() {
    return CurrentUser.get().map(KuzetUser::username).orElse(SYSTEM);
  }
}
