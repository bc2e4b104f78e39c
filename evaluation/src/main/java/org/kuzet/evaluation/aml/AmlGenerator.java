package org.kuzet.evaluation.aml;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Builds a data set in a fixed order, each part on its own random stream: the population, the
 * schemes, ordinary traffic for every scheme account before, during and after its scheme, the
 * benign look-alikes, and then ordinary traffic up to the requested number of rows.
 */
final class AmlGenerator {

  private AmlGenerator() {}

  static AmlDataset generate(AmlSettings settings) {
    Seeds seeds = new Seeds(settings.seed());
    Clock clock = new Clock(settings.days());
    int schemeCount = settings.schemesPerTypology() * Typology.values().length;
    Population population =
        new Population(
            Population.Sizes.forTransactions(settings.transactions(), schemeCount),
            seeds.random("population"));
    Ledger ledger = new Ledger();
    SchemeAccounts pool = new SchemeAccounts(population, seeds.random("scheme-accounts"));

    List<Scheme> schemes = schemes(settings, seeds, pool, ledger, clock);
    BackgroundTraffic background =
        new BackgroundTraffic(population, ledger, clock, seeds.random("background"));
    embed(schemes, background, clock, seeds.random("embedding"));
    List<BenignGroup> lookAlikes =
        new LookAlikes(new Neighbourhood(population, pool::inScheme), ledger, clock, seeds)
            .generate(settings.transactions());
    background.fill(Math.max(0, settings.transactions() - ledger.size()));
    return new AmlDataset(clock, ledger.sorted(), schemes, lookAlikes);
  }

  private static List<Scheme> schemes(
      AmlSettings settings, Seeds seeds, SchemeAccounts pool, Ledger ledger, Clock clock) {
    List<Scheme> schemes = new ArrayList<>();
    int nextId = 1;
    for (Typology typology : Typology.values()) {
      SplittableRandom planning = seeds.random("plans/" + typology.name());
      SchemeShape shape = SchemeShape.of(typology);
      for (SchemePlan plan :
          SchemePlan.stratified(typology, settings.schemesPerTypology(), nextId, planning)) {
        SchemeKit kit = new SchemeKit(plan, pool, ledger, clock, seeds.random("scheme", plan.id()));
        schemes.add(shape.build(kit));
      }
      nextId += settings.schemesPerTypology();
    }
    return schemes;
  }

  /**
   * Gives every scheme account ordinary rows before, during and after its scheme, and a few more
   * anywhere, so an account is not suspicious merely for being quiet apart from the scheme.
   */
  private static void embed(
      List<Scheme> schemes, BackgroundTraffic background, Clock clock, SplittableRandom random) {
    int total = clock.totalMinutes();
    for (Scheme scheme : schemes) {
      int first = scheme.firstMinute();
      int last = scheme.lastMinute();
      for (Account account : scheme.accounts()) {
        background.ordinaryFor(account, clock.daytimeBetween(0, first, random));
        background.ordinaryFor(account, first + random.nextInt(Math.max(1, last - first + 1)));
        background.ordinaryFor(account, clock.daytimeBetween(last + 1, total, random));
        int more = random.nextInt(3);
        for (int i = 0; i < more; i++) {
          background.ordinaryFor(account, clock.daytimeBetween(0, total, random));
        }
      }
    }
  }
}
