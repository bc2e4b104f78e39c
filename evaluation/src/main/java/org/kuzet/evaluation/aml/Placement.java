package org.kuzet.evaluation.aml;

/** Where a scheme's accounts are held. */
enum Placement {
  /** All at one bank, so all in one currency. */
  SAME_BANK,
  /** At several banks that keep one currency. */
  ONE_CURRENCY,
  /** Anywhere, so hops cross currencies. */
  MIXED
}
