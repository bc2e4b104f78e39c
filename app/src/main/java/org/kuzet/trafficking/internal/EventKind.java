package org.kuzet.trafficking.internal;

/** HTCDS {@code hte_Type}: the stages of a trafficking history. */
public enum EventKind {
  RECRUITMENT,
  TRANSIT,
  EXPLOITATION
}
