package org.kuzet.identity.internal;

import java.util.ArrayList;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.AccessRules;
import org.kuzet.identity.AuditLog;
import org.kuzet.identity.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log for administrators: search by actor, action and target; verify the chain. */
@Controller
class AuditController {

  private static final int PAGE_SIZE = 50;
  private static final int MAX_PAGE = 1_000_000;

  private final AuditLog audit;

  AuditController(AuditLog audit) {
    this.audit = audit;
  }

  @GetMapping("/admin/audit")
  String search(
      @RequestParam(required = false) @Nullable String actor,
      @RequestParam(required = false) @Nullable String action,
      @RequestParam(required = false) @Nullable String target,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    // Identity sits below the web module, so the shared Paging is not used here; newest first,
    // a fixed page size, and a page number clamped so the offset stays within range.
    int shown = Math.max(0, Math.min(page, MAX_PAGE));
    requireReviewer();
    model.addAttribute("actor", actor == null ? "" : actor.strip());
    model.addAttribute("action", action == null ? "" : action.strip());
    model.addAttribute("target", target == null ? "" : target.strip());
    // One more than the page holds tells whether a next page exists.
    var entries =
        new ArrayList<>(audit.search(actor, action, target, shown * PAGE_SIZE, PAGE_SIZE + 1));
    boolean more = entries.size() > PAGE_SIZE;
    if (more) {
      entries.remove(entries.size() - 1);
    }
    model.addAttribute("entries", entries);
    model.addAttribute("page", shown);
    model.addAttribute("more", more);
    return "identity/admin-audit";
  }

  @PostMapping("/admin/audit/verify")
  String verify(Model model) {
    requireReviewer();
    var result = audit.verify();
    audit.recordFacts("AUDIT_VERIFIED", "audit", null, result.facts());
    model.addAttribute("verification", result);
    return search(null, null, null, 0, model);
  }

  private static void requireReviewer() {
    if (!AccessRules.mayReviewAudit(CurrentUser.require())) {
      throw new AccessDeniedException("only administrators review the audit log");
    }
  }
}
