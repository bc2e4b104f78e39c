package org.kuzet.interdiction.internal.seizure;

/** Drug categories of UNODC's individual drug seizure reports. */
public enum DrugType {
  HEROIN,
  OPIUM,
  HASHISH,
  HERBAL_CANNABIS,
  SYNTHETIC,
  PRECURSORS,
  OTHER
}
