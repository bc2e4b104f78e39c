package org.kuzet.engine.finintel.io;

import org.jspecify.annotations.Nullable;

/**
 * Ground truth a labelled file carries for one transaction: whether it is laundering and, when the
 * format says so, which scheme it belongs to (AMLSim's alert id, the generator's scheme id).
 */
public record Label(boolean laundering, @Nullable String schemeId, @Nullable String typology) {
  public static final Label BENIGN = new Label(false, null, null);
}
