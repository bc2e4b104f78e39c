package org.kuzet.engine.finintel.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kuzet.engine.finintel.Transaction;
import org.kuzet.engine.finintel.Typology;

class SyntheticGeneratorTest {

  static List<String> run(long seed, List<PlantedScheme> schemes) throws IOException {
    List<String> out = new ArrayList<>();
    SyntheticGenerator g = new SyntheticGenerator(GeneratorSettings.of(20_000, seed));
    List<Transaction> last = new ArrayList<>();
    g.generate(
        (t, l) -> {
          if (!last.isEmpty()) {
            assertThat(t.timestamp()).isAfterOrEqualTo(last.get(0).timestamp());
            last.clear();
          }
          last.add(t);
          out.add(t + "|" + l);
        });
    schemes.addAll(g.schemes());
    return out;
  }

  @Test
  void sameSeedSameDataInTimeOrderWithEveryTypologyPlanted() throws IOException {
    List<PlantedScheme> schemes = new ArrayList<>();
    List<String> a = run(7, schemes);
    assertThat(a).hasSize(20_000);
    assertThat(run(7, new ArrayList<>())).isEqualTo(a);
    assertThat(run(8, new ArrayList<>())).isNotEqualTo(a);
    Set<Typology> planted =
        schemes.stream().map(PlantedScheme::typology).collect(Collectors.toSet());
    // Every rule typology; LEARNED is a way of finding, not a pattern.
    assertThat(planted)
        .containsExactlyInAnyOrderElementsOf(EnumSet.complementOf(EnumSet.of(Typology.LEARNED)));
    assertThat(schemes).allSatisfy(s -> assertThat(s.transactionIds()).isNotEmpty());
  }
}
