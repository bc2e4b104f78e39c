package org.kuzet.engine.screening.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.kuzet.engine.screening.bench.ScreeningBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code screen-bench --lists DIR [--pairs DIR] [--heldout FILE.csv [--heldout-only]]
 * [--show-misses] [--speed-only [--rounds N] [--dump-hits FILE]]}: prints the engine's figures
 * beside its peers'.
 */
@Command(
    name = "screen-bench",
    mixinStandardHelpOptions = true,
    description =
        "Benchmark the engine against a Lucene fuzzy-query baseline and the public name-pair benchmark.")
final class BenchCommand implements Callable<Integer> {

  @Option(
      names = "--lists",
      required = true,
      paramLabel = "DIR",
      description = "Directory holding list files.")
  Path lists;

  @Option(
      names = "--pairs",
      paramLabel = "DIR",
      description =
          "Name-pair benchmark folder (default: shared/data/benchmarks/name-pairs found above the working directory).")
  @Nullable Path pairs;

  @Option(
      names = "--show-misses",
      description = "Print every self-test miss and false positive with the engine's score for it.")
  boolean showMisses;

  @Option(
      names = "--heldout",
      paramLabel = "FILE.csv",
      description =
          "Independent held-out query set (./kuzet eval-data names): recall and false-positive rate per form and system, beside Lucene.")
  @Nullable Path heldOut;

  @Option(
      names = "--heldout-only",
      description =
          "With --heldout: report only the held-out set (no timing, self-test or name pairs).")
  boolean heldOutOnly;

  @Option(
      names = "--speed-only",
      description =
          "Time only the engine on the self-test queries (no Lucene, self-test figures or name pairs).")
  boolean speedOnly;

  @Option(
      names = "--rounds",
      paramLabel = "N",
      defaultValue = "3",
      description = "With --speed-only: timed rounds after the warm-up, each printed (default 3).")
  int rounds;

  @Option(
      names = "--dump-hits",
      paramLabel = "FILE",
      description =
          "With --speed-only: write every self-test query's hits (entry, score, explanation) to FILE, "
              + "to compare two builds' answers.")
  @Nullable Path dumpHits;

  @Override
  public Integer call() {
    ScreeningBenchmark bench =
        new ScreeningBenchmark(lists, pairs, System.out, showMisses, heldOut, heldOutOnly);
    if (speedOnly) {
      if (rounds < 1 || rounds > 100) {
        throw new BadInputException("--rounds must be between 1 and 100");
      }
      bench.speedOnly(rounds, dumpHits);
    } else {
      bench.run();
    }
    return 0;
  }
}
