package org.kuzet.engine.finintel.io;

import org.kuzet.engine.finintel.AccountRef;

/**
 * Hands out one {@link AccountRef} instance per account recently read, so a file of millions of
 * rows does not allocate two account objects per row and the detectors' state lookups find their
 * key by identity instead of comparing strings. A direct-mapped cache of fixed size: an account
 * whose slot was taken by another is simply created anew, so memory stays bounded whatever the
 * number of accounts in the file.
 */
final class AccountInterner {
  private static final int SLOTS = 1 << 18; // 1 MB of references
  private final AccountRef[] slots = new AccountRef[SLOTS];

  AccountRef of(String bank, String account) {
    int h = bank.hashCode() * 31 + account.hashCode();
    int i = (h ^ (h >>> 16)) & (SLOTS - 1);
    AccountRef a = slots[i];
    if (a != null && a.account().equals(account) && a.bank().equals(bank)) {
      return a;
    }
    a = new AccountRef(bank, account);
    slots[i] = a;
    return a;
  }
}
