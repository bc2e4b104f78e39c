package org.kuzet.interdiction.internal.inspection;

/**
 * Which way the vehicle was travelling: compass direction on a highway, entry or exit at a border.
 */
public enum Direction {
  NORTH,
  SOUTH,
  EAST,
  WEST,
  ENTRY,
  EXIT
}
