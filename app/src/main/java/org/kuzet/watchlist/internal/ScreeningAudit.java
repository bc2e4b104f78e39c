package org.kuzet.watchlist.internal;

import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.AuditDetail;
import org.kuzet.identity.AuditLog;
import org.kuzet.watchlist.ScreeningResult;

/**
 * Who screened which name, what it found and against which list versions: enough to explain a
 * decision later.
 */
final class ScreeningAudit {

  private ScreeningAudit() {}

  static void record(AuditLog audit, String channel, CheckRequest request, ScreeningResult result) {
    String hits =
        result.hits().stream()
            .limit(5)
            .map(h -> h.listName() + ":" + h.entryId() + "=" + h.score())
            .collect(Collectors.joining(", "));
    String versions =
        result.listVersions().entrySet().stream()
            .map(
                e ->
                    e.getKey()
                        + "@"
                        + e.getValue().substring(0, Math.min(12, e.getValue().length())))
            .collect(Collectors.joining(", "));
    // a fact not given is kept as a dash, so every check has the same shape
    audit.recordFacts(
        "SCREENING_CHECK",
        "screening",
        channel,
        AuditDetail.of(
            "screening.check",
            Objects.requireNonNullElse(request.name(), ""),
            orDash(request.birthDate()),
            orDash(request.nationality()),
            orDash(request.documentNumber()),
            result.hits().size(),
            hits,
            versions));
  }

  private static String orDash(@Nullable String s) {
    return s == null || s.isBlank() ? "—" : s;
  }
}
