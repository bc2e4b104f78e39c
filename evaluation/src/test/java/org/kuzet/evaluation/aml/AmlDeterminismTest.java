package org.kuzet.evaluation.aml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AmlDeterminismTest {

  private static final String[] FILES = {
    AmlFiles.TRANSACTIONS, AmlFiles.PATTERNS, AmlFiles.SCHEMES, AmlFiles.LOOK_ALIKES
  };

  @Test
  void theSameSeedWritesByteIdenticalFiles(@TempDir Path first, @TempDir Path second)
      throws IOException {
    AmlFixtures.smallRun(11, first);
    AmlFixtures.smallRun(11, second);

    for (String file : FILES) {
      assertThat(Files.readAllBytes(second.resolve(file)))
          .as(file)
          .isEqualTo(Files.readAllBytes(first.resolve(file)));
    }
  }

  @Test
  void anotherSeedWritesOtherData(@TempDir Path first, @TempDir Path second) throws IOException {
    AmlFixtures.smallRun(11, first);
    AmlFixtures.smallRun(12, second);

    assertThat(Files.readAllBytes(second.resolve(AmlFiles.TRANSACTIONS)))
        .isNotEqualTo(Files.readAllBytes(first.resolve(AmlFiles.TRANSACTIONS)));
    assertThat(Files.readAllBytes(second.resolve(AmlFiles.PATTERNS)))
        .isNotEqualTo(Files.readAllBytes(first.resolve(AmlFiles.PATTERNS)));
  }
}
