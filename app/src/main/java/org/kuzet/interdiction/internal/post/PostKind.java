package org.kuzet.interdiction.internal.post;

/** Where inspections happen. */
public enum PostKind {
  /** A highway checkpoint of the Committee on Drug Control (MOI). */
  CHECKPOINT,
  /** A border crossing point of the Border Guards. */
  CROSSING
}
