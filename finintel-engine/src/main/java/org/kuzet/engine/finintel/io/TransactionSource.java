package org.kuzet.engine.finintel.io;

import java.io.Closeable;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.kuzet.engine.finintel.Transaction;

/**
 * A pull reader over one input: call {@link #next()} until it returns null. Reading is streaming,
 * so memory does not grow with the file. Bad rows are handed to the reader's error listener and
 * skipped; a file that cannot be read at all throws {@link InputRejectedException}.
 */
public interface TransactionSource extends Closeable {

  /** The next good transaction, or null at the end of the input. */
  @Nullable Transaction next() throws IOException;

  /** The label of the transaction last returned by {@link #next()}, when the format has one. */
  default @Nullable Label label() {
    return null;
  }

  /**
   * The name of the paying account's holder in the row last returned by {@link #next()}, when the
   * format carries one (a generic CSV with a {@code from_name} column); null otherwise.
   */
  default @Nullable String fromHolder() {
    return null;
  }

  /** The name of the receiving account's holder, as {@link #fromHolder()}. */
  default @Nullable String toHolder() {
    return null;
  }

  /** How many rows were skipped as bad so far. */
  long rowErrors();
}
