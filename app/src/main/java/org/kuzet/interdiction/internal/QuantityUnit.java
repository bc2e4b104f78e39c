package org.kuzet.interdiction.internal;

/** How a seized quantity is measured. */
public enum QuantityUnit {
  KG, L, UNITS
}
