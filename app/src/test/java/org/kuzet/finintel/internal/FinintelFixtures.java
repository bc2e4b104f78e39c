package org.kuzet.finintel.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

/** Hand-made bank extracts for the workbench's tests, each with accounts no other test uses. */
public final class FinintelFixtures {

  private FinintelFixtures() {}

  static final String IBM_HEADER =
      "Timestamp,From Bank,Account,To Bank,Account,Amount Received,Receiving Currency,Amount Paid,"
          + "Payment Currency,Payment Format\n";

  /** A prefix that makes account numbers unique to one test run. */
  public static String unique() {
    return UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
  }

  /**
   * A fan-out: one account pays twelve fresh accounts similar amounts within two hours, plus two
   * ordinary payments, after one deposit that funds it all. Fifteen rows.
   */
  static byte[] fanOut(String p) {
    StringBuilder b = new StringBuilder(IBM_HEADER);
    b.append(
        String.format(
            "2024/03/04 09:00,T%s,SRC%s,T%s,HUB%s,110000.00,US Dollar,110000.00,US Dollar,Wire%n",
            p, p, p, p));
    for (int i = 0; i < 12; i++) {
      b.append(
          String.format(
              Locale.ROOT,
              "2024/03/04 10:%02d,T%s,HUB%s,T%s,MULE%s%02d,%d.00,US Dollar,%d.00,US Dollar,Wire%n",
              i * 5,
              p,
              p,
              p,
              p,
              i,
              9000 + i * 7,
              9000 + i * 7));
    }
    b.append(
        String.format(
            "2024/03/05 09:00,T%s,SHOP%s,T%s,HUB%s,120.00,US Dollar,120.00,US Dollar,Cash%n",
            p, p, p, p));
    b.append(
        String.format(
            "2024/03/05 09:30,T%s,SHOP%s,T%s,RENT%s,800.00,US Dollar,800.00,US Dollar,Wire%n",
            p, p, p, p));
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The fan-out of {@link #fanOut} on another day and hour: the deposit two hours before, the
   * twelve payments out every five minutes from {@code hh:mm} local time on {@code day} ({@code
   * yyyy/MM/dd}), the first of them numbered by the bank as row 2.
   */
  static byte[] fanOutAt(String p, String day, int hour, int minute) {
    StringBuilder b = new StringBuilder(IBM_HEADER);
    b.append(
        String.format(
            "%s %02d:%02d,T%s,SRC%s,T%s,HUB%s,110000.00,US Dollar,110000.00,US Dollar,Wire%n",
            day, hour - 2, minute, p, p, p, p));
    for (int i = 0; i < 12; i++) {
      int m = hour * 60 + minute + i * 5;
      b.append(
          String.format(
              Locale.ROOT,
              "%s %02d:%02d,T%s,HUB%s,T%s,MULE%s%02d,%d.00,US Dollar,%d.00,US Dollar,Wire%n",
              day,
              m / 60,
              m % 60,
              p,
              p,
              p,
              p,
              i,
              9000 + i * 7,
              9000 + i * 7));
    }
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * A long extract ({@code rows} ordinary payments between distinct accounts) whose last three rows
   * are broken, so that an import page opened at once sees it running and the rejections come at
   * the end.
   */
  public static byte[] longWithThreeBadRowsAtTheEnd(String p, int rows) {
    StringBuilder b = new StringBuilder(IBM_HEADER);
    for (int i = 0; i < rows; i++) {
      b.append(
          String.format(
              Locale.ROOT,
              "2024/04/%02d %02d:%02d,T%s,P%s%05d,T%s,Q%s%05d,%d.00,Tenge,%d.00,Tenge,Wire%n",
              1 + i % 28,
              i % 24,
              i % 60,
              p,
              p,
              i,
              p,
              p,
              i,
              1000 + i % 977,
              1000 + i % 977));
    }
    b.append(
        String.format(
            "2024/04/29 10:01,T%s,A%s,T%s,B%s,ten,US Dollar,10.00,US Dollar,Wire%n", p, p, p, p));
    b.append(String.format("2024/04/29 10:03,T%s,A%s,T%s%n", p, p, p));
    b.append(
        String.format(
            "yesterday,T%s,A%s,T%s,B%s,12.00,US Dollar,12.00,US Dollar,Wire%n", p, p, p, p));
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Five rows of which lines 3 and 5 are broken (bad amount, missing field). */
  static byte[] withBadRows(String p) {
    return (IBM_HEADER
            + String.format(
                "2024/03/04 10:00,T%s,A%s,T%s,B%s,10.00,US Dollar,10.00,US Dollar,Wire%n",
                p, p, p, p)
            + String.format(
                "2024/03/04 10:01,T%s,A%s,T%s,B%s,ten,US Dollar,10.00,US Dollar,Wire%n", p, p, p, p)
            + String.format(
                "2024/03/04 10:02,T%s,A%s,T%s,C%s,11.00,US Dollar,11.00,US Dollar,Wire%n",
                p, p, p, p)
            + String.format("2024/03/04 10:03,T%s,A%s,T%s%n", p, p, p)
            + String.format(
                "2024/03/04 10:04,T%s,C%s,T%s,B%s,12.00,US Dollar,12.00,US Dollar,Cheque%n",
                p, p, p, p))
        .getBytes(StandardCharsets.UTF_8);
  }

  /** A made-up surname unlike any real list's names, so only a test's own list can hit it. */
  static String uniqueSurname() {
    String letters = "bdfgklmnprstvz";
    String vowels = "aeiou";
    var r = new Random(UUID.randomUUID().getMostSignificantBits());
    StringBuilder s = new StringBuilder("Q");
    for (int i = 0; i < 4; i++) {
      s.append(letters.charAt(r.nextInt(letters.length())))
          .append(vowels.charAt(r.nextInt(vowels.length())));
    }
    return s.append("ev").toString();
  }

  /** The mapping of {@link #withHolders}: a bank extract that names the account holders. */
  static final String HOLDER_MAPPING =
      "timestamp=date,from_account=payer_iban,from_name=payer,to_account=payee_iban,to_name=payee,"
          + "amount_paid=amount,payment_currency=currency";

  /**
   * Three payments between accounts whose holders are named: {@code payer} pays {@code payee} twice
   * and a shop once; the shop's holder is not named.
   */
  static byte[] withHolders(String p, String payer, String payee) {
    return ("date,payer_iban,payer,payee_iban,payee,amount,currency\n"
            + "2024-05-02T09:00:00Z,KZ"
            + p
            + "01,"
            + payer
            + ",KZ"
            + p
            + "02,"
            + payee
            + ",1500.00,KZT\n"
            + "2024-05-02T09:30:00Z,KZ"
            + p
            + "01,"
            + payer
            + ",KZ"
            + p
            + "02,"
            + payee
            + ",2500.00,KZT\n"
            + "2024-05-03T12:00:00Z,KZ"
            + p
            + "02,"
            + payee
            + ",KZ"
            + p
            + "03,,700.00,KZT\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** AMLSim rows among three accounts; {@code extra} adds a fourth row. */
  static byte[] amlSim(String p, boolean extra) {
    return ("tran_id,orig_acct,bene_acct,tx_type,base_amt,tran_timestamp\n"
            + "1,A"
            + p
            + ",B"
            + p
            + ",TRANSFER,100.50,2024-06-01T10:00:00Z\n"
            + "2,B"
            + p
            + ",C"
            + p
            + ",TRANSFER,90.00,2024-06-01T11:00:00Z\n"
            + "3,C"
            + p
            + ",A"
            + p
            + ",TRANSFER,80.00,2024-06-01T12:00:00Z\n"
            + (extra ? "4,A" + p + ",C" + p + ",TRANSFER,70.00,2024-06-02T12:00:00Z\n" : ""))
        .getBytes(StandardCharsets.UTF_8);
  }

  /** A national watchlist file (the watchlist module's NATIONAL_CSV format). */
  static byte[] watchlist(String... entries) {
    StringBuilder b = new StringBuilder("id,name,aliases,birth_date,nationality,document\n");
    for (String e : entries) {
      b.append(e).append('\n');
    }
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }
}
