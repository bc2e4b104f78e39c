package org.kuzet.evaluation.aml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The benign traffic holds look-alikes of the typologies, all of them benign. */
class LookAlikesTest {

  private static AmlDataset data;

  @BeforeAll
  static void generate() {
    data = AmlFixtures.smallDataset(6);
  }

  @Test
  void everyKindIsPresentAndBenign() {
    Set<LookAlikeKind> kinds =
        data.lookAlikes().stream().map(BenignGroup::kind).collect(Collectors.toSet());
    assertThat(kinds).isEqualTo(EnumSet.allOf(LookAlikeKind.class));
    assertThat(data.lookAlikes())
        .allSatisfy(group -> assertThat(group.transactions()).noneMatch(Transaction::laundering));
  }

  @Test
  void payrollsPayTenToTwoHundredPeopleFromOneAccount() {
    List<BenignGroup> payrolls = of(LookAlikeKind.PAYROLL);
    int smallest = Integer.MAX_VALUE;
    int largest = 0;
    for (BenignGroup payroll : payrolls) {
      assertThat(payroll.transactions().stream().map(Transaction::from).distinct()).hasSize(1);
      int staff = (int) payroll.transactions().stream().map(Transaction::to).distinct().count();
      smallest = Math.min(smallest, staff);
      largest = Math.max(largest, staff);
    }
    assertThat(smallest).isLessThanOrEqualTo(12);
    assertThat(largest).isGreaterThanOrEqualTo(150);
  }

  @Test
  void shopsArePaidByManyCustomersAndBankCashNearTheThreshold() {
    for (BenignGroup takings : of(LookAlikeKind.MERCHANT_TAKINGS)) {
      assertThat(takings.transactions().stream().map(Transaction::to).distinct()).hasSize(1);
      assertThat(takings.transactions().stream().map(Transaction::from).distinct().count())
          .isGreaterThan(20);
    }
    List<Transaction> deposits =
        of(LookAlikeKind.MERCHANT_CASH_DEPOSITS).stream()
            .flatMap(g -> g.transactions().stream())
            .toList();
    assertThat(deposits)
        .allMatch(row -> row.format() == PaymentFormat.CASH && row.from().equals(row.to()));
    assertThat(deposits)
        .anyMatch(
            row ->
                row.paid() > 0.8 * row.paymentCurrency().cashThreshold()
                    && row.paid() < row.paymentCurrency().cashThreshold());
  }

  @Test
  void rentMoneyComesRound() {
    for (BenignGroup cycle : of(LookAlikeKind.RENT_CYCLE)) {
      Set<Account> payers =
          cycle.transactions().stream().map(Transaction::from).collect(Collectors.toSet());
      Set<Account> payees =
          cycle.transactions().stream().map(Transaction::to).collect(Collectors.toSet());
      assertThat(payers).isEqualTo(payees);
    }
  }

  @Test
  void sweepsStayWithinOneOwner() {
    for (BenignGroup sweep : of(LookAlikeKind.SAVINGS_SWEEP)) {
      Set<Integer> owners = new HashSet<>();
      sweep
          .transactions()
          .forEach(
              row -> {
                owners.add(row.from().owner());
                owners.add(row.to().owner());
              });
      assertThat(owners).hasSize(1);
    }
  }

  @Test
  void remittancesCrossCurrencies() {
    List<Transaction> out =
        of(LookAlikeKind.REMITTANCE_OUT).stream().flatMap(g -> g.transactions().stream()).toList();
    assertThat(out).anyMatch(row -> row.paymentCurrency() != row.receivingCurrency());
    for (BenignGroup group : of(LookAlikeKind.REMITTANCE_OUT)) {
      assertThat(group.transactions().stream().map(Transaction::from).distinct()).hasSize(1);
    }
    for (BenignGroup group : of(LookAlikeKind.REMITTANCE_IN)) {
      assertThat(group.transactions().stream().map(Transaction::to).distinct()).hasSize(1);
    }
  }

  private static List<BenignGroup> of(LookAlikeKind kind) {
    return data.lookAlikes().stream().filter(g -> g.kind() == kind).toList();
  }
}
