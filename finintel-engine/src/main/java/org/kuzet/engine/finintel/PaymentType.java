package org.kuzet.engine.finintel;

import java.util.Locale;

/** How money moved. */
public enum PaymentType {
  CASH,
  WIRE,
  CARD,
  CHEQUE,
  ACH,
  CRYPTOCURRENCY,
  REINVESTMENT,
  OTHER;

  /**
   * Reads the names the supported formats use (IBM's "Credit Card", "Bitcoin", AMLSim's "TRANSFER",
   * "CHECK", ...). Returns {@link #OTHER} for names no format defines.
   */
  public static PaymentType parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
    return switch (t) {
      case "cash", "cash deposit", "deposit", "cash withdrawal", "withdrawal" -> CASH;
      case "wire", "wire transfer", "transfer", "swift", "bank transfer" -> WIRE;
      case "card", "credit card", "debit card", "credit", "debit" -> CARD;
      case "cheque", "check" -> CHEQUE;
      case "ach", "direct debit", "direct deposit" -> ACH;
      case "bitcoin", "crypto", "cryptocurrency", "virtual currency" -> CRYPTOCURRENCY;
      case "reinvestment" -> REINVESTMENT;
      default -> OTHER;
    };
  }
}
