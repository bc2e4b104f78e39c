package org.kuzet.interdiction.internal.inspection;

/** The kind of vehicle stopped. */
public enum VehicleType {
  CAR,
  VAN,
  TRUCK,
  BUS,
  MOTORCYCLE,
  OTHER
}
