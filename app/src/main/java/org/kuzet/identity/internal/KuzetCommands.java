package org.kuzet.identity.internal;

import java.io.PrintStream;
import org.kuzet.identity.AuditLog;
import org.springframework.stereotype.Component;

/**
 * The app's one-off commands ({@code ./kuzet audit verify}), run without a web server by {@link
 * CommandRunner}. Each returns its process exit code.
 */
@Component
class KuzetCommands {

  private final AuditLog audit;

  KuzetCommands(AuditLog audit) {
    this.audit = audit;
  }

  int run(String command, PrintStream out, PrintStream err) {
    return switch (command) {
      case "audit-verify" -> auditVerify(out, err);
      default -> {
        err.println("kuzet: unknown command '" + command + "' (known: audit-verify)");
        yield 2;
      }
    };
  }

  /**
   * Prints "audit chain intact: N entries, K anchors" (exit 0), or every bad entry, one a line
   * (exit 1).
   */
  int auditVerify(PrintStream out, PrintStream err) {
    var result = audit.verify();
    if (result.intact()) {
      out.println(result.message());
      return 0;
    }
    err.println(result.message());
    result.problems().forEach(p -> err.println("  " + p.reason()));
    return 1;
  }
}
