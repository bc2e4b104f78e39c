package org.kuzet.watchlist.internal;

import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
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
            .map(e -> e.getKey() + "@" + e.getValue().substring(0, Math.min(12, e.getValue().length())))
            .collect(Collectors.joining(", "));
    audit.record(
        "SCREENING_CHECK",
        "screening",
        channel,
        "name '" + request.name() + "'"
            + (blank(request.birthDate()) ? "" : ", born " + request.birthDate())
            + (blank(request.nationality()) ? "" : ", nationality " + request.nationality())
            + (blank(request.documentNumber()) ? "" : ", document " + request.documentNumber())
            + "; " + result.hits().size() + " hit(s) [" + hits + "]; lists " + versions);
  }

  private static boolean blank(@Nullable String s) {
    return s == null || s.isBlank();
  }
}
