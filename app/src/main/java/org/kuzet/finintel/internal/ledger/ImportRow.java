package org.kuzet.finintel.internal.ledger;

import org.jspecify.annotations.Nullable;
import org.kuzet.engine.finintel.Transaction;

/** One transaction to store, with the holders of its two accounts when the file names them. */
public record ImportRow(
    Transaction tx, @Nullable PartyFacts fromHolder, @Nullable PartyFacts toHolder) {
  ImportRow(Transaction tx) {
    this(tx, null, null);
  }
}
