package org.kuzet.engine.finintel.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kuzet.engine.finintel.Transaction;
import org.kuzet.engine.finintel.synth.GeneratorSettings;
import org.kuzet.engine.finintel.synth.PlantedScheme;
import org.kuzet.engine.finintel.synth.SyntheticGenerator;

/** Generated transactions held in memory, with the planted schemes and laundering ids. */
public record Dataset(
    List<Transaction> transactions, Set<String> launderingIds, List<PlantedScheme> schemes) {

  public static Dataset generate(long n, long seed) {
    List<Transaction> txs = new ArrayList<>((int) n);
    Set<String> laundering = new HashSet<>();
    SyntheticGenerator g = new SyntheticGenerator(GeneratorSettings.of(n, seed));
    try {
      g.generate(
          (t, l) -> {
            txs.add(t);
            if (l.laundering()) {
              laundering.add(t.id());
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Dataset(txs, laundering, List.copyOf(g.schemes()));
  }
}
