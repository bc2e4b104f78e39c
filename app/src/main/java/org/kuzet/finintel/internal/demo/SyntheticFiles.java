package org.kuzet.finintel.internal.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.kuzet.engine.finintel.io.IbmAmlCsvWriter;
import org.kuzet.engine.finintel.synth.GeneratorSettings;
import org.kuzet.engine.finintel.synth.SyntheticGenerator;

/**
 * Writes the engine's synthetic bank data (benign traffic with planted laundering schemes of every
 * typology, deterministic by seed) as an IBM AML CSV file, the way a bank extract arrives.
 */
public final class SyntheticFiles {

  private SyntheticFiles() {}

  public static Path write(long transactions, long seed) throws IOException {
    Path file = Files.createTempFile("kuzet-finintel-synthetic-", ".csv");
    try (OutputStream out = Files.newOutputStream(file);
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        IbmAmlCsvWriter csv = new IbmAmlCsvWriter(new BufferedWriter(w, 1 << 16))) {
      var generator =
          new SyntheticGenerator(
              new GeneratorSettings(
                  seed, transactions, (int) Math.max(1000, Math.min(25_000, transactions / 3)), 3));
      generator.generate((t, label) -> csv.write(t, label.laundering()));
    }
    return file;
  }
}
