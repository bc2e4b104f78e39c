package org.kuzet.engine.finintel.synth;

/**
 * How much to generate: {@code transactions} in all, from {@code seed}, with one planted scheme of
 * each typology per {@code transactionsPerScheme} transactions (at least {@code minSchemes} of
 * each).
 */
public record GeneratorSettings(
    long seed, long transactions, int transactionsPerScheme, int minSchemes) {
  public GeneratorSettings {
    if (transactions < 1000) {
      throw new IllegalArgumentException("generate at least 1000 transactions");
    }
    if (transactionsPerScheme < 1000 || minSchemes < 1) {
      throw new IllegalArgumentException("transactionsPerScheme >= 1000 and minSchemes >= 1");
    }
  }

  public static GeneratorSettings of(long transactions, long seed) {
    return new GeneratorSettings(seed, transactions, 25_000, 3);
  }

  int schemesPerTypology() {
    return (int) Math.max(minSchemes, transactions / transactionsPerScheme);
  }
}
