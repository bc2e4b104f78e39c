package org.kuzet.finintel.internal;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Hand-made bank extracts for the workbench's tests, each with accounts no other test uses. */
final class FinintelFixtures {

  private FinintelFixtures() {}

  static final String IBM_HEADER =
      "Timestamp,From Bank,Account,To Bank,Account,Amount Received,Receiving Currency,Amount Paid,"
          + "Payment Currency,Payment Format\n";

  /** A prefix that makes account numbers unique to one test run. */
  static String unique() {
    return UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
  }

  /**
   * A fan-out: one account pays twelve fresh accounts similar amounts within two hours, plus two
   * ordinary payments, after one deposit that funds it all. Fifteen rows.
   */
  static byte[] fanOut(String p) {
    StringBuilder b = new StringBuilder(IBM_HEADER);
    b.append(String.format("2024/03/04 09:00,T%s,SRC%s,T%s,HUB%s,110000.00,US Dollar,110000.00,US Dollar,Wire%n", p, p, p, p));
    for (int i = 0; i < 12; i++) {
      b.append(String.format(java.util.Locale.ROOT,
          "2024/03/04 10:%02d,T%s,HUB%s,T%s,MULE%s%02d,%d.00,US Dollar,%d.00,US Dollar,Wire%n",
          i * 5, p, p, p, p, i, 9000 + i * 7, 9000 + i * 7));
    }
    b.append(String.format("2024/03/05 09:00,T%s,SHOP%s,T%s,HUB%s,120.00,US Dollar,120.00,US Dollar,Cash%n", p, p, p, p));
    b.append(String.format("2024/03/05 09:30,T%s,SHOP%s,T%s,RENT%s,800.00,US Dollar,800.00,US Dollar,Wire%n", p, p, p, p));
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Five rows of which lines 3 and 5 are broken (bad amount, missing field). */
  static byte[] withBadRows(String p) {
    return (IBM_HEADER
            + String.format("2024/03/04 10:00,T%s,A%s,T%s,B%s,10.00,US Dollar,10.00,US Dollar,Wire%n", p, p, p, p)
            + String.format("2024/03/04 10:01,T%s,A%s,T%s,B%s,ten,US Dollar,10.00,US Dollar,Wire%n", p, p, p, p)
            + String.format("2024/03/04 10:02,T%s,A%s,T%s,C%s,11.00,US Dollar,11.00,US Dollar,Wire%n", p, p, p, p)
            + String.format("2024/03/04 10:03,T%s,A%s,T%s%n", p, p, p)
            + String.format("2024/03/04 10:04,T%s,C%s,T%s,B%s,12.00,US Dollar,12.00,US Dollar,Cheque%n", p, p, p, p))
        .getBytes(StandardCharsets.UTF_8);
  }
}
