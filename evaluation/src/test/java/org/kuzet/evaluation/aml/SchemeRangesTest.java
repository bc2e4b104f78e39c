package org.kuzet.evaluation.aml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Scheme parameters spread over their whole ranges, even with few schemes of a typology. */
class SchemeRangesTest {

  private static AmlDataset data;

  @BeforeAll
  static void generate() {
    data = AmlFixtures.smallDataset(3);
  }

  @Test
  void fanDegreesSpanTwoToSixteenAndBeyond() {
    for (Typology fan : List.of(Typology.FAN_IN, Typology.FAN_OUT)) {
      IntSummaryStatistics degrees = numericShapes(fan);
      assertThat(degrees.getMin()).as(fan.label()).isEqualTo(2);
      assertThat(degrees.getMax()).as(fan.label()).isGreaterThanOrEqualTo(16);
    }
  }

  @Test
  void cyclesHaveTwoToTwelveHopsAndCloseOnTheirStart() {
    IntSummaryStatistics hops = numericShapes(Typology.CYCLE);
    assertThat(hops.getMin()).isEqualTo(2);
    assertThat(hops.getMax()).isEqualTo(12);
    for (Scheme cycle : of(Typology.CYCLE)) {
      List<Transaction> rows = cycle.transactions();
      assertThat(rows).hasSize(Integer.parseInt(cycle.shape()));
      assertThat(rows.get(rows.size() - 1).to()).isEqualTo(rows.get(0).from());
    }
  }

  @Test
  void randomWalksHaveThreeToTenHops() {
    IntSummaryStatistics hops = numericShapes(Typology.RANDOM);
    assertThat(hops.getMin()).isEqualTo(3);
    assertThat(hops.getMax()).isEqualTo(10);
  }

  @Test
  void layeredShapesHaveVariedWidths() {
    for (Typology layered :
        List.of(
            Typology.GATHER_SCATTER, Typology.SCATTER_GATHER, Typology.BIPARTITE, Typology.STACK)) {
      Set<String> shapes = of(layered).stream().map(Scheme::shape).collect(Collectors.toSet());
      assertThat(shapes)
          .as(layered.label())
          .hasSizeGreaterThan(AmlFixtures.SCHEMES_PER_TYPOLOGY / 2);
    }
    Set<Integer> stackDepths =
        of(Typology.STACK).stream()
            .map(s -> s.shape().split(">").length)
            .collect(Collectors.toSet());
    assertThat(stackDepths).contains(3, 5);
  }

  @Test
  void spansRunFromUnderAnHourToOverTwoDaysInEveryTypology() {
    for (Typology typology : Typology.values()) {
      IntSummaryStatistics spans =
          of(typology).stream().mapToInt(Scheme::spanMinutes).summaryStatistics();
      int shortest = typology == Typology.STRUCTURING ? 3 * 60 : 60;
      assertThat(spans.getMin()).as(typology.label()).isLessThan(shortest);
      assertThat(spans.getMax()).as(typology.label()).isGreaterThan(2 * Clock.MINUTES_PER_DAY);
    }
  }

  @Test
  void everyAmountBehaviourOccursInEveryTypology() {
    for (Typology typology : Typology.values()) {
      Set<AmountBehaviour> behaviours =
          of(typology).stream().map(Scheme::behaviour).collect(Collectors.toSet());
      assertThat(behaviours).as(typology.label()).isEqualTo(EnumSet.allOf(AmountBehaviour.class));
    }
  }

  @Test
  void spreadAmountsVaryTenfoldAndAlikeOnesByAFewPercent() {
    for (Scheme fan : of(Typology.FAN_IN)) {
      if (fan.shape().equals("2") || fan.shape().equals("3")) {
        continue;
      }
      double[] usd =
          fan.transactions().stream()
              .filter(row -> row.to().equals(fan.transactions().get(0).to()))
              .mapToDouble(row -> row.paymentCurrency().toUsd(row.paid()))
              .toArray();
      double ratio = max(usd) / min(usd);
      if (fan.behaviour() == AmountBehaviour.SPREAD) {
        assertThat(ratio).as("scheme %d", fan.id()).isGreaterThanOrEqualTo(9.0);
      } else if (fan.behaviour() == AmountBehaviour.ALIKE) {
        assertThat(ratio).as("scheme %d", fan.id()).isLessThan(1.05);
      }
    }
  }

  @Test
  void schemesUseManyCurrenciesFormatsAndCrossCurrencyHops() {
    List<Transaction> laundering =
        data.transactions().stream().filter(Transaction::laundering).toList();
    assertThat(laundering.stream().map(Transaction::paymentCurrency).distinct().count())
        .isGreaterThanOrEqualTo(6);
    assertThat(laundering.stream().map(Transaction::format).distinct().count())
        .isGreaterThanOrEqualTo(6);
    List<Transaction> crossCurrency =
        laundering.stream()
            .filter(row -> row.paymentCurrency() != row.receivingCurrency())
            .toList();
    assertThat(crossCurrency).isNotEmpty();
    for (Transaction row : crossCurrency) {
      double paidUsd = row.paymentCurrency().toUsd(row.paid());
      double receivedUsd = row.receivingCurrency().toUsd(row.received());
      assertThat(receivedUsd / paidUsd).isBetween(0.99, 1.0001);
    }
  }

  @Test
  void someSchemesAreHeldAtOneBankAndOthersAcrossBanks() {
    long oneBank =
        data.schemes().stream()
            .filter(s -> s.accounts().stream().map(Account::bank).distinct().count() == 1)
            .count();
    assertThat(oneBank).isPositive().isLessThan(data.schemes().size());
  }

  @Test
  void fansWithAndWithoutOnwardPayments() {
    long withOnward =
        of(Typology.FAN_IN).stream()
            .filter(s -> s.transactions().size() > Integer.parseInt(s.shape()))
            .count();
    assertThat(withOnward).isPositive().isLessThan(AmlFixtures.SCHEMES_PER_TYPOLOGY);
  }

  @Test
  void schemeAccountsAlsoHaveOrdinaryTrafficBeforeDuringAndAfter() {
    for (Scheme scheme : data.schemes()) {
      for (Account account : scheme.accounts()) {
        List<Transaction> ordinary =
            data.transactions().stream()
                .filter(row -> !row.laundering())
                .filter(row -> row.from().equals(account) || row.to().equals(account))
                .toList();
        assertThat(ordinary).anyMatch(row -> row.minute() < scheme.firstMinute());
        assertThat(ordinary)
            .anyMatch(
                row -> row.minute() >= scheme.firstMinute() && row.minute() <= scheme.lastMinute());
        assertThat(ordinary).anyMatch(row -> row.minute() > scheme.lastMinute());
      }
    }
  }

  @Test
  void noAccountServesTwoSchemes() {
    long memberships = data.schemes().stream().mapToLong(s -> s.accounts().size()).sum();
    long distinct = data.schemes().stream().flatMap(s -> s.accounts().stream()).distinct().count();
    assertThat(distinct).isEqualTo(memberships);
  }

  private static List<Scheme> of(Typology typology) {
    return data.schemes().stream().filter(s -> s.typology() == typology).toList();
  }

  private static IntSummaryStatistics numericShapes(Typology typology) {
    return of(typology).stream().mapToInt(s -> Integer.parseInt(s.shape())).summaryStatistics();
  }

  private static double max(double[] values) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : values) {
      max = Math.max(max, v);
    }
    return max;
  }

  private static double min(double[] values) {
    double min = Double.POSITIVE_INFINITY;
    for (double v : values) {
      min = Math.min(min, v);
    }
    return min;
  }
}
