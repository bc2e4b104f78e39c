package org.kuzet.engine.finintel.io;

import org.jspecify.annotations.Nullable;

/** Why a field of a row does not read: a code and its arguments, with an English message. */
public final class RowProblem extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final RowError.Code code;
  private final @Nullable String field;
  private final @Nullable String value;

  RowProblem(RowError.Code code, @Nullable String field, @Nullable String value, String message) {
    super(message);
    this.code = code;
    this.field = field;
    this.value = value;
  }

  public RowError.Code code() {
    return code;
  }

  public @Nullable String field() {
    return field;
  }

  public @Nullable String value() {
    return value;
  }
}
