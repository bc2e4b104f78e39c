package org.kuzet.interdiction.internal.seizure;

/** How a seized quantity is measured. */
public enum QuantityUnit {
  KG,
  L,
  UNITS
}
