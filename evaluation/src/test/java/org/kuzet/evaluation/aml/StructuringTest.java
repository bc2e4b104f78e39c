package org.kuzet.evaluation.aml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StructuringTest {

  @Test
  void depositsAreCashUnderTheThresholdAndTogetherAboveIt() {
    AmlDataset data = AmlFixtures.smallDataset(4);
    List<Scheme> structuring =
        data.schemes().stream().filter(s -> s.typology() == Typology.STRUCTURING).toList();
    assertThat(structuring).hasSize(AmlFixtures.SCHEMES_PER_TYPOLOGY);
    for (Scheme scheme : structuring) {
      List<Transaction> deposits =
          scheme.transactions().stream().filter(row -> row.format() == PaymentFormat.CASH).toList();
      assertThat(deposits).hasSize(Integer.parseInt(scheme.shape()));
      double totalUsd = 0;
      double thresholdUsd = Double.POSITIVE_INFINITY;
      for (Transaction row : deposits) {
        assertThat(row.paid()).isLessThan(row.paymentCurrency().cashThreshold());
        assertThat(row.received()).isLessThan(row.receivingCurrency().cashThreshold());
        totalUsd += row.paymentCurrency().toUsd(row.paid());
        thresholdUsd =
            Math.min(
                thresholdUsd, row.paymentCurrency().toUsd(row.paymentCurrency().cashThreshold()));
      }
      assertThat(totalUsd).as("scheme %d", scheme.id()).isGreaterThan(thresholdUsd);
    }
  }

  @Test
  void thresholdsAreTenThousandDollarsOrEurosOrTheLocalRoundFigure() {
    assertThat(Currency.US_DOLLAR.cashThreshold()).isEqualTo(10_000);
    assertThat(Currency.EURO.cashThreshold()).isEqualTo(10_000);
    assertThat(Currency.YEN.cashThreshold()).isEqualTo(1_400_000);
    assertThat(Currency.UK_POUND.cashThreshold()).isEqualTo(8_700);
  }
}
