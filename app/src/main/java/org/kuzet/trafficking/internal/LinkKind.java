package org.kuzet.trafficking.internal;

/**
 * What a case is linked to. Only the other record's reference string is kept: this module never
 * reads interdiction's or finintel's tables.
 */
enum LinkKind {
  SUSPECT,
  INTERDICTION_CASE,
  FINANCIAL_CASE
}
