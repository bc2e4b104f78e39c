package org.kuzet.interdiction.internal;

/** A person's place in the vehicle. */
public enum PersonRole {
  DRIVER, PASSENGER
}
