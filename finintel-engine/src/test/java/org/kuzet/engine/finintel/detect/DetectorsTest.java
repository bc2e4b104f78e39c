package org.kuzet.engine.finintel.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kuzet.engine.finintel.PaymentType.ACH;
import static org.kuzet.engine.finintel.PaymentType.CARD;
import static org.kuzet.engine.finintel.PaymentType.CASH;
import static org.kuzet.engine.finintel.PaymentType.WIRE;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kuzet.engine.finintel.Alert;
import org.kuzet.engine.finintel.Typology;

class DetectorsTest {

  private static List<Alert> of(List<Alert> alerts, Typology t) {
    return alerts.stream().filter(a -> a.typology() == t).toList();
  }

  @Nested
  class Structuring {
    @Test
    void smurfsDepositingJustUnderTheThresholdIntoOneAccount() {
      Ledger l =
          new Ledger()
              .pay("S1", "X", 9_500, 1, CASH)
              .pay("S2", "X", 9_700, 20, CASH)
              .pay("S3", "X", 9_400, 50, CASH);
      List<Alert> alerts = of(l.detect(), Typology.STRUCTURING);
      assertThat(alerts)
          .singleElement()
          .satisfies(
              a -> {
                assertThat(a.transactionIds()).containsExactlyInAnyOrder("t1", "t2", "t3");
                assertThat(a.accounts()).contains(Ledger.acct("X"));
                assertThat(a.reason()).contains("just under").contains("into KZ1:X");
              });
    }

    @Test
    void onePersonDepositingIntoSeveralAccounts() {
      Ledger l =
          new Ledger()
              .pay("P", "X1", 9_500, 1, CASH)
              .pay("P", "X2", 9_800, 5, CASH)
              .pay("P", "X3", 9_100, 30, CASH);
      assertThat(of(l.detect(), Typology.STRUCTURING))
          .singleElement()
          .satisfies(a -> assertThat(a.reason()).contains("from KZ1:P into 3 accounts"));
    }

    @Test
    void shopTakingsThatVaryAndCrossTheThresholdStaySilent() {
      Ledger l =
          new Ledger()
              .pay("SHOP-TILL", "SHOP", 12_000, 18, CASH)
              .pay("SHOP-TILL", "SHOP", 9_600, 42, CASH)
              .pay("SHOP-TILL", "SHOP", 4_000, 66, CASH)
              .pay("SHOP-TILL", "SHOP", 9_300, 90, CASH)
              .pay("SHOP-TILL", "SHOP", 15_500, 114, CASH)
              .pay("SHOP-TILL", "SHOP", 9_900, 138, CASH);
      assertThat(l.detect()).isEmpty();
    }
  }

  @Nested
  class FanIn {
    @Test
    void quietAccountSuddenlyPaidByManyNewSendersWhateverTheAmounts() {
      Ledger l = quietWeek("C");
      // Nine new senders within 30 hours, amounts spread by an order of magnitude, by two
      // formats, and nothing moved on.
      for (int i = 0; i < 9; i++) {
        l.pay("M" + i, "C", 700 + i * i * 300, 200 + i * 3.5, i % 2 == 0 ? ACH : WIRE);
      }
      List<Alert> alerts = of(l.detect(), Typology.FAN_IN);
      assertThat(alerts).isNotEmpty();
      Alert last = alerts.get(alerts.size() - 1);
      assertThat(last.transactionIds())
          .hasSize(9)
          .allSatisfy(id -> assertThat(Integer.parseInt(id.substring(1))).isGreaterThan(8));
      assertThat(last.reason()).contains("received from 9 new senders");
    }

    @Test
    void merchantWithASteadyManyPayerHistoryStaysSilent() {
      Ledger l = new Ledger();
      for (int day = 0; day < 12; day++) {
        for (int k = 0; k < 25; k++) {
          // Regulars and walk-ins: 25 payers a day out of 150 customers.
          l.pay(
              "CUST" + ((day * 37 + k * 11) % 150),
              "SHOP",
              20 + (k * 7919 % 300),
              day * 24 + 8 + k * 0.4,
              k % 3 == 0 ? ACH : CARD);
        }
      }
      assertThat(of(l.detect(), Typology.FAN_IN)).isEmpty();
    }
  }

  /** An account with a week of ordinary life: a salary and a friend now and then. */
  private static Ledger quietWeek(String account) {
    Ledger l = new Ledger();
    for (int day = 0; day < 8; day += 2) {
      l.wire("FRIEND", account, 120 + day, day * 24 + 10);
    }
    l.pay("EMPLOYER", account, 2_400, 30, ACH);
    l.pay(account, "GROCER", 80, 50, CARD);
    l.pay(account, "UTILITY", 95, 70, ACH);
    l.pay(account, "GROCER", 60, 140, CARD);
    return l;
  }

  @Nested
  class FanOut {
    @Test
    void quietAccountSuddenlyPayingManyNewBeneficiaries() {
      Ledger l = quietWeek("F");
      for (int i = 0; i < 9; i++) {
        l.wire("F", "B" + i, 6_000 + i * 900, 200 + i * 2);
      }
      // It fires as the fan-out grows, so together the alerts hold all of it and nothing else.
      assertThat(of(l.detect(), Typology.FAN_OUT))
          .flatMap(Alert::transactionIds)
          .containsOnlyElementsOf(Ledger.ids(9, 17))
          .containsAll(Ledger.ids(9, 17));
    }

    @Test
    void payrollPaidAgainToTheSameStaffStaysSilent() {
      Ledger l = new Ledger();
      for (int i = 0; i < 60; i++) {
        l.wire("CLIENT" + (i % 20), "EMPLOYER", 2_000 + (i * 131 % 900), i * 8);
      }
      for (int period = 0; period < 2; period++) {
        for (int i = 0; i < 12; i++) {
          l.pay("EMPLOYER", "EMP" + i, 3_000 + i * 250, 100 + period * 14 * 24 + i * 0.1, ACH);
        }
      }
      // The second payroll goes to people the employer has paid before: nothing new.
      assertThat(of(l.detect(), Typology.FAN_OUT))
          .noneSatisfy(a -> assertThat(a.transactionIds()).contains("t73"));
    }
  }

  @Nested
  class GatherScatter {
    @Test
    void gatheredFromManyScatteredToManyInEqualTotals() {
      Ledger l = new Ledger();
      for (int i = 0; i < 5; i++) {
        l.wire("IN" + i, "G", 4_000, i);
      }
      for (int i = 0; i < 5; i++) {
        l.wire("G", "OUT" + i, 3_900, 20 + i);
      }
      assertThat(of(l.detect(), Typology.GATHER_SCATTER))
          .singleElement()
          .satisfies(a -> assertThat(a.transactionIds()).hasSize(10))
          // The facts the reason is made of, for an application to word in its reader's language.
          .satisfies(
              a -> {
                assertThat(a.facts().kind()).isEqualTo("GATHER_SCATTER");
                assertThat(a.facts().values()).hasSize(6);
                assertThat(a.facts().values().get(0))
                    .isEqualTo(a.reason().substring(0, a.reason().indexOf(" gathered")));
                assertThat(a.facts().values().get(2)).isEqualTo("5");
                assertThat(a.facts().values().get(4)).isEqualTo("5");
              });
    }

    @Test
    void businessPayingSuppliersOutOfItsTakingsStaysSilent() {
      Ledger l = new Ledger();
      for (int i = 0; i < 5; i++) {
        l.wire("CLIENT" + i, "BIZ", 4_000 + i * 300, i * 5);
      }
      for (int i = 0; i < 5; i++) {
        l.wire("BIZ", "SUPPLIER" + i, 600 + i * 100, 30 + i);
      }
      assertThat(l.detect()).isEmpty();
    }
  }

  @Nested
  class PassThrough {
    @Test
    void muleForwardingEachArrivalWithinHours() {
      Ledger l = new Ledger();
      for (int i = 0; i < 3; i++) {
        l.wire("SRC" + i, "MULE", 5_000 + i * 500, i * 48);
        l.wire("MULE", "DST" + i, (5_000 + i * 500) * 0.97, i * 48 + 3);
      }
      assertThat(of(l.detect(), Typology.RAPID_PASS_THROUGH))
          .singleElement()
          .satisfies(a -> assertThat(a.transactionIds()).hasSize(6));
    }

    @Test
    void salaryMovedToSavingsOnceStaysSilent() {
      Ledger l =
          new Ledger()
              .pay("EMPLOYER", "ME", 3_000, 0, ACH)
              .wire("ME", "MY-SAVINGS", 2_800, 2)
              .pay("ME", "GROCER", 45, 30, CARD);
      assertThat(l.detect()).isEmpty();
    }
  }

  @Nested
  class Velocity {
    @Test
    void quietAccountSuddenlyMovingTenTimesMore() {
      Ledger l = new Ledger();
      for (int d = 0; d < 10; d++) {
        l.wire("SALARY", "V", 100, d * 24 + 9).pay("V", "SHOP", 90, d * 24 + 15, CARD);
      }
      for (int i = 0; i < 6; i++) {
        l.wire("X" + i, "V", 1_000, 240 + 9 + i * 0.5);
        l.wire("V", "Y" + i, 950, 240 + 12 + i * 0.5);
      }
      assertThat(of(l.detect(Typology.VELOCITY_CHANGE), Typology.VELOCITY_CHANGE)).hasSize(1);
    }

    @Test
    void payrollDayMultipliesOnlyTheOutflow() {
      Ledger l = new Ledger();
      for (int d = 0; d < 10; d++) {
        l.wire("CLIENT" + d, "EMPLOYER", 2_000, d * 24 + 9)
            .wire("EMPLOYER", "UTILITY", 150, d * 24 + 15);
      }
      for (int i = 0; i < 12; i++) {
        l.pay("EMPLOYER", "EMP" + i, 1_500, 240 + 10, ACH);
      }
      l.wire("CLIENT-X", "EMPLOYER", 2_100, 240 + 9);
      assertThat(l.detect(Typology.VELOCITY_CHANGE)).isEmpty();
    }
  }

  @Nested
  class HighRisk {
    @Test
    void largeWireToAHighRiskJurisdiction() {
      Ledger l = new Ledger().pay("H", "FOREIGN", 15_000, 1, WIRE, "IR");
      assertThat(of(l.detect(), Typology.HIGH_RISK_JURISDICTION))
          .singleElement()
          .satisfies(a -> assertThat(a.reason()).contains("IR"));
    }

    @Test
    void smallFamilyRemittancesStaySilent() {
      Ledger l =
          new Ledger()
              .pay("H", "FAMILY", 200, 1, WIRE, "IR")
              .pay("H", "FAMILY", 250, 100, WIRE, "IR")
              .pay("H", "SHOP", 20_000, 100, WIRE, "KZ");
      assertThat(l.detect()).isEmpty();
    }
  }

  @Nested
  class Bipartite {
    @Test
    void setOfSendersPayingSetOfBeneficiaries() {
      Ledger l = new Ledger();
      int h = 0;
      for (int s = 0; s < 3; s++) {
        for (int t = 0; t < 4; t++) {
          l.wire("SRC" + s, "SINK" + t, 3_000 + 20 * s + 10 * t, h++);
        }
      }
      assertThat(of(l.detect(), Typology.BIPARTITE))
          .isNotEmpty()
          .allSatisfy(
              a ->
                  assertThat(a.accounts())
                      .contains(Ledger.acct("SRC0"), Ledger.acct("SRC1"), Ledger.acct("SRC2")));
    }

    @Test
    void householdsPayingTheirBillsStaySilent() {
      Ledger l = new Ledger();
      int h = 0;
      for (int s = 0; s < 5; s++) {
        for (String u : List.of("POWER", "WATER", "PHONE", "GAS")) {
          l.pay("HOME" + s, u, 80 + s, h++, ACH);
        }
      }
      assertThat(l.detect()).isEmpty();
    }
  }

  @Nested
  class Trails {
    @Test
    void moneyReturningToItsOriginIsACycle() {
      Ledger l =
          new Ledger()
              .wire("A", "B", 10_000, 0)
              .wire("B", "C", 9_800, 5)
              .wire("C", "D", 9_700, 9)
              .wire("D", "A", 9_600, 20);
      assertThat(of(l.detect(), Typology.CYCLE))
          .singleElement()
          .satisfies(
              a -> {
                assertThat(a.transactionIds()).containsExactlyInAnyOrder("t1", "t2", "t3", "t4");
                assertThat(a.reason()).contains("returned to KZ1:A after 4 hops");
              });
    }

    @Test
    void paymentsGoingRoundWithUnrelatedAmountsAreNoCycle() {
      Ledger l =
          new Ledger().wire("A", "B", 10_000, 0).wire("B", "C", 1_300, 5).wire("C", "A", 12_000, 9);
      assertThat(l.detect()).isEmpty();
    }

    @Test
    void moneyPassedOnHopAfterHopIsALayeringChain() {
      Ledger l =
          new Ledger()
              .wire("A", "B", 10_000, 0)
              .wire("B", "C", 9_900, 3)
              .wire("C", "D", 9_800, 6)
              .wire("D", "E", 9_700, 9);
      assertThat(of(l.detect(), Typology.LAYERING_CHAIN))
          .singleElement()
          .satisfies(
              a ->
                  assertThat(a.transactionIds()).containsExactlyInAnyOrder("t1", "t2", "t3", "t4"));
    }

    @Test
    void ordinaryPaymentsAlongAPathAreNoChain() {
      Ledger l =
          new Ledger()
              .wire("A", "B", 10_000, 0)
              .wire("B", "C", 2_000, 3)
              .wire("C", "D", 15_000, 6)
              .wire("D", "E", 1_200, 9);
      assertThat(l.detect()).isEmpty();
    }

    @Test
    void scatteredThroughIntermediariesAndGatheredAgain() {
      Ledger l = new Ledger();
      for (int i = 0; i < 3; i++) {
        l.wire("S", "M" + i, 3_000, i);
        l.wire("M" + i, "T", 2_900, 10 + i);
      }
      assertThat(of(l.detect(), Typology.SCATTER_GATHER))
          .singleElement()
          .satisfies(a -> assertThat(a.transactionIds()).hasSize(6));
    }

    @Test
    void employeesPayingTheSameLandlordAreNoScatterGather() {
      Ledger l = new Ledger();
      for (int i = 0; i < 3; i++) {
        l.pay("EMPLOYER", "EMP" + i, 3_000, i, ACH);
        l.wire("EMP" + i, "LANDLORD", 800, 10 + i);
      }
      assertThat(l.detect()).isEmpty();
    }

    @Test
    void parallelChainsBetweenTheSameEndsAreAStack() {
      Ledger l =
          new Ledger()
              .wire("S", "A1", 5_000, 0)
              .wire("A1", "A2", 4_950, 2)
              .wire("A2", "T", 4_900, 4)
              .wire("S", "B1", 5_000, 1)
              .wire("B1", "B2", 4_950, 3)
              .wire("B2", "T", 4_900, 5);
      assertThat(of(l.detect(), Typology.LAYERING_STACK))
          .singleElement()
          .satisfies(a -> assertThat(a.transactionIds()).hasSize(6));
    }
  }
}
