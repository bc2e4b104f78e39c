package org.kuzet.interdiction.internal.inspection;

/** A person's place in the vehicle. */
public enum PersonRole {
  DRIVER,
  PASSENGER
}
