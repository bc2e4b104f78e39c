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
 * Reads the English detail sentences that entries were written with before details were kept as
 * facts back into facts, action by action. The stored entries cannot change (their seal covers the
 * sentence), so they are read at display time; a sentence that does not read shows as stored.
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

  /** An account's agency and roles before and after a change. */
  private static final String ACCOUNT_CHANGE =
      "(.+): agency (\\S+) -> (\\S+), roles (\\[.*?\\]) -> (\\[.*?\\])";

  /** A seizure filter: its period, then region, drug and agency where set. */
  private static final String SEIZURE_FILTER =
      "(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})(?: region (\\S+))?(?: drug (\\S+))?(?: agency (\\S+))?";

  /** What a part left out of a sentence (an optional group that did not match) reads as. */
  static final String ABSENT = "—";

  /** Refusals of another agency's record, whatever the action's name. */
  private static final Sentence REFUSED = new Sentence("agency (\\S+)", "refused.agency", "t");

  private static final Map<String, List<Sentence>> BY_ACTION =
      Map.ofEntries(
          Map.entry(
              "WATCHLIST_VERSION_UPLOADED",
              List.of(
                  new Sentence(
                      "(.+): (\\d+) entries, sha256 (\\S+), from (.+); added (\\d+), changed (\\d+), removed (\\d+)",
                      "watchlist.uploaded",
                      "tnttnnn"))),
          Map.entry(
              "WATCHLIST_VERSION_ACTIVATED",
              List.of(
                  new Sentence(
                      "(.+) version (\\d+) \\(sha256 (\\S+), (\\d+) entries\\) is now active",
                      "watchlist.activated",
                      "tntn"))),
          Map.entry(
              "TRAINING_PROGRESS_RECORDED",
              List.of(new Sentence("(\\d+) trainees", "training.progress", "n"))),
          Map.entry(
              "TRAINING_SESSION_COMPLETED",
              List.of(
                  new Sentence(
                      "(\\d+) certificates issued; FY(\\d+)", "training.completed", "nn"))),
          Map.entry(
              "TRAINING_DEMO_DATA_CREATED",
              List.of(new Sentence("(\\d+) illustrative trainees", "training.demo", "n"))),
          Map.entry(
              "RESULTS_DEMO_DATA",
              List.of(new Sentence("indicators of the Kazakhstan programs", "results.demo", ""))),
          Map.entry(
              "PROGRAM_DEMO_DATA",
              List.of(
                  new Sentence(
                      "Kazakhstan program from the fact sheet of January 20, 2009",
                      "program.demo",
                      ""))),
          Map.entry(
              "ACCOUNT_CREATED",
              List.of(
                  new Sentence("demo account (.+)", "account.demo", "t"),
                  new Sentence("administrator bootstrap (.+)", "account.bootstrap", "t"),
                  new Sentence("(.+) in (\\S+) as (\\[.*\\])", "account.created", "ttt"))),
          Map.entry(
              "TOKEN_CREATED",
              List.of(
                  new Sentence("demo token of admin from KUZET_DEMO_TOKEN", "token.demo", ""),
                  new Sentence(
                      "(.+), scope (\\w+):(\\S+), expires (\\S+)", "token.created", "tttt"))),
          Map.entry(
              "SIGN_IN",
              List.of(
                  new Sentence("password", "signIn.password", ""),
                  new Sentence("password, waiting for approval", "signIn.passwordWaiting", ""),
                  new Sentence("provider (\\S+)", "signIn.provider", "t"),
                  new Sentence(
                      "provider (\\S+), waiting for approval", "signIn.providerWaiting", "t"))),
          Map.entry(
              "SIGN_IN_FAILED",
              List.of(
                  new Sentence(
                      "password: wrong username or password", "signInFailed.wrongPassword", ""),
                  new Sentence("password: account locked", "signInFailed.locked", ""))),
          Map.entry(
              "ACCOUNT_LOCKED",
              List.of(
                  new Sentence(
                      "(\\d+) wrong passwords from (\\S+); that address is locked out for (PT\\S+)",
                      "account.lockedAddress",
                      "ntd"),
                  new Sentence(
                      "(\\d+) wrong passwords within (PT\\S+) from all addresses; the account is locked for (PT\\S+)",
                      "account.lockedEverywhere",
                      "ndd"))),
          Map.entry(
              "INSPECTION_LOGGED",
              List.of(
                  new Sentence(
                      "(\\S+) (.+), (\\d+) persons, (\\d+) hits", "inspection.logged", "ttnn"),
                  new Sentence(
                      "(\\S+) (.+), (\\d+) persons, (\\d+) hits, confirmed duplicate of (\\d+)",
                      "inspection.loggedDuplicate",
                      "ttnnn"))),
          Map.entry(
              "TRAINING_SESSION_SCHEDULED",
              List.of(
                  new Sentence(
                      "(\\S+) (\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2}) at (\\S+), curriculum v(\\d+)",
                      "training.scheduled", "ttttn"))),
          Map.entry(
              "TRAINING_ENROLLED",
              List.of(new Sentence("([^/]+)/(.+) nominated by (.+)", "training.nominated", "ttt"))),
          Map.entry(
              "TRAINING_WAITLISTED",
              List.of(new Sentence("([^/]+)/(.+) nominated by (.+)", "training.nominated", "ttt"))),
          Map.entry(
              "ACCOUNT_APPROVED",
              List.of(new Sentence("(.+) approved by (.+)", "account.approved", "tt"))),
          Map.entry(
              "PASSWORD_RESET",
              List.of(
                  new Sentence(
                      "(.+); (\\d+) API tokens revoked, every session signed out",
                      "account.passwordReset",
                      "tn"))),
          Map.entry(
              "PASSWORD_CHANGED",
              List.of(
                  new Sentence(
                      "(\\d+) API tokens revoked, other sessions signed out",
                      "account.passwordChanged",
                      "n"))),
          Map.entry(
              "PROGRAM_OFFICERS_TRAINED",
              List.of(
                  new Sentence(
                      "(\\S+) (\\S+) FY(\\d+): (\\d+) officers, (\\d+) women",
                      "program.officersTrained",
                      "ttnnn"))),
          Map.entry(
              "TIP_DEMO_DATA", List.of(new Sentence("(\\d+) illustrative cases", "tip.demo", "n"))),
          Map.entry(
              "SCREENING_BATCH_STARTED",
              List.of(
                  new Sentence(
                      "(.+): (\\d+) rows to screen, (\\d+) refused",
                      "screening.batchStarted",
                      "tnn"))),
          Map.entry(
              "finintel.case.export.pdf",
              List.of(new Sentence("(\\d+) transactions", "finintel.transactions", "n"))),
          Map.entry(
              "finintel.case.export.goaml",
              List.of(new Sentence("(\\d+) transactions", "finintel.transactions", "n"))),
          Map.entry(
              "finintel.alert.escalate",
              List.of(new Sentence("case (\\d+)", "finintel.escalated", "n"))),
          Map.entry(
              "MOVEMENTS_REFRESHED",
              List.of(new Sentence("(\\d+) inspections read", "movements.refreshed", "n"))),
          Map.entry(
              "CURRICULUM_APPROVED",
              List.of(
                  new Sentence(
                      "version (\\d+) by (.+) on (\\d{4}-\\d{2}-\\d{2})",
                      "training.curriculumApproved", "ntt"))),
          Map.entry(
              "TRAINING_NOMINEES_IMPORTED",
              List.of(
                  new Sentence(
                      "(.+): (\\d+) enrolled, (\\d+) waiting",
                      "training.nomineesImported",
                      "tnn"))),
          Map.entry(
              "SEARCH",
              List.of(
                  new Sentence(
                      "a text of (\\d+) characters: (\\d+) hits", "search.hiddenText", "nn"),
                  new Sentence("\"(.*)\": (\\d+) hits", "search.hits", "tn"))),
          Map.entry(
              "ACCOUNT_CHANGE_REQUESTED",
              List.of(
                  new Sentence(
                      "(.+): roles -> (\\[.*\\]); needs a second administrator: (\\S+) \\(request (\\d+)\\)",
                      "account.changeRequestedRoles",
                      "tttn"),
                  new Sentence(
                      ACCOUNT_CHANGE
                          + "; needs a second administrator: (\\S+) \\(request (\\d+)\\)",
                      "account.changeRequested",
                      "ttttttn"),
                  new Sentence(
                      ACCOUNT_CHANGE
                          + ", name changed; needs a second administrator: (\\S+) \\(request (\\d+)\\)",
                      "account.changeRequestedNamed",
                      "ttttttn"))),
          Map.entry(
              "ACCOUNT_UPDATED",
              List.of(
                  new Sentence(ACCOUNT_CHANGE, "account.updated", "ttttt"),
                  new Sentence(
                      ACCOUNT_CHANGE + ", name changed", "account.updatedNamed", "ttttt"))),
          Map.entry(
              "ACCOUNT_CHANGE_APPROVED",
              List.of(
                  new Sentence(
                      "request (\\d+) by (.+) approved by (.+)", "account.changeApproved", "ntt"))),
          Map.entry(
              "ACCOUNT_CHANGE_REJECTED",
              List.of(
                  new Sentence(
                      "request (\\d+) by (.+) rejected by (.+)", "account.changeRejected", "ntt"))),
          Map.entry(
              "TOKEN_REFUSED",
              List.of(new Sentence("wrong password", "token.wrongPassword", ""), REFUSED)),
          Map.entry(
              "TRAINING_WITHDRAWN",
              List.of(new Sentence("([^/]+)/(.+) \\(was (\\S+)\\)", "training.withdrawn", "ttt"))),
          Map.entry(
              "TRAINING_EXPORTED",
              List.of(new Sentence("(\\S+), (\\d+) rows", "training.exported", "tn"))),
          Map.entry(
              "SCREENING_BATCH_EXPORTED",
              List.of(new Sentence("(.+), result CSV", "screening.batchExported", "t"))),
          Map.entry(
              "SCREENING_CHECK",
              List.of(
                  new Sentence(
                      "name '(.*)'(?:, born (.+?))?(?:, nationality (.+?))?(?:, document (.+?))?; (\\d+) hit\\(s\\) \\[(.*)\\]; lists (.*)",
                      "screening.check",
                      "ttttntt"))),
          Map.entry(
              "LOOKOUT_FEEDBACK",
              List.of(new Sentence("inspection (\\d+): (\\S+)", "lookout.feedback", "nt"))),
          Map.entry(
              "INSPECTION_HITS_DECIDED",
              List.of(
                  new Sentence("(\\d+) hits: (\\S+) -> (\\S+)", "inspection.hitsDecided", "ntt"),
                  new Sentence(
                      "(\\d+) hits: (\\S+) -> (\\S+) \\((.*)\\)",
                      "inspection.hitsDecidedWhy",
                      "nttt"))),
          Map.entry(
              "SEIZURES_EXPORTED",
              List.of(
                  new Sentence(
                      "(\\d+) seizures, UNODC columns, (\\S+), " + SEIZURE_FILTER,
                      "seizure.exported",
                      "ntttttt"))),
          Map.entry(
              "SEIZURE_STATISTICS_EXPORTED",
              List.of(
                  new Sentence("chart (\\S+) " + SEIZURE_FILTER, "seizure.chartExported", "tttttt"),
                  new Sentence(
                      "annual report questionnaire (\\d+) (\\S+)", "seizure.arqExported", "nt"))),
          Map.entry(
              "SEIZURE_RECORDED",
              List.of(new Sentence("(\\S+) (\\S+) (\\S+) (\\S+)", "seizure.recorded", "tttt"))),
          Map.entry(
              "SEIZURE_FILE_ADDED",
              List.of(new Sentence("(.+) (\\d+) bytes", "seizure.fileAdded", "tn"))),
          Map.entry(
              "TARGETING_RULES_SAVED",
              List.of(new Sentence("(\\d+) rules: (.*)", "targeting.rulesSaved", "nt"))),
          Map.entry(
              "PROGRAM_EXPORT",
              List.of(
                  new Sentence("(\\S+) (\\d+) rows", "program.exported", "tn"),
                  new Sentence(
                      "(\\S+) (\\d+) rows filter (.*)", "program.exportedFiltered", "tnt"))),
          Map.entry(
              "PROGRAM_CREATE",
              List.of(
                  new Sentence(
                      "(.+): (\\d{4}-\\d{2}-\\d{2}) by (.+) present=(true|false) working=(true|false) usedAsIntended=(true|false)",
                      "program.endUseCheck", "tttttt"))),
          Map.entry(
              "RESULTS_EXPORT",
              List.of(
                  new Sentence(
                      "(\\S+) (program|country) (.+), (\\d+) rows", "results.exported", "tttn"))),
          Map.entry(
              "TIP_CASE_CREATED", List.of(new Sentence("assessment (\\S+)", "tip.created", "t"))),
          Map.entry("TIP_CASE_UPDATED", List.of(new Sentence("profile", "tip.profile", ""))),
          Map.entry(
              "TIP_CONSENT_WITHDRAWN",
              List.of(new Sentence("personal data erased", "tip.consentWithdrawn", ""))),
          Map.entry(
              "AUDIT_VERIFIED",
              List.of(
                  new Sentence(
                      "audit chain intact: (\\d+) entries, (\\d+) anchors?", "audit.intact", "nn"),
                  new Sentence(
                      "audit chain intact: (\\d+) entries, (\\d+) anchors?, (\\d+) old entries not checkable",
                      "audit.intactOld",
                      "nnn"),
                  new Sentence(
                      "audit chain BROKEN: (\\d+) bad entr(?:y|ies) \\((\\d+) entries, (\\d+) anchors?\\)",
                      "audit.broken",
                      "nnn"),
                  new Sentence(
                      "audit chain BROKEN: (\\d+) bad entr(?:y|ies) \\((\\d+) entries, (\\d+) anchors?, "
                          + "(\\d+) old entries not checkable\\)",
                      "audit.brokenOld",
                      "nnnn"))),
          Map.entry(
              "TRAINING_PLAN_SET",
              List.of(new Sentence("FY(\\d+): (\\d+)", "training.planSet", "nn"))),
          Map.entry(
              "TRAINING_COURSE_UPDATED",
              List.of(
                  new Sentence("(.+); rule (\\d+)% / (\\S+)", "training.courseUpdated", "tnt"))),
          Map.entry(
              "RESULTS_VALUE_APPROVED",
              List.of(
                  new Sentence(
                      "(\\S+) (\\d+) = (\\S+) entered by (.+)", "results.valueDecided", "tntt"))),
          Map.entry(
              "RESULTS_VALUE_REJECTED",
              List.of(
                  new Sentence(
                      "(\\S+) (\\d+) = (\\S+) entered by (.+)", "results.valueDecided", "tntt"))),
          Map.entry(
              "WATCHLIST_UPLOAD_REFUSED",
              List.of(new Sentence("([^:]+): (.+)", "watchlist.uploadRefusedOld", "tt"))),
          Map.entry(
              "INSPECTION_VIEWED",
              List.of(
                  new Sentence("api", "inspection.viewedApi", ""),
                  new Sentence("api: persons", "inspection.viewedApiPersons", ""))),
          Map.entry(
              "TIP_CASES_LISTED",
              List.of(
                  new Sentence("all", "tip.listedAll", ""),
                  new Sentence("open", "tip.listedOpen", ""))));

  private LegacyAuditDetails() {}

  static Optional<AuditDetail> read(String action, String detail) {
    List<Sentence> sentences = BY_ACTION.get(action);
    if (sentences == null) {
      sentences =
          action.endsWith("_REFUSED") || action.endsWith(".refused") ? List.of(REFUSED) : List.of();
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
      if (g == null) {
        args.add(ABSENT);
        continue;
      }
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
