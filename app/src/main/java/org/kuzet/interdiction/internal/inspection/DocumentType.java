package org.kuzet.interdiction.internal.inspection;

/** The document a person showed. */
public enum DocumentType {
  PASSPORT,
  ID_CARD,
  OTHER,
  NONE
}
