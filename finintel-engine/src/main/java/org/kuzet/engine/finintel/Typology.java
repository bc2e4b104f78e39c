package org.kuzet.engine.finintel;

/** The laundering patterns the detectors look for; the code prefixes alert ids. */
public enum Typology {
  STRUCTURING("STR"),
  FAN_IN("FIN"),
  FAN_OUT("FOU"),
  SCATTER_GATHER("SGA"),
  GATHER_SCATTER("GSC"),
  BIPARTITE("BIP"),
  CYCLE("CYC"),
  RAPID_PASS_THROUGH("RPT"),
  LAYERING_CHAIN("LCH"),
  LAYERING_STACK("LST"),
  VELOCITY_CHANGE("VEL"),
  HIGH_RISK_JURISDICTION("HRJ"),
  /** Raised by a learned model (detect --model), not by a rule; its reason names the figures. */
  LEARNED("MDL");

  private final String code;

  Typology(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
