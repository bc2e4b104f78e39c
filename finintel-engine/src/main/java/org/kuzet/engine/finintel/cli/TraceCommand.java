package org.kuzet.engine.finintel.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.kuzet.engine.finintel.AccountRef;
import org.kuzet.engine.finintel.Transaction;
import org.kuzet.engine.finintel.io.TransactionSource;
import org.kuzet.engine.finintel.trace.FlowPath;
import org.kuzet.engine.finintel.trace.FlowTracer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "trace",
    mixinStandardHelpOptions = true,
    description =
        "Paths money took from an account (or to a second one) within a time window, "
            + "with the amount carried along each.")
final class TraceCommand implements Callable<Integer> {
  @CommandLine.Mixin FinintelCli.Input input = new FinintelCli.Input();

  @Option(names = "--from", required = true, description = "bank:account to trace from")
  String from;

  @Option(names = "--to", description = "bank:account the paths must end at")
  String to;

  @Option(names = "--since", description = "window start, ISO instant (default: all)")
  Instant since = Instant.MIN;

  @Option(names = "--until", description = "window end, ISO instant (default: all)")
  Instant until = Instant.MAX;

  @Option(names = "--max-hops", defaultValue = "4")
  int maxHops;

  @Option(names = "--max-paths", defaultValue = "50")
  int maxPaths;

  static AccountRef account(String s) {
    int c = s.indexOf(':');
    if (c < 0) {
      throw new IllegalArgumentException("account '" + s + "' is not bank:account");
    }
    return new AccountRef(s.substring(0, c), s.substring(c + 1));
  }

  @Override
  public Integer call() {
    return FinintelCli.guarded(
        () -> {
          AccountRef a = account(from);
          AccountRef b = to == null ? null : account(to);
          List<Transaction> txs = new ArrayList<>();
          try (InputStream in = Files.newInputStream(input.in);
              TransactionSource src = input.open(in)) {
            for (Transaction t; (t = src.next()) != null; ) {
              if (!t.timestamp().isBefore(since) && !t.timestamp().isAfter(until)) {
                txs.add(t);
              }
            }
          } catch (IOException e) {
            throw e;
          }
          FlowTracer tracer = new FlowTracer(txs, since, until);
          List<FlowPath> paths =
              b == null
                  ? tracer.from(a, maxHops, maxPaths)
                  : tracer.between(a, b, maxHops, maxPaths);
          for (FlowPath p : paths) {
            System.out.println(p);
          }
          System.err.println(paths.size() + " path(s)");
          return 0;
        });
  }
}
