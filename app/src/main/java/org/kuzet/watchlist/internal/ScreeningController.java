package org.kuzet.watchlist.internal;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.kuzet.engine.screening.ScreeningEngine;
import org.kuzet.identity.AccessRules;
import org.kuzet.identity.AuditLog;
import org.kuzet.identity.CurrentUser;
import org.kuzet.watchlist.ListVersionLabels;
import org.kuzet.watchlist.ScreeningResult;
import org.kuzet.watchlist.WatchlistScreening;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/** The screening page: one name checked, hits shown with their explanations. */
@Controller
class ScreeningController {

  private final WatchlistScreening screening;
  private final AuditLog audit;
  private final ListVersionLabels labels;

  ScreeningController(WatchlistScreening screening, AuditLog audit, ListVersionLabels labels) {
    this.screening = screening;
    this.audit = audit;
    this.labels = labels;
  }

  @GetMapping("/screening")
  String page(Model model) {
    requireScreener();
    model.addAttribute("check", CheckRequest.empty());
    model.addAttribute("fieldErrors", Set.of());
    return page(model, null);
  }

  @PostMapping("/screening")
  String check(
      @Valid @ModelAttribute("check") CheckRequest check,
      BindingResult errors,
      @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
      Model model,
      HttpServletResponse response) {
    requireScreener();
    ScreeningResult result = null;
    if (!errors.hasErrors()) {
      result = screening.screen(check.toQuery());
      ScreeningAudit.record(audit, "page", check, result);
    }
    model.addAttribute(
        "fieldErrors",
        errors.getFieldErrors().stream().map(FieldError::getField).collect(Collectors.toSet()));
    if (errors.hasErrors() && htmx == null) {
      // htmx swaps only successful answers, so its form comes back 200 with the errors marked.
      response.setStatus(HttpStatus.BAD_REQUEST.value());
    }
    page(model, result);
    // htmx swaps only the form and results; a plain form post gets the whole page.
    return htmx != null ? "watchlist/screening :: checkArea" : "watchlist/screening";
  }

  private String page(Model model, @Nullable ScreeningResult result) {
    model.addAttribute("result", result);
    List<UsedVersion> used = result == null ? List.of() : used(result);
    model.addAttribute("usedVersions", used);
    // A hit names its list version by hash: the page shows that version's label instead.
    Map<String, UsedVersion> byHash = new HashMap<>();
    used.forEach(u -> byHash.put(u.sha(), u));
    model.addAttribute("usedVersionByHash", byHash);
    model.addAttribute("activeVersions", screening.activeVersions());
    model.addAttribute("threshold", ScreeningEngine.DEFAULT_THRESHOLD);
    return "watchlist/screening";
  }

  /**
   * A list version a screening ran against: the list's name, the hash, and the stored version's
   * number and load date when it is found.
   */
  record UsedVersion(String listName, String sha, ListVersionLabels.@Nullable Label label) {}

  private List<UsedVersion> used(ScreeningResult result) {
    List<UsedVersion> out = new ArrayList<>();
    result
        .listVersions()
        .forEach(
            (name, sha) ->
                out.add(new UsedVersion(name, sha, labels.find(name, sha).orElse(null))));
    return out;
  }

  private static void requireScreener() {
    if (!AccessRules.mayScreen(CurrentUser.require())) {
      throw new AccessDeniedException("screening is not part of this role");
    }
  }
}
