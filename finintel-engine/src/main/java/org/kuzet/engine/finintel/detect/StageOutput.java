package org.kuzet.engine.finintel.detect;

import org.kuzet.engine.finintel.Alert;

/** Where a stage sends its findings and the events for the next stage. */
public interface StageOutput {
  void alert(Alert alert);

  /** An event for the next stage, keyed by {@link AccountEvent#account()}. */
  void forward(AccountEvent event);
}
