package org.kuzet.engine.finintel.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kuzet.engine.finintel.AccountRef;
import org.kuzet.engine.finintel.PaymentType;
import org.kuzet.engine.finintel.Transaction;

class ReadersTest {

  private final List<RowError> errors = new ArrayList<>();

  private List<Transaction> readAll(TransactionFormat f, String text, CsvColumnMapping m)
      throws IOException {
    List<Transaction> out = new ArrayList<>();
    try (TransactionSource s =
        f.open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), errors::add, m)) {
      for (Transaction t; (t = s.next()) != null; ) {
        out.add(t);
      }
    }
    return out;
  }

  @Test
  void ibmRowsAreNumberedAndCurrenciesMapped() throws IOException {
    String csv =
        """
        Timestamp,From Bank,Account,To Bank,Account,Amount Received,Receiving Currency,Amount Paid,Payment Currency,Payment Format,Is Laundering
        2022/09/01 00:20,010,8000EBD30,010,8000EBD30,3697.34,US Dollar,3697.34,US Dollar,Reinvestment,0
        2022/09/01 00:20,3208,8000F4580,001,8000F5340,0.01,US Dollar,0.01,US Dollar,Cheque,0
        2022/09/01 00:00,70,1000D0E10,21174,800737690,1.23,Bitcoin,14000.00,Euro,Bitcoin,1
        """;
    List<Transaction> txs = readAll(TransactionFormat.IBM, csv, null);
    assertThat(txs).extracting(Transaction::id).containsExactly("1", "2", "3");
    Transaction first = txs.get(0);
    assertThat(first.timestamp()).isEqualTo(Instant.parse("2022-09-01T00:20:00Z"));
    assertThat(first.from()).isEqualTo(new AccountRef("010", "8000EBD30"));
    assertThat(first.paymentType()).isEqualTo(PaymentType.REINVESTMENT);
    Transaction third = txs.get(2);
    assertThat(third.receivingCurrency()).isEqualTo("XBT");
    assertThat(third.paymentCurrency()).isEqualTo("EUR");
    assertThat(third.amountPaid()).isEqualByComparingTo(new BigDecimal("14000.00"));
    assertThat(third.paymentType()).isEqualTo(PaymentType.CRYPTOCURRENCY);
    assertThat(errors).isEmpty();
  }

  @Test
  void ibmBadRowsAreReportedWithLineAndReasonAndTheRestIsRead() throws IOException {
    String csv =
        """
        Timestamp,From Bank,Account,To Bank,Account,Amount Received,Receiving Currency,Amount Paid,Payment Currency,Payment Format,Is Laundering
        2022/09/01 00:20,010,A1,010,A2,10.00,US Dollar,10.00,US Dollar,Wire,0
        2022/13/01 00:20,010,A1,010,A2,10.00,US Dollar,10.00,US Dollar,Wire,0
        2022/09/01 00:21,010,A1,010,A2,ten,US Dollar,10.00,US Dollar,Wire,0
        2022/09/01 00:22,010,A1,010,A2,10.00,Doubloon,10.00,US Dollar,Wire,0

        2022/09/01 00:23,010,,010,A2,10.00,US Dollar,10.00,US Dollar,Wire,0
        2022/09/01 00:24,010,A1,010,A2,10.00,US Dollar,10.00,US Dollar,Wire,0
        """;
    List<Transaction> txs = readAll(TransactionFormat.IBM, csv, null);
    // Row numbers count data rows, bad ones included, so ids stay those of the file.
    assertThat(txs).extracting(Transaction::id).containsExactly("1", "6");
    assertThat(errors).extracting(RowError::line).containsExactly(3L, 4L, 5L, 7L);
    assertThat(errors.get(0).reason()).contains("Timestamp").contains("2022/13/01");
    assertThat(errors.get(1).reason()).contains("Amount Received").contains("ten");
    assertThat(errors.get(2).reason()).contains("Receiving Currency").contains("Doubloon");
    assertThat(errors.get(3).reason()).contains("Account").contains("empty");
    // The same reasons as codes and arguments, for an application to word in its reader's language.
    assertThat(errors)
        .extracting(RowError::code)
        .containsExactly(
            RowError.Code.NOT_A_TIME,
            RowError.Code.NOT_A_NUMBER,
            RowError.Code.UNKNOWN_CURRENCY,
            RowError.Code.FIELD_EMPTY);
    assertThat(errors)
        .extracting(RowError::field)
        .containsExactly("Timestamp", "Amount Received", "Receiving Currency", "Account");
    assertThat(errors)
        .extracting(RowError::value)
        .containsExactly("2022/13/01 00:20", "ten", "Doubloon", null);
  }

  @Test
  void rowsBreakingTheTransactionRulesKeepACodeOfTheirOwn() throws IOException {
    String csv =
        """
        Timestamp,From Bank,Account,To Bank,Account,Amount Received,Receiving Currency,Amount Paid,Payment Currency,Payment Format,Is Laundering
        2022/09/01 00:20,01;0,A1,010,A2,10.00,US Dollar,10.00,US Dollar,Wire,0
        2022/09/01 00:21,010,A1,010,A2,10.00,US Dollar,10.00,US Dollar,Wire,0
        """;
    List<Transaction> txs = readAll(TransactionFormat.IBM, csv, null);
    assertThat(txs).extracting(Transaction::id).containsExactly("2");
    assertThat(errors).extracting(RowError::code).containsExactly(RowError.Code.BANK_INVALID);
    assertThat(errors).extracting(RowError::value).containsExactly("01;0");
    assertThat(errors.get(0).reason()).isEqualTo("bank '01;0' contains ':' or ';'");
    // each rule's reason, as Transaction and AccountRef throw it
    assertThat(RowError.of(9, new IllegalArgumentException("account number is empty")))
        .isEqualTo(
            new RowError(9, RowError.Code.ACCOUNT_EMPTY, null, null, "account number is empty"));
    assertThat(
            RowError.of(
                    9,
                    new IllegalArgumentException("transaction id 'a;b' is empty or contains ';'"))
                .code())
        .isEqualTo(RowError.Code.ID_INVALID);
    assertThat(
            RowError.of(
                9, new IllegalArgumentException("payment currency 'usd' is not a 3-letter code")))
        .extracting(RowError::code, RowError::value)
        .containsExactly(RowError.Code.NOT_A_CURRENCY_CODE, "usd");
    assertThat(
            RowError.of(
                9,
                new IllegalArgumentException("to country 'KAZ' is not an ISO 3166 alpha-2 code")))
        .extracting(RowError::code, RowError::value)
        .containsExactly(RowError.Code.NOT_A_COUNTRY_CODE, "KAZ");
    assertThat(RowError.of(9, new IllegalArgumentException("something else")).code())
        .isEqualTo(RowError.Code.INVALID);
  }

  @Test
  void wrongHeaderIsRefused() {
    assertThatThrownBy(() -> readAll(TransactionFormat.IBM, "a,b,c\n1,2,3\n", null))
        .isInstanceOf(InputRejectedException.class)
        .hasMessageContaining("line 1")
        .extracting(
            e -> ((InputRejectedException) e).code(), e -> ((InputRejectedException) e).args())
        .containsExactly("IBM_COLUMN_COUNT", List.of("3"));
    assertThatThrownBy(() -> readAll(TransactionFormat.IBM, "", null))
        .extracting(e -> ((InputRejectedException) e).code())
        .isEqualTo("EMPTY_FILE");
    assertThatThrownBy(() -> readAll(TransactionFormat.AMLSIM, "tran_id,orig_acct\n", null))
        .isInstanceOf(InputRejectedException.class)
        .hasMessageContaining("bene_acct");
  }

  @Test
  void amlSimReadsLabelsAndReportsBadRows() throws IOException {
    String csv =
        """
        tran_id,orig_acct,bene_acct,tx_type,base_amt,tran_timestamp,is_sar,alert_id
        1,10,20,TRANSFER,100.5,2017-01-01T00:00:00Z,False,-1
        2,20,30,TRANSFER,-5,2017-01-01T00:00:00Z,False,-1
        3,30,10,TRANSFER,99.0,2017-01-02 10:00:00,True,7
        """;
    List<Label> labels = new ArrayList<>();
    List<Transaction> txs = new ArrayList<>();
    try (TransactionSource s =
        TransactionFormat.AMLSIM.open(
            new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), errors::add, null)) {
      for (Transaction t; (t = s.next()) != null; ) {
        txs.add(t);
        labels.add(s.label());
      }
    }
    assertThat(txs).extracting(Transaction::id).containsExactly("1", "3");
    assertThat(txs.get(1).timestamp()).isEqualTo(Instant.parse("2017-01-02T10:00:00Z"));
    assertThat(txs.get(0).paymentType()).isEqualTo(PaymentType.WIRE);
    assertThat(labels).containsExactly(new Label(false, null, null), new Label(true, "7", null));
    assertThat(errors)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.line()).isEqualTo(3);
              assertThat(e.reason()).contains("base_amt").contains("negative");
            });
  }

  @Test
  void mappedCsvUsesTheMappingAndDefaults() throws IOException {
    String csv =
        """
        ref;when;payer;payee;sum;ccy;kind;cc
        """
                .replace(';', ',')
            + "T-1,2024-03-01T10:15:00Z,KZ01,KZ02,5000,KZT,cash,IR\n"
            + "T-2,yesterday,KZ01,KZ02,5000,KZT,cash,IR\n";
    CsvColumnMapping m =
        CsvColumnMapping.parse(
            "id=ref,timestamp=when,from_account=payer,to_account=payee,amount_paid=sum,"
                + "payment_currency=ccy,payment_type=kind,to_country=cc");
    List<Transaction> txs = readAll(TransactionFormat.CSV, csv, m);
    assertThat(txs)
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.id()).isEqualTo("T-1");
              assertThat(t.amountReceived()).isEqualByComparingTo("5000");
              assertThat(t.receivingCurrency()).isEqualTo("KZT");
              assertThat(t.paymentType()).isEqualTo(PaymentType.CASH);
              assertThat(t.toCountry()).isEqualTo("IR");
              assertThat(t.from().bank()).isEmpty();
            });
    assertThat(errors)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.line()).isEqualTo(3);
              assertThat(e.reason()).contains("when").contains("yesterday");
            });
  }

  @Test
  void mappedCsvHandsOutTheHolderNamesOfEachGoodRow() throws IOException {
    String csv =
        "when,payer,payer_name,payee,payee_name,sum\n"
            + "2024-03-01T10:15:00Z,KZ01,Aliya Nurlanovna,KZ02,Delta Trade LLP,100\n"
            + "2024-03-01T10:16:00Z,KZ03,Bad Row,KZ04,Bad Payee,lots\n"
            + "2024-03-01T10:17:00Z,KZ05,,KZ06,Omega Ltd,200\n";
    CsvColumnMapping m =
        CsvColumnMapping.parse(
            "timestamp=when,from_account=payer,from_name=payer_name,to_account=payee,"
                + "to_name=payee_name,amount_paid=sum");
    List<String> holders = new ArrayList<>();
    try (TransactionSource s =
        TransactionFormat.CSV.open(
            new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), errors::add, m)) {
      for (Transaction t; (t = s.next()) != null; ) {
        holders.add(
            t.from().account()
                + "="
                + s.fromHolder()
                + ", "
                + t.to().account()
                + "="
                + s.toHolder());
      }
    }
    assertThat(holders)
        .containsExactly(
            "KZ01=Aliya Nurlanovna, KZ02=Delta Trade LLP", "KZ05=null, KZ06=Omega Ltd");
    assertThat(errors).singleElement().satisfies(e -> assertThat(e.line()).isEqualTo(3));
    // Formats without holder names hand out none.
    try (TransactionSource s =
        TransactionFormat.CSV.open(
            new ByteArrayInputStream(
                "timestamp,from_account,to_account,amount_paid\n2024-03-01T10:15:00Z,A,B,1\n"
                    .getBytes(StandardCharsets.UTF_8)),
            errors::add,
            null)) {
      assertThat(s.next()).isNotNull();
      assertThat(s.fromHolder()).isNull();
      assertThat(s.toHolder()).isNull();
    }
  }

  @Test
  void mappedCsvRefusesAMissingRequiredColumn() {
    assertThatThrownBy(() -> readAll(TransactionFormat.CSV, "id,timestamp\n", null))
        .isInstanceOf(InputRejectedException.class)
        .hasMessageContaining("from_account")
        .extracting(e -> ((InputRejectedException) e).code())
        .isEqualTo("MISSING_COLUMN");
    assertThatThrownBy(() -> CsvColumnMapping.parse("amount=x"))
        .hasMessageContaining("unknown field 'amount'");
  }

  @Test
  void writtenIbmFilesReadBack() throws IOException {
    var out = new StringWriter();
    Transaction t =
        new Transaction(
            "9",
            Instant.parse("2022-09-01T10:05:00Z"),
            new AccountRef("1", "A"),
            new AccountRef("2", "B"),
            new BigDecimal("12.50"),
            "EUR",
            PaymentType.CARD);
    try (IbmAmlCsvWriter w = new IbmAmlCsvWriter(out)) {
      w.write(t, true);
    }
    List<Transaction> back = readAll(TransactionFormat.IBM, out.toString(), null);
    assertThat(back)
        .singleElement()
        .isEqualTo(
            new Transaction(
                "1", t.timestamp(), t.from(), t.to(), t.amountPaid(), "EUR", PaymentType.CARD));
  }
}
