package org.kuzet.interdiction.internal.seizure;

/** Mode of transport, as UNODC's individual seizure form lists them. */
public enum TransportMode {
  ROAD,
  RAIL,
  AIR,
  SEA,
  POSTAL,
  PEDESTRIAN
}
