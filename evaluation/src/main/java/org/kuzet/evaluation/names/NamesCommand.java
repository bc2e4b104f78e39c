package org.kuzet.evaluation.names;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Writes the watchlist-name screening queries for one seed. */
@Command(
    name = "names",
    mixinStandardHelpOptions = true,
    description =
        "Writes positive and hard-negative watchlist screening queries as CSV. "
            + "Seeds 1-3 are for tuning; any other seed is unseen.")
public final class NamesCommand implements Callable<Integer> {

  @Option(names = "--seed", required = true, description = "Seed of every random choice.")
  long seed;

  @Option(
      names = "--lists",
      defaultValue = "../shared/data/watchlists",
      description =
          "Folder with un/, ofac-2021-07-07/ and ofac-sdn-2024-05-03/ "
              + "(default: ${DEFAULT-VALUE}).")
  Path lists;

  @Option(names = "--out", required = true, description = "CSV file to write.")
  Path out;

  @Option(
      names = "--people",
      defaultValue = "250",
      description = "Listed people to write queries for (default: ${DEFAULT-VALUE}).")
  int people;

  public static void main(String[] args) {
    System.exit(new CommandLine(new NamesCommand()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    long started = System.nanoTime();
    NamesGenerator.Result result = NamesGenerator.generate(lists, seed, people);
    QueryCsv.write(out, seed, result.queries());
    long millis = (System.nanoTime() - started) / 1_000_000;
    Map<String, Integer> counts = new TreeMap<>();
    for (Query q : result.queries()) {
      counts.merge(q.kind(), 1, Integer::sum);
    }
    System.out.printf(
        "%d listed names and aliases indexed; %d people of the region eligible, " + "%d selected%n",
        result.listedNames(), result.eligiblePeople(), result.selectedPeople());
    System.out.printf("%s queries written to %s in %d ms%n", counts, out, millis);
    return 0;
  }
}
