package org.kuzet.watchlist.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;
import org.kuzet.engine.screening.WatchlistFormatException;
import org.kuzet.identity.AccessRules;
import org.kuzet.identity.CurrentUser;
import org.kuzet.identity.KuzetUser;
import org.kuzet.watchlist.internal.ListVersions.ListRow;
import org.kuzet.watchlist.internal.ListVersions.VersionRow;
import org.kuzet.web.NotFound;
import org.kuzet.web.Texts;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** List management: lists and their versions, upload, comparison and activation. */
@Controller
class WatchlistController {

  static final int CHANGES_SHOWN = 200;

  private final ListVersions versions;
  private final WatchlistManagement management;
  private final ActiveLists active;
  private final Texts texts;

  WatchlistController(
      ListVersions versions, WatchlistManagement management, ActiveLists active, Texts texts) {
    this.versions = versions;
    this.management = management;
    this.active = active;
    this.texts = texts;
  }

  /** A list with its active version, if any, for the overview. */
  record ListOverview(
      ListRow list, @Nullable VersionRow activeVersion, int versionCount, int staged) {}

  @GetMapping("/watchlists")
  String lists(Model model) {
    requireManager();
    return listsPage(model, null, null);
  }

  @PostMapping("/watchlists/upload")
  String upload(
      @RequestParam String listName,
      @RequestParam String format,
      @RequestParam("file") MultipartFile file,
      @RequestParam(name = "alt", required = false) @Nullable MultipartFile alt,
      @RequestParam(name = "add", required = false) @Nullable MultipartFile add,
      @RequestParam(name = "comments", required = false) @Nullable MultipartFile comments,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect)
      throws IOException {
    requireManager();
    String name = listName.strip();
    ListUpload upload;
    try {
      ListFormat listFormat = ListFormat.valueOf(format);
      Map<String, ListUpload.SourceFile> files = new LinkedHashMap<>();
      put(files, listFormat.mainPart(), file);
      if (listFormat == ListFormat.OFAC_CSV) {
        put(files, "alt", alt);
        put(files, "add", add);
        put(files, "comments", comments);
      }
      upload = new ListUpload(name, listFormat, files);
    } catch (IllegalArgumentException e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return listsPage(model, e.getMessage(), name);
    }
    try {
      var stored = management.upload(upload, null);
      redirect.addFlashAttribute(stored.alreadyStored() ? "alreadyStored" : "uploaded", true);
      return "redirect:/watchlists/versions/" + stored.version().id();
    } catch (WatchlistFormatException e) {
      management.recordRefusal(name, upload.sourceName(), e);
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("uploadErrorDetail", e.detail());
      return listsPage(model, ListFileRefusals.words(e, texts), name);
    } catch (IllegalArgumentException e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return listsPage(model, e.getMessage(), name);
    }
  }

  @GetMapping("/watchlists/lists/{name}")
  String list(@PathVariable String name, Model model) {
    requireManager();
    ListRow list = versions.findList(name).orElseThrow(() -> new NotFound("watchlist version"));
    model.addAttribute("list", list);
    model.addAttribute("versions", versions.versionsOf(list.id()));
    return "watchlist/list";
  }

  @GetMapping("/watchlists/versions/{id}")
  String version(@PathVariable long id, Model model) {
    requireManager();
    VersionRow version = versions.find(id).orElseThrow(() -> new NotFound("watchlist version"));
    model.addAttribute("version", version);
    model.addAttribute(
        "comparedWith",
        version.comparedWith() == null ? null : versions.find(version.comparedWith()).orElse(null));
    model.addAttribute("added", versions.changes(id, ListDiff.Kind.ADDED, CHANGES_SHOWN));
    model.addAttribute("changed", versions.changes(id, ListDiff.Kind.CHANGED, CHANGES_SHOWN));
    model.addAttribute("removed", versions.changes(id, ListDiff.Kind.REMOVED, CHANGES_SHOWN));
    model.addAttribute("shownAtMost", CHANGES_SHOWN);
    return "watchlist/version";
  }

  @PostMapping("/watchlists/versions/{id}/activate")
  String activate(@PathVariable long id, RedirectAttributes redirect) {
    requireManager();
    try {
      management.activate(id);
    } catch (NoSuchElementException e) {
      throw new NotFound("watchlist version");
    }
    redirect.addFlashAttribute("activated", true);
    return "redirect:/watchlists/versions/" + id;
  }

  private String listsPage(Model model, @Nullable String error, @Nullable String listName) {
    List<ListOverview> overview = new ArrayList<>();
    for (ListRow l : versions.lists()) {
      var all = versions.versionsOf(l.id());
      overview.add(
          new ListOverview(
              l,
              all.stream().filter(VersionRow::active).findFirst().orElse(null),
              all.size(),
              (int) all.stream().filter(v -> v.status() == ListVersions.Status.STAGED).count()));
    }
    model.addAttribute("lists", overview);
    model.addAttribute("formats", ListFormat.values());
    model.addAttribute("nameCount", active.nameCount());
    model.addAttribute("uploadError", error);
    model.addAttribute("listName", listName == null ? "" : listName);
    return "watchlist/lists";
  }

  private static void put(
      Map<String, ListUpload.SourceFile> files, String part, @Nullable MultipartFile file)
      throws IOException {
    if (file != null && !file.isEmpty()) {
      String name = file.getOriginalFilename() == null ? part : file.getOriginalFilename();
      files.put(part, new ListUpload.SourceFile(name, file.getBytes()));
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
