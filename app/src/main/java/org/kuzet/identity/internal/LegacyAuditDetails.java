package org.kuzet.identity.internal;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kuzet.identity.AuditDetail;

/**
 * Reads the English detail sentences that entries were written with before details were kept
 * as facts back into facts, action by action. The stored entries cannot change (their seal
 * covers the sentence), so they are read at display time; a sentence that does not read shows
 * as stored.
 */
final class LegacyAuditDetails {

  /**
   * A sentence of an action: the detail key it reads as, and each group's type (t: text, n: whole
   * number, d: a duration read as minutes).
   */
  private record Sentence(Pattern pattern, String key, String types) {
    Sentence(String pattern, String key, String types) {
      this(Pattern.compile(pattern), key, types);
    }
  }

  /** Refusals of another agency's record, whatever the action's name. */
  private static final Sentence REFUSED = new Sentence("agency (\\S+)", "refused.agency", "t");

  private static final Map<String, List<Sentence>> BY_ACTION = Map.ofEntries(
      Map.entry("WATCHLIST_VERSION_UPLOADED", List.of(new Sentence(
          "(.+): (\\d+) entries, sha256 (\\S+), from (.+); added (\\d+), changed (\\d+), removed (\\d+)",
          "watchlist.uploaded", "tnttnnn"))),
      Map.entry("WATCHLIST_VERSION_ACTIVATED", List.of(new Sentence(
          "(.+) version (\\d+) \\(sha256 (\\S+), (\\d+) entries\\) is now active", "watchlist.activated", "tntn"))),
      Map.entry("TRAINING_PROGRESS_RECORDED", List.of(new Sentence("(\\d+) trainees", "training.progress", "n"))),
      Map.entry("TRAINING_SESSION_COMPLETED", List.of(new Sentence(
          "(\\d+) certificates issued; FY(\\d+)", "training.completed", "nn"))),
      Map.entry("TRAINING_DEMO_DATA_CREATED", List.of(new Sentence(
          "(\\d+) illustrative trainees", "training.demo", "n"))),
      Map.entry("RESULTS_DEMO_DATA", List.of(new Sentence(
          "indicators of the Kazakhstan programs", "results.demo", ""))),
      Map.entry("PROGRAM_DEMO_DATA", List.of(new Sentence(
          "Kazakhstan program from the fact sheet of January 20, 2009", "program.demo", ""))),
      Map.entry("ACCOUNT_CREATED", List.of(
          new Sentence("demo account (.+)", "account.demo", "t"),
          new Sentence("administrator bootstrap (.+)", "account.bootstrap", "t"))),
      Map.entry("TOKEN_CREATED", List.of(new Sentence("demo token of admin from KUZET_DEMO_TOKEN", "token.demo", ""))),
      Map.entry("SIGN_IN", List.of(
          new Sentence("password", "signIn.password", ""),
          new Sentence("password, waiting for approval", "signIn.passwordWaiting", ""),
          new Sentence("provider (\\S+)", "signIn.provider", "t"),
          new Sentence("provider (\\S+), waiting for approval", "signIn.providerWaiting", "t"))),
      Map.entry("SIGN_IN_FAILED", List.of(
          new Sentence("password: wrong username or password", "signInFailed.wrongPassword", ""),
          new Sentence("password: account locked", "signInFailed.locked", ""))),
      Map.entry("ACCOUNT_LOCKED", List.of(
          new Sentence("(\\d+) wrong passwords from (\\S+); that address is locked out for (PT\\S+)",
              "account.lockedAddress", "ntd"),
          new Sentence("(\\d+) wrong passwords within (PT\\S+) from all addresses; the account is locked for (PT\\S+)",
              "account.lockedEverywhere", "ndd"))),
      Map.entry("INSPECTION_LOGGED", List.of(
          new Sentence("(\\S+) (.+), (\\d+) persons, (\\d+) hits", "inspection.logged", "ttnn"),
          new Sentence("(\\S+) (.+), (\\d+) persons, (\\d+) hits, confirmed duplicate of (\\d+)",
              "inspection.loggedDuplicate", "ttnnn"))),
      Map.entry("TRAINING_SESSION_SCHEDULED", List.of(new Sentence(
          "(\\S+) (\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2}) at (\\S+), curriculum v(\\d+)",
          "training.scheduled", "ttttn"))),
      Map.entry("TRAINING_ENROLLED", List.of(new Sentence(
          "([^/]+)/(.+) nominated by (.+)", "training.nominated", "ttt"))),
      Map.entry("TRAINING_WAITLISTED", List.of(new Sentence(
          "([^/]+)/(.+) nominated by (.+)", "training.nominated", "ttt"))),
      Map.entry("ACCOUNT_APPROVED", List.of(new Sentence("(.+) approved by (.+)", "account.approved", "tt"))),
      Map.entry("PASSWORD_RESET", List.of(new Sentence(
          "(.+); (\\d+) API tokens revoked, every session signed out", "account.passwordReset", "tn"))),
      Map.entry("PASSWORD_CHANGED", List.of(new Sentence(
          "(\\d+) API tokens revoked, other sessions signed out", "account.passwordChanged", "n"))),
      Map.entry("PROGRAM_OFFICERS_TRAINED", List.of(new Sentence(
          "(\\S+) (\\S+) FY(\\d+): (\\d+) officers, (\\d+) women", "program.officersTrained", "ttnnn"))),
      Map.entry("TIP_DEMO_DATA", List.of(new Sentence("(\\d+) illustrative cases", "tip.demo", "n"))),
      Map.entry("SCREENING_BATCH_STARTED", List.of(new Sentence(
          "(.+): (\\d+) rows to screen, (\\d+) refused", "screening.batchStarted", "tnn"))),
      Map.entry("finintel.case.export.pdf", List.of(new Sentence("(\\d+) transactions", "finintel.transactions", "n"))),
      Map.entry("finintel.case.export.goaml", List.of(new Sentence("(\\d+) transactions", "finintel.transactions", "n"))),
      Map.entry("finintel.alert.escalate", List.of(new Sentence("case (\\d+)", "finintel.escalated", "n"))),
      Map.entry("MOVEMENTS_REFRESHED", List.of(new Sentence("(\\d+) inspections read", "movements.refreshed", "n"))),
      Map.entry("CURRICULUM_APPROVED", List.of(new Sentence(
          "version (\\d+) by (.+) on (\\d{4}-\\d{2}-\\d{2})", "training.curriculumApproved", "ntt"))),
      Map.entry("TRAINING_NOMINEES_IMPORTED", List.of(new Sentence(
          "(.+): (\\d+) enrolled, (\\d+) waiting", "training.nomineesImported", "tnn"))),
      Map.entry("SEARCH", List.of(
          new Sentence("a text of (\\d+) characters: (\\d+) hits", "search.hiddenText", "nn"),
          new Sentence("\"(.*)\": (\\d+) hits", "search.hits", "tn"))));

  private LegacyAuditDetails() {}

  static Optional<AuditDetail> read(String action, String detail) {
    List<Sentence> sentences = BY_ACTION.get(action);
    if (sentences == null) {
      sentences = action.endsWith("_REFUSED") || action.endsWith(".refused") ? List.of(REFUSED) : List.of();
    }
    for (Sentence s : sentences) {
      Matcher m = s.pattern().matcher(detail);
      if (m.matches()) {
        return facts(s, m);
      }
    }
    return Optional.empty();
  }

  private static Optional<AuditDetail> facts(Sentence s, Matcher m) {
    List<Object> args = new ArrayList<>();
    for (int i = 1; i <= m.groupCount(); i++) {
      String g = m.group(i);
      char type = s.types().charAt(i - 1);
      if (type == 'n' || type == 'd') {
        try {
          // 'd': a duration as Java prints it (PT15M), kept as minutes
          args.add(type == 'n' ? Long.parseLong(g) : Duration.parse(g).toMinutes());
        } catch (NumberFormatException | DateTimeParseException e) {
          return Optional.empty();
        }
      } else {
        args.add(g);
      }
    }
    return Optional.of(new AuditDetail(s.key(), args));
  }
}
