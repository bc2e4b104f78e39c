package org.kuzet.watchlist.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.kuzet.engine.screening.WatchlistEntry;
import org.kuzet.engine.screening.WatchlistFormatException;
import org.kuzet.identity.AccessRules;
import org.kuzet.identity.CurrentUser;
import org.kuzet.identity.KuzetUser;
import org.kuzet.watchlist.internal.ListVersions.ListRow;
import org.kuzet.watchlist.internal.ListVersions.VersionRow;
import org.kuzet.web.ETags;
import org.kuzet.web.IdempotentCreation;
import org.kuzet.web.ListPage;
import org.kuzet.web.NotFound;
import org.kuzet.web.Paging;
import org.kuzet.web.Refusal;
import org.kuzet.web.Sortable;
import org.kuzet.web.Texts;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The watchlist API for analysts and administrators (lists are shared by all agencies): lists,
 * their versions (upload, compare with the version before, activate) and the active version's
 * entries. Through {@link WatchlistManagement}, as the pages: the same checks, audit and events.
 */
@RestController
@Tag(name = "watchlists", description = "lists, versions (upload, compare, activate), entries")
class WatchlistApi {

  private final ListVersions versions;
  private final WatchlistManagement management;
  private final ActiveLists active;
  private final IdempotentCreation idempotent;
  private final ETags etags;

  private final Texts texts;

  WatchlistApi(
      ListVersions versions,
      WatchlistManagement management,
      ActiveLists active,
      IdempotentCreation idempotent,
      ETags etags,
      Texts texts) {
    this.texts = texts;
    this.versions = versions;
    this.management = management;
    this.active = active;
    this.idempotent = idempotent;
    this.etags = etags;
  }

  record ListView(
      String name,
      ListFormat format,
      @Nullable String description,
      @Nullable Long activeVersion,
      int versions) {}

  record VersionView(
      long id,
      String list,
      ListFormat format,
      int seqNo,
      String sha256,
      String sourceName,
      String uploadedBy,
      Instant uploadedAt,
      int entryCount,
      ListVersions.Status status,
      @Nullable Long comparedWith,
      int added,
      int changed,
      int removed,
      @Nullable String activatedBy,
      @Nullable Instant activatedAt) {
    static VersionView of(VersionRow v) {
      return new VersionView(
          v.id(),
          v.listName(),
          v.format(),
          v.seqNo(),
          v.sha256(),
          v.sourceName(),
          v.uploadedBy(),
          v.uploadedAt(),
          v.entryCount(),
          v.status(),
          v.comparedWith(),
          v.addedCount(),
          v.changedCount(),
          v.removedCount(),
          v.activatedBy(),
          v.activatedAt());
    }
  }

  record ChangeView(
      ListDiff.Kind kind, String entryId, String entryName, @Nullable String detail) {}

  record EntryView(
      String id,
      String kind,
      String primaryName,
      List<String> aliases,
      List<String> birthDates,
      List<String> nationalities,
      List<String> documents) {
    static EntryView of(WatchlistEntry e) {
      return new EntryView(
          e.id(),
          e.kind().name(),
          e.primaryName(),
          e.aliases(),
          e.birthDates().stream().map(String::valueOf).toList(),
          e.nationalities(),
          e.documents());
    }
  }

  /** What an upload is compared on for a retry: the list, the format and each file's digest. */
  record UploadKey(String listName, String format, Map<String, String> files) {}

  /** The version stored, and whether the very same files had been uploaded before. */
  record Uploaded(VersionView version, boolean alreadyStored) {}

  @Operation(summary = "The lists and their active versions")
  @GetMapping("/api/watchlists/lists")
  ListPage<ListView> lists(@Sortable({"name"}) Paging paging) {
    requireManager();
    List<ListView> all =
        versions.lists().stream()
            .map(
                l -> {
                  var vs = versions.versionsOf(l.id());
                  Long activeId =
                      vs.stream()
                          .filter(VersionRow::active)
                          .map(VersionRow::id)
                          .findFirst()
                          .orElse(null);
                  return new ListView(l.name(), l.format(), l.description(), activeId, vs.size());
                })
            .toList();
    return paging.slice(all, Map.of("name", Comparator.comparing(ListView::name)));
  }

  @Operation(summary = "A list's versions, newest first")
  @GetMapping("/api/watchlists/lists/{name}/versions")
  ListPage<VersionView> listVersions(
      @PathVariable String name,
      @Sortable(
              value = {"seqNo", "uploadedAt"},
              descending = true)
          Paging paging) {
    requireManager();
    ListRow list = versions.findList(name).orElseThrow(() -> new NotFound("watchlist " + name));
    return paging.slice(
        versions.versionsOf(list.id()).stream().map(VersionView::of).toList(),
        Map.of(
            "seqNo", Comparator.comparingInt(VersionView::seqNo),
            "uploadedAt", Comparator.comparing(VersionView::uploadedAt)));
  }

  @Operation(summary = "The entries of a list's active version; q filters by name, id or document")
  @GetMapping("/api/watchlists/lists/{name}/entries")
  ListPage<EntryView> entries(
      @PathVariable String name,
      @Parameter(description = "part of a name, an entry id or a document number, any case")
          @RequestParam(required = false)
          @Nullable String q,
      @Sortable({"id", "primaryName"}) Paging paging) {
    requireManager();
    versions.findList(name).orElseThrow(() -> new NotFound("watchlist " + name));
    var list = active.list(name);
    if (list == null) {
      return new ListPage<>(List.of(), paging, 0);
    }
    String needle = q == null || q.isBlank() ? null : q.strip().toLowerCase(Locale.ROOT);
    List<EntryView> matching =
        list.entries().stream()
            .filter(
                e ->
                    needle == null
                        || e.id().toLowerCase(Locale.ROOT).contains(needle)
                        || e.names().stream()
                            .anyMatch(n -> n.toLowerCase(Locale.ROOT).contains(needle))
                        || e.documents().stream()
                            .anyMatch(d -> d.toLowerCase(Locale.ROOT).contains(needle)))
            .map(EntryView::of)
            .toList();
    return paging.slice(
        matching,
        Map.of(
            "id", Comparator.comparing(EntryView::id),
            "primaryName", Comparator.comparing(EntryView::primaryName)));
  }

  @Operation(summary = "A version; its ETag is what activating it needs in If-Match")
  @GetMapping("/api/watchlists/versions/{id}")
  ResponseEntity<VersionView> version(@PathVariable long id) {
    requireManager();
    return etags.ok(
        VersionView.of(versions.find(id).orElseThrow(() -> new NotFound("watchlist version", id))));
  }

  @Operation(summary = "What a version changes against the version active when it was uploaded")
  @GetMapping("/api/watchlists/versions/{id}/changes")
  ListPage<ChangeView> changes(
      @PathVariable long id,
      @RequestParam ListDiff.Kind kind,
      @Sortable({"entryId"}) Paging paging) {
    requireManager();
    VersionRow v = versions.find(id).orElseThrow(() -> new NotFound("watchlist version", id));
    int total =
        switch (kind) {
          case ADDED -> v.addedCount();
          case CHANGED -> v.changedCount();
          case REMOVED -> v.removedCount();
        };
    List<ChangeView> upTo =
        versions.changes(id, kind, paging.offset() + paging.size()).stream()
            .map(c -> new ChangeView(c.kind(), c.entryId(), c.entryName(), c.detail()))
            .toList();
    return new ListPage<>(
        upTo.subList(Math.min(paging.offset(), upTo.size()), upTo.size()), paging, total);
  }

  @Operation(
      summary =
          "Upload a new version (multipart: the list's files); stored, compared, not yet active")
  @ResponseStatus(HttpStatus.CREATED)
  @PostMapping(value = "/api/watchlists/versions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<Uploaded> upload(
      @RequestHeader(name = IdempotentCreation.HEADER, required = false) @Nullable String key,
      @RequestParam String listName,
      @RequestParam ListFormat format,
      @RequestParam("file") MultipartFile file,
      @RequestParam(name = "alt", required = false) @Nullable MultipartFile alt,
      @RequestParam(name = "add", required = false) @Nullable MultipartFile add,
      @RequestParam(name = "comments", required = false) @Nullable MultipartFile comments)
      throws IOException {
    requireManager();
    Map<String, ListUpload.SourceFile> files = new LinkedHashMap<>();
    put(files, format.mainPart(), file);
    if (format == ListFormat.OFAC_CSV) {
      put(files, "alt", alt);
      put(files, "add", add);
      put(files, "comments", comments);
    }
    ListUpload upload;
    try {
      upload = new ListUpload(listName.strip(), format, files);
    } catch (IllegalArgumentException e) {
      throw Refusal.of("listName", "error.value.invalid", listName);
    }
    var digests = new TreeMap<String, String>();
    files.forEach((part, f) -> digests.put(part, IdempotentCreation.digest(f.content())));
    return idempotent.create(
        key,
        "POST /api/watchlists/versions",
        new UploadKey(upload.listName(), format.name(), digests),
        Uploaded.class,
        () -> {
          try {
            var stored = management.upload(upload, null);
            var body = new Uploaded(VersionView.of(stored.version()), stored.alreadyStored());
            return ResponseEntity.status(
                    stored.alreadyStored() ? HttpStatus.OK : HttpStatus.CREATED)
                .location(URI.create("/api/watchlists/versions/" + stored.version().id()))
                .body(body);
          } catch (WatchlistFormatException e) {
            management.recordRefusal(upload.listName(), upload.sourceName(), e);
            throw new Refusal(List.of(ListFileRefusals.problem("file", e, texts)));
          }
        });
  }

  @Operation(summary = "Make a version the active one of its list (If-Match: the version's ETag)")
  @PostMapping("/api/watchlists/versions/{id}/activate")
  ResponseEntity<VersionView> activate(
      @PathVariable long id,
      @RequestHeader(name = ETags.IF_MATCH, required = false) @Nullable String ifMatch) {
    requireManager();
    Supplier<VersionView> current =
        () ->
            VersionView.of(
                versions.find(id).orElseThrow(() -> new NotFound("watchlist version", id)));
    current.get();
    return etags.change(
        ifMatch,
        "wl_version",
        id,
        current,
        () -> {
          try {
            management.activate(id);
          } catch (NoSuchElementException e) {
            throw new NotFound("watchlist version", id);
          }
          return etags.ok(current.get());
        });
  }

  private static void put(
      Map<String, ListUpload.SourceFile> files, String part, @Nullable MultipartFile file)
      throws IOException {
    if (file != null && !file.isEmpty()) {
      files.put(
          part,
          new ListUpload.SourceFile(
              file.getOriginalFilename() == null ? part : file.getOriginalFilename(),
              file.getBytes()));
    }
  }

  private static KuzetUser requireManager() {
    KuzetUser user = CurrentUser.require();
    if (!AccessRules.mayManageWatchlists(user)) {
      throw new AccessDeniedException("list management is for analysts and administrators");
    }
    return user;
  }
}
