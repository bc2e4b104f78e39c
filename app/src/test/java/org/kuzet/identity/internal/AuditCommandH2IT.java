package org.kuzet.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.kuzet.identity.AuditLog;
import org.kuzet.testing.OnH2;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code ./kuzet audit verify}: exit 0 with the count, exit 1 naming every tampered entry. */
@OnH2
class AuditCommandH2IT {

  @Autowired KuzetCommands commands;
  @Autowired AuditLog audit;
  @Autowired JdbcClient jdbc;

  record Run(int exit, String out, String err) {}

  Run run(String command) {
    var out = new ByteArrayOutputStream();
    var err = new ByteArrayOutputStream();
    int exit =
        commands.run(
            command,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void verifyReportsTheChainAndFindsATamperedRow() {
    audit.recordAs("auditor", null, "COMMAND_TEST", "test", "a", "original detail");
    audit.recordAs("auditor", null, "COMMAND_TEST", "test", "b", "later entry");
    long entries = jdbc.sql("SELECT COUNT(*) FROM idn_audit").query(Long.class).single();

    var intact = run("audit-verify");
    assertThat(intact.exit()).isZero();
    assertThat(intact.out()).startsWith("audit chain intact: ").contains(entries + " entries");

    long seq =
        jdbc.sql(
                "SELECT seq FROM idn_audit WHERE action = 'COMMAND_TEST' AND target_id = 'a' ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY")
            .query(Long.class)
            .single();
    jdbc.sql("UPDATE idn_audit SET actor = 'someone-else' WHERE seq = ?").param(seq).update();
    try {
      var broken = run("audit-verify");
      assertThat(broken.exit()).isEqualTo(1);
      assertThat(broken.err())
          .startsWith("audit chain BROKEN: 1 bad entry")
          .contains("  entry " + seq + " was changed after it was written");
    } finally {
      jdbc.sql("UPDATE idn_audit SET actor = 'auditor' WHERE seq = ?").param(seq).update();
    }
    assertThat(run("audit-verify").exit()).isZero();
  }

  @Test
  void unknownCommandsAreRefused() {
    var unknown = run("drop-everything");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("unknown command 'drop-everything'");
  }
}
