package org.kuzet.interdiction.internal.seizure;

/** Whether a country on the route was declared by the carrier or established by investigation. */
public enum Basis {
  DECLARED,
  ESTABLISHED
}
