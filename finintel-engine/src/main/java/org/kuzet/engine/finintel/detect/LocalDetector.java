package org.kuzet.engine.finintel.detect;

import org.kuzet.engine.finintel.Transaction;
import org.kuzet.engine.finintel.Typology;

/**
 * A detector that decides from one account's own recent payments. Called after the payment was
 * added to the account's rings. Instances keep scratch arrays, so each engine or Flink operator
 * instance has its own.
 */
interface LocalDetector {
  Typology typology();

  default void onIn(AccountState s, Transaction tx, long seq, long now, StageOutput out) {}

  default void onOut(AccountState s, Transaction tx, long seq, long now, StageOutput out) {}
}
