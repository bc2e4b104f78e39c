package org.kuzet.interdiction.internal.lookout;

/** What a lookout asks the posts to watch for. */
public enum LookoutSubject {
  VEHICLE,
  PERSON
}
