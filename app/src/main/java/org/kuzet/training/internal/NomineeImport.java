package org.kuzet.training.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.kuzet.identity.AgencyCode;
import org.kuzet.identity.AuditDetail;
import org.kuzet.identity.AuditLog;
import org.kuzet.identity.KuzetUser;
import org.kuzet.training.SessionId;
import org.kuzet.training.internal.Enrolment.Status;
import org.kuzet.training.internal.SessionManagement.Nominee;
import org.kuzet.web.Refusal;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports a nominee list into a session. Every row is checked and placed in one transaction; if any
 * row is wrong, the whole file is rolled back and the report names each wrong row, so a file is
 * either taken whole or not at all.
 */
@Service
class NomineeImport {

  /** A rejected row: its line number in the file and why. */
  record Problem(int line, String reason) {}

  /** What happened to a file. */
  record Report(int enrolled, int waitlisted, List<Problem> problems) {}

  private final SessionManagement sessions;
  private final TransactionTemplate transactions;
  private final AuditLog audit;
  private final MessageSource messages;

  NomineeImport(
      SessionManagement sessions,
      TransactionTemplate transactions,
      AuditLog audit,
      MessageSource messages) {
    this.sessions = sessions;
    this.transactions = transactions;
    this.audit = audit;
    this.messages = messages;
  }

  Report importFile(KuzetUser user, SessionId sessionId, MultipartFile file) {
    byte[] content;
    try {
      if (file.getSize() > NomineeListReader.MAX_BYTES) {
        throw Refusal.of(
            "file", "training.refusal.import.tooLarge", NomineeListReader.MAX_BYTES / 1024 / 1024);
      }
      content = file.getBytes();
    } catch (IOException e) {
      throw Refusal.of(
          "file", "training.refusal.import.unreadable", String.valueOf(e.getMessage()));
    }
    String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
    return importLines(user, sessionId, name, NomineeListReader.read(name, content));
  }

  Report importLines(
      KuzetUser user, SessionId sessionId, String filename, List<NomineeListReader.Line> lines) {
    Report report =
        transactions.execute(
            tx -> {
              TrainingSession s = sessions.lockEditable(user, sessionId);
              List<Problem> problems = new ArrayList<>();
              Set<String> seen = new HashSet<>();
              int enrolled = 0;
              int waitlisted = 0;
              for (var line : lines) {
                try {
                  Nominee nominee = nominee(line);
                  String key = nominee.agency() + "/" + nominee.serviceNumber();
                  if (!seen.add(key)) {
                    throw Refusal.of(
                        "file", "training.refusal.import.repeated", nominee.serviceNumber());
                  }
                  String by = line.get("nominated_by");
                  var placement =
                      sessions.place(
                          s,
                          nominee,
                          by.isEmpty()
                              ? nominee.agency()
                              : SessionController.agency("nominated_by", by),
                          false);
                  if (placement.status() == Status.ENROLLED) {
                    enrolled++;
                  } else {
                    waitlisted++;
                  }
                } catch (Refusal r) {
                  problems.add(new Problem(line.number(), text(r)));
                }
              }
              if (!problems.isEmpty()) {
                tx.setRollbackOnly();
              } else {
                audit.recordFacts(
                    "TRAINING_NOMINEES_IMPORTED",
                    "training-session",
                    sessionId,
                    AuditDetail.of("training.nomineesImported", filename, enrolled, waitlisted));
              }
              return new Report(enrolled, waitlisted, List.copyOf(problems));
            });
    return report == null ? new Report(0, 0, List.of()) : report;
  }

  private static Nominee nominee(NomineeListReader.Line line) {
    for (String column : NomineeListReader.REQUIRED) {
      if (line.get(column).isEmpty()) {
        throw Refusal.of("file", "training.refusal.import.missing", column);
      }
    }
    var gender =
        Gender.parse(line.get("gender"))
            .orElseThrow(
                () -> Refusal.of("gender", "training.refusal.nominee.gender", line.get("gender")));
    String cadet = line.get("cadet").toLowerCase(Locale.ROOT);
    AgencyCode agency = SessionController.agency("agency", line.get("agency"));
    return new Nominee(
        agency,
        line.get("service_number"),
        line.get("full_name"),
        gender,
        line.get("rank"),
        Set.of("yes", "y", "true", "1", "да", "иә").contains(cadet));
  }

  private String text(Refusal r) {
    return messages.getMessage(r.first(), LocaleContextHolder.getLocale());
  }
}
