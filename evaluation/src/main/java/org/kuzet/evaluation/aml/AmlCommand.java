package org.kuzet.evaluation.aml;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Generates a laundering test set for a seed into a directory. */
@Command(
    name = "aml",
    mixinStandardHelpOptions = true,
    description = {
      "Writes transactions.csv and patterns.txt (AMLworld formats), schemes.csv and lookalikes.csv.",
      "Seeds 1 to 3 are for tuning; report figures only on a seed nobody tuned on."
    })
public final class AmlCommand implements Callable<Integer> {

  @Option(
      names = "--seed",
      required = true,
      description = "Random seed; the same seed gives the same files.")
  long seed;

  @Option(names = "--out", required = true, description = "Directory to write into.")
  Path out;

  @Option(
      names = "--transactions",
      defaultValue = "400000",
      description = "About how many rows (default ${DEFAULT-VALUE}).")
  int transactions;

  @Option(
      names = "--schemes-per-typology",
      defaultValue = "20",
      description = "Schemes of each typology (default ${DEFAULT-VALUE}).")
  int schemesPerTypology;

  @Option(
      names = "--days",
      defaultValue = "30",
      description = "Days from 2022/09/01 (default ${DEFAULT-VALUE}).")
  int days;

  @Override
  public Integer call() throws Exception {
    long started = System.nanoTime();
    AmlSettings settings;
    try {
      settings = new AmlSettings(seed, transactions, schemesPerTypology, days);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      return 2;
    }
    AmlDataset data = AmlGenerator.generate(settings);
    AmlFiles.write(data, out);
    long laundering = data.transactions().stream().filter(Transaction::laundering).count();
    System.out.printf(
        "%d transactions (%d laundering) in %d schemes, %d look-alikes, written to %s in %d ms%n",
        data.transactions().size(),
        laundering,
        data.schemes().size(),
        data.lookAlikes().size(),
        out,
        (System.nanoTime() - started) / 1_000_000);
    return 0;
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new AmlCommand()).execute(args));
  }
}
