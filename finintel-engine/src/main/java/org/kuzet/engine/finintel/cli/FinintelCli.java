package org.kuzet.engine.finintel.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.kuzet.engine.finintel.Alert;
import org.kuzet.engine.finintel.Transaction;
import org.kuzet.engine.finintel.Typology;
import org.kuzet.engine.finintel.detect.DetectionEngine;
import org.kuzet.engine.finintel.detect.DetectionSettings;
import org.kuzet.engine.finintel.detect.LaunderingModel;
import org.kuzet.engine.finintel.eval.AttemptRecall;
import org.kuzet.engine.finintel.eval.Benchmark;
import org.kuzet.engine.finintel.eval.Dataset;
import org.kuzet.engine.finintel.eval.LabelledEvaluation;
import org.kuzet.engine.finintel.eval.LaunderingPatterns;
import org.kuzet.engine.finintel.eval.Score;
import org.kuzet.engine.finintel.io.AlertCsvWriter;
import org.kuzet.engine.finintel.io.CsvColumnMapping;
import org.kuzet.engine.finintel.io.IbmAmlCsvWriter;
import org.kuzet.engine.finintel.io.InputRejectedException;
import org.kuzet.engine.finintel.io.Label;
import org.kuzet.engine.finintel.io.RowError;
import org.kuzet.engine.finintel.io.TransactionFormat;
import org.kuzet.engine.finintel.io.TransactionSource;
import org.kuzet.engine.finintel.synth.GeneratorSettings;
import org.kuzet.engine.finintel.synth.SyntheticGenerator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code java -jar finintel-cli.jar <command>}: exit 0 when done, 2 on bad usage or input. */
@Command(
    name = "finintel",
    mixinStandardHelpOptions = true,
    description = "Money-laundering typology detection over bank transactions.",
    subcommands = {
      FinintelCli.Detect.class,
      FinintelCli.DetectEval.class,
      FinintelCli.Bench.class,
      FinintelCli.Generate.class,
      TrainCommand.class,
      TraceCommand.class
    })
public final class FinintelCli {
  static final int BAD_INPUT = 2;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  public static int run(String... args) {
    return new CommandLine(new FinintelCli()).execute(args);
  }

  /** Options shared by the commands that read a file. */
  static class Input {
    @Option(names = "--in", required = true, description = "transaction file")
    Path in;

    @Option(names = "--format", required = true, description = "ibm, amlsim, csv or goaml")
    String format;

    @Option(
        names = "--mapping",
        description = "for --format csv: field=column,... (default: columns named like the fields)")
    String mapping;

    @Option(
        names = "--max-errors",
        defaultValue = "20",
        description = "row errors to print (all are counted)")
    int maxErrors;

    @Option(
        names = "--model",
        description = "model file from detect-train: adds learned alerts and re-scores the rules'")
    Path model;

    @Option(
        names = "--rule-floor",
        defaultValue = "0.05",
        description =
            "with --model: a rule alert is raised only when the model gives one of its "
                + "payments at least this probability (0 keeps every rule alert)")
    double ruleFloor;

    long errors;

    @Nullable LaunderingModel model() throws IOException {
      return model == null ? null : LaunderingModel.read(model);
    }

    TransactionSource open(InputStream in) throws IOException {
      TransactionFormat f = TransactionFormat.parse(format);
      CsvColumnMapping m = mapping == null ? null : CsvColumnMapping.parse(mapping);
      return f.open(in, this::error, m);
    }

    void error(RowError e) {
      errors++;
      if (errors <= maxErrors) {
        System.err.println(in.getFileName() + ": " + e);
      }
    }
  }

  /** Runs a read loop, turning bad files into exit code 2 with a message. */
  interface Body {
    int run() throws IOException;
  }

  static int guarded(Body b) {
    try {
      return b.run();
    } catch (NoSuchFileException e) {
      System.err.println("no such file: " + e.getFile());
      return BAD_INPUT;
    } catch (InputRejectedException | IllegalArgumentException e) {
      System.err.println("refused: " + e.getMessage());
      return BAD_INPUT;
    } catch (IOException e) {
      System.err.println("cannot read or write: " + e.getMessage());
      return BAD_INPUT;
    }
  }

  @Command(
      name = "detect",
      mixinStandardHelpOptions = true,
      description =
          "Run all detectors over a file and write the alerts as CSV, highest score " + "first.")
  static final class Detect implements Callable<Integer> {
    @CommandLine.Mixin Input input = new Input();

    @Option(names = "--out", required = true, description = "alerts CSV to write")
    Path out;

    @Override
    public Integer call() {
      return guarded(
          () -> {
            long t0 = System.nanoTime();
            long n = 0;
            long alerts;
            Path tmp = out.toAbsolutePath().resolveSibling(out.getFileName() + ".part");
            DetectionEngine engine;
            try (InputStream in = Files.newInputStream(input.in);
                TransactionSource src = input.open(in);
                BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
                AlertCsvWriter csv = new AlertCsvWriter(w)) {
              // Investigators work the queue from the top: the file lists the alerts by score.
              List<Alert> found = new ArrayList<>();
              engine =
                  new DetectionEngine(
                      DetectionSettings.defaults(), found::add, input.model(), input.ruleFloor);
              for (Transaction t; (t = src.next()) != null; ) {
                engine.accept(t);
                n++;
              }
              engine.finish();
              found.sort(
                  Comparator.comparingDouble(Alert::score).reversed().thenComparing(Alert::id));
              for (Alert a : found) {
                csv.write(a);
              }
              alerts = engine.alerts();
            } catch (IOException | RuntimeException e) {
              Files.deleteIfExists(tmp);
              throw e;
            }
            // Nothing half-written: the alerts file appears only when complete.
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
            double s = (System.nanoTime() - t0) / 1e9;
            System.err.printf(
                Locale.ROOT,
                "%,d transactions read, %,d bad rows skipped, %,d late dropped, %,d alerts -> %s "
                    + "(%.1f s, %,.0f tx/s)%s%n",
                n,
                input.errors,
                engine.late(),
                alerts,
                out,
                s,
                n / s,
                input.model == null
                    ? ""
                    : String.format(
                        Locale.ROOT,
                        "; %,d rule alerts set aside by the model",
                        engine.setAside()));
            return 0;
          });
    }
  }

  @Command(
      name = "detect-eval",
      mixinStandardHelpOptions = true,
      description =
          "Score the detectors against a labelled file (IBM Is Laundering, AMLSim "
              + "is_sar): precision, recall and F1 per typology and overall, by transaction and by "
              + "account, and throughput.")
  static final class DetectEval implements Callable<Integer> {
    @CommandLine.Mixin Input input = new Input();

    @Option(
        names = "--patterns",
        description =
            "AMLworld-style patterns file (BEGIN/END LAUNDERING ATTEMPT blocks): adds "
                + "scheme recall per pattern")
    Path patternsFile;

    @Override
    public Integer call() {
      return guarded(
          () -> {
            LaunderingPatterns patterns =
                patternsFile == null ? null : LaunderingPatterns.read(patternsFile);
            LabelledEvaluation ev = new LabelledEvaluation();
            LaunderingModel model = input.model();
            long t0 = System.nanoTime();
            ThreadMXBean mx = ManagementFactory.getThreadMXBean();
            long cpu0 = mx.getCurrentThreadCpuTime();
            DetectionEngine engine =
                new DetectionEngine(
                    DetectionSettings.defaults(), ev::alert, model, input.ruleFloor);
            boolean labelled = false;
            try (InputStream in = Files.newInputStream(input.in);
                TransactionSource src = input.open(in)) {
              for (Transaction t; (t = src.next()) != null; ) {
                Label l = src.label();
                labelled |= l != null;
                ev.transaction(t, l);
                if (patterns != null) {
                  patterns.claim(t);
                }
                engine.accept(t);
              }
              engine.finish();
            }
            double s = (System.nanoTime() - t0) / 1e9;
            double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
            if (!labelled) {
              System.err.println(
                  "refused: " + input.in + " carries no labels (Is Laundering / is_sar)");
              return BAD_INPUT;
            }
            PrintWriter o = new PrintWriter(System.out, true);
            o.printf(
                Locale.ROOT,
                "%,d transactions (%,d laundering), %,d bad rows, %,d late; %,d "
                    + "alerts; %.1f s = %,.0f tx/s read and analysed%n%n",
                ev.transactions(),
                ev.positives(),
                input.errors,
                engine.late(),
                engine.alerts(),
                s,
                ev.transactions() / s);
            o.printf(
                Locale.ROOT,
                "%s; %.1f s thread CPU = %,.0f tx per CPU-second (reading, "
                    + "detecting and scoring on one thread)%n%n",
                model == null
                    ? "rules only"
                    : "rules and the model "
                        + input.model
                        + " ("
                        + model.trees()
                        + " trees, threshold "
                        + model.threshold()
                        + ", "
                        + engine.setAside()
                        + " rule alerts set aside below "
                        + input.ruleFloor
                        + ")",
                cpu,
                ev.transactions() / cpu);
            o.printf(Locale.ROOT, "%-24s %-22s %-22s%n", "", "by transaction", "by account");
            o.printf(
                Locale.ROOT,
                "%-24s %6s %6s %6s   %6s %6s %6s%n",
                "typology",
                "P",
                "R",
                "F1",
                "P",
                "R",
                "F1");
            for (var e : ev.byTypology().entrySet()) {
              row(o, e.getKey().name().toLowerCase(Locale.ROOT), e.getValue()[0], e.getValue()[1]);
            }
            row(o, "ALL", ev.byTransaction(), ev.byAccount());
            o.printf(
                "%nby transaction: %s%nby account:     %s%n", ev.byTransaction(), ev.byAccount());
            o.printf(
                Locale.ROOT,
                "%nalert budget (accounts ranked by their highest alert score, "
                    + "%,d accounts in the file, %,d involved in laundering):%n",
                ev.accounts(),
                ev.byAccount().tp() + ev.byAccount().fn());
            for (double f : new double[] {0.001, 0.005}) {
              LabelledEvaluation.Budget b = ev.budget(f);
              o.printf(
                  Locale.ROOT,
                  "  top %.1f%% = %,d accounts (%,d with an alert): precision %.3f"
                      + "  recall %.3f  (%d involved)%n",
                  100 * f,
                  b.k(),
                  b.taken(),
                  b.precision(),
                  b.recall(),
                  b.tp());
            }
            if (patterns != null) {
              AttemptRecall r = new AttemptRecall(patterns, ev.covered());
              o.printf(
                  Locale.ROOT,
                  "%nschemes of %s (found: at least half of its transactions in "
                      + "some alert)%n%-18s %8s %6s %7s%n",
                  patternsFile.getFileName(),
                  "pattern",
                  "planted",
                  "found",
                  "recall");
              for (var e : r.rows().entrySet()) {
                o.printf(
                    Locale.ROOT,
                    "%-18s %8d %6d %7.3f%n",
                    e.getKey().toLowerCase(Locale.ROOT),
                    e.getValue().planted(),
                    e.getValue().found(),
                    e.getValue().recall());
              }
              o.printf(
                  Locale.ROOT,
                  "%-18s %8d %6d %7.3f%n",
                  "ALL",
                  r.total().planted(),
                  r.total().found(),
                  r.total().recall());
              if (patterns.unclaimed() > 0) {
                o.printf(
                    Locale.ROOT,
                    "(%,d pattern rows matched no transaction of %s)%n",
                    patterns.unclaimed(),
                    input.in.getFileName());
              }
            }
            return 0;
          });
    }

    private static void row(PrintWriter o, String name, Score tx, Score ac) {
      o.printf(
          Locale.ROOT,
          "%-24s %6.3f %6.3f %6.3f   %6.3f %6.3f %6.3f%n",
          name,
          tx.precision(),
          tx.recall(),
          tx.f1(),
          ac.precision(),
          ac.recall(),
          ac.f1());
    }
  }

  @Command(
      name = "detect-bench",
      mixinStandardHelpOptions = true,
      description =
          "In-process benchmark over generated data (the Flink comparison is in "
              + "finintel-flink-cli.jar's detect-bench).")
  static final class Bench implements Callable<Integer> {
    @Option(names = "--transactions", defaultValue = "1000000")
    long n;

    @Option(names = "--seed", defaultValue = "42")
    long seed;

    @Option(names = "--runs", defaultValue = "3")
    int runs;

    @Option(names = "--end-to-end", description = "also write and re-read this many transactions")
    Long endToEnd;

    @Option(names = "--in", description = "instead of generated data: this file, held in memory")
    Path in;

    @Option(names = "--format", defaultValue = "ibm", description = "format of --in")
    String format;

    @Option(names = "--model", description = "also measure with this model (detect-train)")
    Path model;

    @Override
    public Integer call() throws IOException {
      Benchmark b = new Benchmark(System.out);
      if (in != null || model != null) {
        return guarded(
            () -> {
              LaunderingModel m = model == null ? null : LaunderingModel.read(model);
              List<Transaction> txs = new ArrayList<>();
              if (in != null) {
                try (InputStream is = Files.newInputStream(in);
                    TransactionSource src =
                        TransactionFormat.parse(format).open(is, e -> {}, null)) {
                  for (Transaction t; (t = src.next()) != null; ) {
                    txs.add(t);
                  }
                }
              } else {
                txs = Dataset.generate(n, seed).transactions();
              }
              System.out.printf(
                  Locale.ROOT,
                  "%,d transactions from %s, one thread, best of %d%n",
                  txs.size(),
                  in == null ? "the generator (seed " + seed + ")" : in,
                  runs);
              b.fullSet(txs, runs, m);
              return 0;
            });
      }
      Dataset d = Dataset.generate(n, seed);
      System.out.printf(
          Locale.ROOT,
          "%,d generated transactions (seed %d), %,d laundering in %d " + "planted schemes%n%n",
          d.transactions().size(),
          seed,
          d.launderingIds().size(),
          d.schemes().size());
      List<Alert> alerts = b.inProcess(d, runs);
      b.detection(d, alerts);
      if (endToEnd != null) {
        b.endToEnd(endToEnd, seed, Path.of(System.getProperty("java.io.tmpdir")));
      }
      return 0;
    }
  }

  @Command(
      name = "generate",
      mixinStandardHelpOptions = true,
      description = "Write generated, labelled transactions in IBM AML CSV format.")
  static final class Generate implements Callable<Integer> {
    @Option(names = "--transactions", required = true)
    long n;

    @Option(names = "--seed", defaultValue = "42")
    long seed;

    @Option(names = "--out", required = true)
    Path out;

    @Override
    public Integer call() {
      return guarded(
          () -> {
            try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
                IbmAmlCsvWriter csv = new IbmAmlCsvWriter(w)) {
              SyntheticGenerator g = new SyntheticGenerator(GeneratorSettings.of(n, seed));
              g.generate((t, l) -> csv.write(t, l.laundering()));
              List<String> kinds = new ArrayList<>();
              for (Typology t : Typology.values()) {
                if (t == Typology.LEARNED) {
                  continue;
                }
                kinds.add(t.name().toLowerCase(Locale.ROOT));
              }
              System.err.printf(
                  Locale.ROOT,
                  "%,d transactions with %d planted schemes (%s) -> %s%n",
                  n,
                  g.schemes().size(),
                  String.join(", ", kinds),
                  out);
            }
            return 0;
          });
    }
  }
}
