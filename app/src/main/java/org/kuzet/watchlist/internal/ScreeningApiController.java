package org.kuzet.watchlist.internal;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kuzet.engine.screening.EntryKind;
import org.kuzet.engine.screening.Explanation;
import org.kuzet.engine.screening.ScreeningEngine;
import org.kuzet.engine.screening.ScreeningHit;
import org.kuzet.identity.AccessRules;
import org.kuzet.identity.AuditLog;
import org.kuzet.identity.CurrentUser;
import org.kuzet.watchlist.ScreeningResult;
import org.kuzet.watchlist.WatchlistScreening;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/screening/check}: one name screened, hits with explanations and versions. */
@RestController
class ScreeningApiController {

  private final WatchlistScreening screening;
  private final AuditLog audit;
  private final ExplanationText text;
  private final Clock clock;

  ScreeningApiController(
      WatchlistScreening screening, AuditLog audit, ExplanationText text, Clock clock) {
    this.clock = clock;
    this.screening = screening;
    this.audit = audit;
    this.text = text;
  }

  /**
   * One hit as the API answers it: the engine's hit with its explanation in parts and in words, in
   * the request's language ({@code ?lang=ru} or the language cookie; English otherwise).
   */
  record Hit(
      String list,
      String listVersion,
      String entryId,
      EntryKind kind,
      String primaryName,
      String matchedName,
      int score,
      Explanation explanation,
      String explanationText) {

    static Hit of(ScreeningHit h, String explanationText) {
      return new Hit(
          h.listName(),
          h.listVersion(),
          h.entryId(),
          h.kind(),
          h.primaryName(),
          h.matchedName(),
          h.score(),
          h.explanation(),
          explanationText);
    }
  }

  /** The answer: hits best first, the list versions screened against, and the threshold. */
  record CheckResponse(
      List<Hit> hits, Map<String, String> listVersions, int threshold, Instant screenedAt) {}

  @PostMapping("/api/screening/check")
  CheckResponse check(@Valid @RequestBody CheckRequest request) {
    if (!AccessRules.mayScreen(CurrentUser.require())) {
      throw new AccessDeniedException("screening is not part of this role");
    }
    ScreeningResult result = screening.screen(request.toQuery());
    Locale locale = LocaleContextHolder.getLocale();
    ScreeningAudit.record(audit, "api", request, result);
    return new CheckResponse(
        result.hits().stream().map(h -> Hit.of(h, text.render(h.explanation(), locale))).toList(),
        result.listVersions(),
        ScreeningEngine.DEFAULT_THRESHOLD,
        clock.instant());
  }
}
